// Message handlers: each one is wiring from a message to lib functions, storage and the browser.
import { browser } from 'wxt/browser';
import type { Handlers } from '../../lib/messaging/receive';
import { sanitizeFrameReport } from '../../lib/report/sanitize-report';
import { hostOf } from '../../lib/site/registrable-domain';
import {
  noticesItem,
  warningLogItem,
  breachNotifyItem,
  importedBreachesItem,
  settingsItem,
  listSourcesItem,
} from '../../lib/storage/items';
import { parseSiteList, exportSiteList } from '../../lib/reputation/import-list';
import { refreshListSources, scheduleListSources } from './list-sources';
import { breachesToNotify, dismiss, markNotified } from '../../lib/breaches/notify';
import { exportCsv, exportJson } from '../../lib/warning-log';
import type { Settings } from '../../lib/settings/types';
import { noticeSiteFor, ruleKeyFor } from '../../lib/settings/rule-key';
import { withImportedRules, withPaused, withSiteStatus, type EditResult } from '../../lib/settings/edits';
import { lockedChanges, policyRefusal } from '../../lib/settings/locks';
import type { SettingsError } from '../../lib/settings/errors';
import { catalogues, diagnostics, reloadCatalogues } from './catalogues';
import { gateTiming } from './blocking';
import { bundledTrackerCatalogue } from '../../lib/trackers/catalogue';
import { parseHibpJson, mergeCatalogues, BUNDLED_CATALOGUE } from '../../lib/breaches';
import { injectScanner } from './inject';
import { refreshTab, refreshAllTabs } from './refresh';
import { effective, updateSettings, type Effective } from './settings';
import { settingsAfterSave } from '../../lib/settings/managed';
import { ensureTab, markNoticeRemoved, setFrameReport, tabState } from './tabs';
import { evaluate } from './evaluate';
import { allowOnce, dangerView } from './gate';
import { isPaused } from './rules';
import { uiLocale } from './locale';
import { logWarning } from './warning-log';
import { activeWatchers } from './sends';
import type { SubmitChoice } from '../../lib/report/views';
import type { WarningAction } from '../../lib/warning-log';

const SUBMIT_ACTION: Record<SubmitChoice, WarningAction> = {
  send_once: 'sent_once',
  trust: 'trusted',
  cancel: 'cancelled',
};

/** Applies a lib/settings edit to the stored settings; a refused edit changes nothing and comes back. */
async function applyEdit(edit: (s: Settings) => EditResult): Promise<SettingsError | null> {
  let refused: SettingsError | null = null;
  await updateSettings((s) => {
    const result = edit(s);
    if (result.ok) return result.settings;
    refused = result.error;
    return s;
  });
  return refused;
}

/** Trust, block or un-mark the rule lib/settings/rule-key.ts gives `site`, unless the policy forbids it. */
async function setStatus(eff: Effective, site: string, status: 'trusted' | 'blocked' | 'none') {
  const rule = ruleKeyFor(site);
  if (!rule) return { ok: false as const, error: { code: 'no_site' as const } };
  const refused =
    policyRefusal(eff, { kind: 'siteStatus', status }) ?? (await applyEdit((s) => withSiteStatus(s, rule, status)));
  if (refused) return { ok: false as const, error: refused };
  await refreshAllTabs();
  return { ok: true as const, site: rule.value };
}

export const handlers: Handlers = {
  async frameHasControls(_data, sender) {
    if (sender.tabId === null || sender.frameId === null) return { inject: false };
    const eff = await effective();
    if (isPaused(hostOf(sender.tabUrl) ?? '', eff)) return { inject: false };
    return { inject: await injectScanner(sender.tabId, sender.frameId) };
  },

  async reportFrame({ report }, sender) {
    if (sender.tabId === null || sender.frameId === null) return null;
    const clean = sanitizeFrameReport(report, sender.url);
    if (!clean) return null;
    await setFrameReport(sender.tabId, sender.frameId, sender.tabUrl, clean);
    const result = await refreshTab(sender.tabId, sender.frameId);
    return result?.advice ?? null;
  },

  async noticeEvent({ action, key, kinds }, sender) {
    if (sender.tabId === null) return null;
    const host = hostOf(sender.tabUrl) ?? '';
    // Remembered by the site the person sees (someone.github.io, not github.io): lib/settings/rule-key.ts.
    const site = host ? noticeSiteFor(host) : '';
    if (action === 'dismissed' && site) {
      await noticesItem.update((n) => ({ dismissed: { ...n.dismissed, [site]: String(key).slice(0, 500) } }));
      await breachNotifyItem.update((state) => dismiss(state, site, Date.now()));
      await refreshTab(sender.tabId);
    }
    if (action === 'shown' && site && host) {
      // The breaches the notice mentioned count as told; a breach added later will be told again.
      const cats = await catalogues();
      await breachNotifyItem.update((state) =>
        markNotified(state, site, breachesToNotify(site, cats.breachRecords(host), state, Date.now())),
      );
    } else if (action === 'removed_by_page') {
      await markNoticeRemoved(sender.tabId);
      await refreshTab(sender.tabId);
    }
    if (action === 'shown' || action === 'dismissed') {
      const result = await refreshTab(sender.tabId);
      await logWarning(
        host,
        action,
        Array.isArray(kinds) ? kinds : [],
        result?.verdict.reasons.map((r) => r.code) ?? [],
      );
    }
    return null;
  },

  async submitDecision({ choice, kinds }, sender) {
    if (sender.tabId === null) return null;
    const before = await refreshTab(sender.tabId);
    if (choice in SUBMIT_ACTION) {
      await logWarning(
        hostOf(sender.tabUrl) ?? '',
        SUBMIT_ACTION[choice],
        Array.isArray(kinds) ? kinds : [],
        before?.verdict.reasons.map((r) => r.code) ?? [],
      );
    }
    // Trusts the page's own site only: where its form sends is the page's choice, not the person's; a destination
    // becomes trusted only when the person names it (settings page). The form is sent once either way.
    if (choice === 'trust') {
      const eff = await effective();
      if (eff.bypassAllowed) await setStatus(eff, hostOf(sender.tabUrl) ?? '', 'trusted');
    }
    const result = await refreshTab(sender.tabId);
    return result?.advice ?? null;
  },

  async getTabView({ tabId }) {
    let state = await tabState(tabId);
    if (!state) {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      if (!tab?.url) return null;
      state = await ensureTab(tabId, tab.url);
    }
    return (await evaluate(tabId, state)).view;
  },

  async setSiteStatus({ site, status }) {
    return setStatus(await effective(), String(site), status);
  },

  async setPaused({ site, paused }) {
    const rule = ruleKeyFor(String(site));
    if (!rule) return { ok: false, error: { code: 'no_site' } };
    const eff = await effective();
    const refused = policyRefusal(eff, { kind: 'pause' }) ?? (await applyEdit((s) => withPaused(s, rule, paused)));
    if (refused) return { ok: false, error: refused };
    await refreshAllTabs();
    return { ok: true, site: rule.value };
  },

  async getSettingsView() {
    const [eff, cats, sourceState] = await Promise.all([effective(), catalogues(), listSourcesItem.get()]);
    return {
      settings: eff.settings,
      locked: eff.locked,
      managed: eff.managed,
      changesAllowed: eff.changesAllowed,
      bypassAllowed: eff.bypassAllowed,
      submitCheckMandatory: eff.submitCheckMandatory,
      hasPolicy: eff.hasPolicy,
      policyProblems: eff.policyProblems,
      locale: await uiLocale(eff.settings.language),
      lists: cats.lists().map((l) => ({ ...l, enabled: !eff.settings.disabledBundledLists.includes(l.id) })),
      sources: eff.settings.listSources.map((src) => {
        const st = sourceState[src.id];
        return {
          id: src.id,
          url: src.url,
          kind: src.kind,
          enabled: src.enabled,
          lastOk: st?.lastOk ?? null,
          lastError: st?.lastError ?? null,
          entries: st?.entries ?? 0,
        };
      }),
      breachCatalogue: {
        entries: cats.breachEntries,
        imported: cats.importedBreaches,
        attribution: cats.breachAttribution,
      },
      inputCapturers: inputCapturers(),
      warningLogEntries: (await warningLogItem.get()).length,
    };
  },

  async saveSettings({ patch }) {
    const eff = await effective();
    const asked = { ...(patch ?? {}) };
    // Nothing is saved when the patch would change what the organisation fixed (lib/settings/locks.ts).
    const refused = lockedChanges(eff, asked);
    if (refused.length > 0) return { ok: false, problems: refused };
    let problems: string[] = [];
    await updateSettings((stored) => {
      const saved = settingsAfterSave(stored, asked, eff.policy);
      problems = saved.problems;
      return saved.settings;
    });
    await scheduleListSources();
    await refreshAllTabs();
    return { ok: true, problems: problems.map((detail) => ({ code: 'invalid' as const, detail })) };
  },

  async importSiteList({ list, text, format }) {
    const eff = await effective();
    const refused = policyRefusal(eff, { kind: 'importList', list });
    if (refused) return { ok: false, errors: [], refused };
    const parsed = parseSiteList(String(text ?? ''), format);
    // Nothing changes unless the whole import is valid.
    if (!parsed.ok) {
      return {
        ok: false,
        errors: parsed.errors.map((e) => ({
          line: e.line,
          code: e.code,
          problem: e.problem,
          ...(e.excerpt ? { excerpt: e.excerpt } : {}),
        })),
      };
    }
    const tooMany = await applyEdit((s) => withImportedRules(s, list, parsed.rules));
    if (tooMany) return { ok: false, errors: [], refused: tooMany };
    await refreshAllTabs();
    return { ok: true, count: parsed.rules.length };
  },
  async exportSiteList({ list }) {
    const stored = await settingsItem.get();
    return { text: exportSiteList(stored[list] ?? []) };
  },
  async importBreaches({ text }) {
    const refused = policyRefusal(await effective(), { kind: 'importBreaches' });
    if (refused) return { ok: false, errors: [], refused };
    const parsed = parseHibpJson(String(text ?? ''));
    if (!parsed.ok) {
      // Nothing is changed: what was held stays as it was.
      return {
        ok: false,
        errors: parsed.errors.map((e) => ({
          line: e.entry === null ? null : e.entry + 1,
          code: e.code,
          problem: e.name ? `${e.name}: ${e.problem}` : e.problem,
        })),
      };
    }
    const held = await importedBreachesItem.get();
    const merged = mergeCatalogues({ ...BUNDLED_CATALOGUE, breaches: held }, parsed.breaches).catalogue.breaches;
    await importedBreachesItem.set(merged);
    reloadCatalogues();
    await refreshAllTabs();
    return { ok: true, count: parsed.breaches.length };
  },
  async getBreachHistory({ site }) {
    return (await catalogues()).breachesFor(String(site));
  },
  async getWarningLog() {
    return { entries: await warningLogItem.get() };
  },
  async exportWarningLog({ format }) {
    const log = await warningLogItem.get();
    return { text: format === 'csv' ? exportCsv(log) : exportJson(log) };
  },
  async clearWarningLog() {
    const refused = policyRefusal(await effective(), { kind: 'clearWarningLog' });
    if (refused) return { ok: false, error: refused };
    await warningLogItem.set([]);
    return { ok: true };
  },
  async refreshListSources() {
    const results = await refreshListSources();
    await refreshAllTabs();
    return { results };
  },

  async getDangerView({ url }) {
    return dangerView(String(url));
  },

  async proceedFromDanger({ url, always }) {
    const eff = await effective();
    if (!eff.bypassAllowed) return { ok: false };
    const host = hostOf(String(url));
    if (!host) return { ok: false };
    const view = await dangerView(String(url));
    await logWarning(
      host,
      'proceeded',
      [],
      view.reasons.map((r) => r.code),
    );
    if (always) {
      const trusted = await setStatus(eff, host, 'trusted');
      if (!trusted.ok) return { ok: false };
    } else {
      await allowOnce(String(url));
    }
    return { ok: true };
  },

  async getDiagnostics() {
    const cats = await catalogues();
    return {
      reputationReadyMs: diagnostics.reputationReadyMs,
      firstLookupMs: diagnostics.firstLookupMs,
      startedAt: diagnostics.startedAt,
      gateRulesMs: gateTiming.ms,
      gateRules: gateTiming.rules,
      lists: Object.fromEntries(cats.lists().map((l) => [l.id, l.entries])),
      sendWatchers: activeWatchers(),
    };
  },
};

/** The bundled trackers documented as able to record what is typed, with the sources that document it. */
function inputCapturers() {
  const catalogue = bundledTrackerCatalogue();
  const companies = new Map(catalogue.companies.map((c) => [c.id, c.name]));
  return catalogue.trackers
    .filter((t) => t.capturesInput)
    .map((t) => ({
      product: t.product,
      company: companies.get(t.company) ?? t.company,
      note: t.capturesInputNote,
      sources: [...t.sources],
    }));
}
