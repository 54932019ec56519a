// Stopping a danger-level site before any request reaches it (issue 14, item 5): top-level navigations (GET and
// form POST) and frames. The danger page itself is still opened by the navigation watcher (gate.ts); this module
// makes sure nothing was sent before it.
//
// Why two mechanisms (measured and argued in the README, "Stopped before anything is sent"):
// - Chrome has no blocking webRequest for extensions outside enterprise policy, and a webNavigation listener runs
//   beside the request, not before it. So the bundled lists are declarativeNetRequest static rulesets (one rule
//   per list with `requestDomains`, which also covers subdomains, built by `npm run data`), enabled or disabled
//   with the person's list choices; the person's and organisation's blocks are dynamic block rules; trusted sites
//   are dynamic allow rules; "continue once" is a session allow rule for that address. Lists downloaded from
//   sources are one dynamic block rule per source (`requestDomains`, the danger-level hosts of the download: one
//   rule holds a 200,000-host list; rules count, not hosts), replaced with each download and removed when the
//   source is switched off. Lookalikes are computed from the whole host and cannot be listed in advance: the
//   lookalike gate (lib/reputation/lookalike-gate.ts) holds back every address whose host contains a protected
//   name (letter for letter or with look-alike characters), has a label one typo from one, or has an IDN label
//   (about 270 regexFilter rules for 303 protected domains, under the 1,000 regex rules Chrome allows and each within RE2's memory
//   limit, checked with isRegexSupported), except the protected domains themselves and the never-danger hosts.
//   The navigation watcher (gate.ts) then runs the lookalike engine: a lookalike gets the danger page; anything
//   else is let through for the session (an allow rule for that exact host) and loaded again. A gated first
//   contact that was a form POST is loaded again as a GET: its data is not sent, and the person sends it again.
//   Once seen, a lookalike host also gets a session block rule.
// - Firefox keeps blocking webRequest in MV3: one listener on top-level and frame requests asks the same question
//   as the danger page (gate.ts dangerReasons: lists, lookalikes, blocks, trust) and cancels. Nothing leaves until
//   it answers, for every reason.
import { browser, type Browser } from 'wxt/browser';
import { allowOnceItem } from '../../lib/storage/items';
import { safeUrl } from '../../lib/report/safe-url';
import { bareHost } from '../../lib/site/ip';
import { hostOf } from '../../lib/site/registrable-domain';
import type { SiteRule } from '../../lib/settings/types';
import bundledMeta from '../../lib/reputation/data/bundled-lists.meta.json';
import neverDanger from '../../data/never-danger.json';
import {
  createLookalikeGate,
  gateRegex,
  gateRules,
  type GateFamily,
  type LookalikeGate,
} from '../../lib/reputation/lookalike-gate';
import { BUNDLED_PROTECTED_DOMAINS, userProtectedDomains } from '../../lib/reputation/protected-domains';
import { sharedHostKind } from '../../lib/reputation/list-scope.mjs';
import { SHARED_HOST_INDEX } from '../../lib/settings/shared-hosts';
import { effective, type Effective } from './settings';

type Rule = Browser.declarativeNetRequest.Rule;
type DNR = typeof browser.declarativeNetRequest;

/** Each bundled list is a static ruleset of the same id (scripts/build/manifest.ts). */
const LIST_IDS = bundledMeta.lists.map((l) => l.id);

type ResourceType = Browser.declarativeNetRequest.ResourceType;
// Chrome's generated types spell these as an enum; the values are the strings.
const MAIN_FRAME = 'main_frame' as ResourceType;
const FRAMES = [MAIN_FRAME, 'sub_frame' as ResourceType];

/** Priorities, highest wins: continue once > the person's block > trust and hosts the engine cleared > lists,
 * lookalikes and the lookalike gate. (At equal priority Chrome lets allow beat block.) */
const PRIORITY = { allowOnce: 4, blocked: 3, trusted: 2, cleared: 2, lookalike: 1, gate: 1 } as const;

/** Dynamic rule ids: the settings' rules from 1, the lookalike gate's from GATE_BASE, downloaded lists' from
 * LIST_BASE (kept across syncs: only a download writes them). */
const GATE_BASE = 400_000;
const LIST_BASE = 500_000;
const LIST_SPAN = 400_000;

function dnr(): DNR | null {
  return (browser as { declarativeNetRequest?: DNR }).declarativeNetRequest ?? null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The condition of a site rule: a domain and its subdomains, or exactly one host. IP ranges are left out (they
 * name clinic systems on private addresses, never a listed site). */
function conditionOf(rule: SiteRule): Browser.declarativeNetRequest.RuleCondition | null {
  const value = bareHost(rule.value);
  if (value === '' || rule.scope === 'range') return null;
  if (rule.scope === 'domain') return { requestDomains: [value], resourceTypes: FRAMES };
  return { regexFilter: `^https?://${escapeRe(value)}(:[0-9]+)?/`, resourceTypes: FRAMES };
}

/** The dynamic rules for the effective settings: the person's and organisation's blocks, and trust. */
export function dynamicRules(eff: Pick<Effective, 'settings'>): Rule[] {
  const rules: Rule[] = [];
  const add = (list: readonly SiteRule[], type: 'block' | 'allow', priority: number) => {
    for (const r of list) {
      const condition = conditionOf(r);
      if (condition) rules.push({ id: rules.length + 1, priority, action: { type }, condition });
    }
  };
  add(eff.settings.blocked, 'block', PRIORITY.blocked);
  add(eff.settings.trusted, 'allow', PRIORITY.trusted);
  return rules;
}

// Syncs run one after another: two at once would both remove the old rules and add rules with the same ids.
let syncing: Promise<void> = Promise.resolve();

/** Chrome: brings the rulesets and dynamic rules in step with the lists and settings (one sync at a time). */
export function syncBlocking(): Promise<void> {
  syncing = syncing.then(syncNow, syncNow);
  return syncing;
}

async function syncNow(): Promise<void> {
  const api = dnr();
  if (!api) return;
  const eff = await effective();
  const disabled = new Set(eff.settings.disabledBundledLists);
  await api.updateEnabledRulesets({
    enableRulesetIds: LIST_IDS.filter((id) => !disabled.has(id)),
    disableRulesetIds: LIST_IDS.filter((id) => disabled.has(id)),
  });
  const started = performance.now();
  const gate = gateFor(eff);
  const gateRuleList: Rule[] = (await fittingRules(api, gate)).map(({ family, regex }, i) => ({
    id: GATE_BASE + i,
    priority: PRIORITY.gate,
    action: { type: 'block' },
    condition: {
      regexFilter: regex,
      isUrlFilterCaseSensitive: true,
      excludedRequestDomains: [...gate.excluded[family]],
      resourceTypes: FRAMES,
    },
  }));
  // Downloaded lists' rules stay while their source is on (a switched-off source loses its rule here).
  const listIds = new Set(listRuleIds(eff.settings.listSources.filter((s) => s.enabled).map((s) => s.id)).values());
  const old = await api.getDynamicRules();
  await api.updateDynamicRules({
    removeRuleIds: old.filter((r) => r.id < LIST_BASE || !listIds.has(r.id)).map((r) => r.id),
    addRules: [...dynamicRules(eff), ...gateRuleList],
  });
  gateTiming.ms = performance.now() - started;
  gateTiming.rules = gateRuleList.length;
  // Verdicts kept for the session were reached with the old lists and settings.
  await forgetSessionVerdicts();
}

// --- The lookalike gate (lib/reputation/lookalike-gate.ts) -------------------------------------------------------

const NEVER_DANGER = Object.values(neverDanger.hosts as Record<string, string[]>).flat();
let gateCache: { key: string; gate: LookalikeGate } | null = null;

/** The gate for the effective protected domains (bundled, the person's and the organisation's, as the engine). */
function gateFor(eff: Pick<Effective, 'settings' | 'managed'>): LookalikeGate {
  const extra = [...eff.settings.protectedDomains, ...eff.managed.protectedDomains];
  const key = [...extra].sort().join(',');
  if (gateCache?.key !== key) {
    const domains = [...BUNDLED_PROTECTED_DOMAINS, ...userProtectedDomains(extra)];
    const isShared = (h: string) => sharedHostKind(h, SHARED_HOST_INDEX) !== null;
    gateCache = { key, gate: createLookalikeGate(domains, NEVER_DANGER, isShared) };
  }
  return gateCache.gate;
}

/** Whether Chrome's gate holds this address back now (false in Firefox, which asks the engine itself). */
export async function gated(url: string): Promise<boolean> {
  return dnr() !== null && gateFor(await effective()).gates(url);
}

/** The gate's last build: how long from the protected domains to the rules in force, and how many rules (read by
 * getDiagnostics for the bench; measured, never asserted). */
export const gateTiming = { ms: null as number | null, rules: 0 };

const fitted = new Map<string, Array<{ family: GateFamily; regex: string }>>();
/** Patterns too big for one rule even alone (none with today's names; kept for a test to read). */
export const notHeld = new Set<string>();

/**
 * The gate as regexes Chrome accepts: packed by an estimate of RE2's size (gateRules), then each asked of Chrome;
 * a group too big for RE2's memory limit after all is split until it fits.
 */
async function fittingRules(api: DNR, gate: LookalikeGate): Promise<Array<{ family: GateFamily; regex: string }>> {
  const key = gate.patterns.map((p) => p.pattern).join('|');
  const known = fitted.get(key);
  if (known) return known;
  const out: Array<{ family: GateFamily; regex: string }> = [];
  const queue = gateRules(gate);
  while (queue.length > 0) {
    const group = queue.shift()!;
    const regex = gateRegex(group.family, group.patterns);
    const { isSupported } = await api.isRegexSupported({ regex, isCaseSensitive: true });
    if (isSupported) out.push({ family: group.family, regex });
    else if (group.patterns.length > 1) {
      const half = Math.ceil(group.patterns.length / 2);
      queue.unshift(
        { family: group.family, patterns: group.patterns.slice(0, half) },
        { family: group.family, patterns: group.patterns.slice(half) },
      );
    } else notHeld.add(group.patterns[0]!);
  }
  fitted.set(key, out);
  return out;
}

/** The engine found no lookalike at a gated host: its requests pass for this browser session (exactly this host,
 * http and https, any port), until the lists or settings change. */
export async function clearForSession(url: string): Promise<void> {
  const host = hostOf(url);
  if (!host) return;
  const condition = (scheme: string) => ({ urlFilter: `|${scheme}://${host}^`, resourceTypes: FRAMES });
  const allow = { priority: PRIORITY.cleared, action: { type: 'allow' as const } };
  await setSessionRules(`cleared:${host}`, [
    { ...allow, condition: condition('http') },
    { ...allow, condition: condition('https') },
  ]);
  for (const key of sessionIds.keys()) {
    if (clearedCount() <= MAX_CLEARED) break;
    if (key.startsWith('cleared:')) await setSessionRules(key, []);
  }
}

const MAX_CLEARED = 1000;
const clearedCount = () => [...sessionIds.keys()].filter((k) => k.startsWith('cleared:')).length;

/** Hosts the engine cleared and hosts found dangerous at navigation time: both are asked again. */
async function forgetSessionVerdicts(): Promise<void> {
  for (const key of [...sessionIds.keys()])
    if (key.startsWith('cleared:') || key.startsWith('host:')) await setSessionRules(key, []);
}

// --- Lists downloaded from sources ---------------------------------------------------------------------------------

/** A stable rule id per source id (FNV-1a into LIST_SPAN; a clash moves the later id, in id order, to the next). */
function listRuleIds(sourceIds: readonly string[]): Map<string, number> {
  const ids = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of [...sourceIds].sort()) {
    let h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
    let n = h % LIST_SPAN;
    while (taken.has(n)) n = (n + 1) % LIST_SPAN;
    taken.add(n);
    ids.set(id, LIST_BASE + n);
  }
  return ids;
}

/**
 * Chrome: the danger-level hosts of a source's download (lib/reputation/list-scope.mjs isDangerEntry, parents
 * only) as one block rule, replacing the previous download's; an empty list removes it.
 */
export async function setListRule(sourceId: string, domains: readonly string[]): Promise<void> {
  const api = dnr();
  if (!api) return;
  await (syncing = syncing.then(async () => {
    const eff = await effective();
    const enabled = eff.settings.listSources.filter((s) => s.enabled).map((s) => s.id);
    const id = listRuleIds([...new Set([...enabled, sourceId])]).get(sourceId)!;
    const addRules: Rule[] =
      domains.length === 0
        ? []
        : [
            {
              id,
              priority: PRIORITY.lookalike,
              action: { type: 'block' },
              condition: { requestDomains: [...domains], resourceTypes: FRAMES },
            },
          ];
    await api.updateDynamicRules({ removeRuleIds: [id], addRules });
  }));
}

// Session rule ids: lookalike hosts and continue-once addresses, kept in memory (a restarted worker clears them).
const SESSION_BASE = 1_000_000;
const sessionIds = new Map<string, number[]>();
let nextSessionId = SESSION_BASE;

let sessionStart: Promise<void> | null = null;

/**
 * Session rules outlive a restarted worker, the map of their keys does not: it is read back from the rules (so a
 * host the engine cleared is not held back again, and continue-once is still used up when its page commits), and
 * new ids start after the highest. A rule not recognised is removed.
 */
function sessionReady(api: DNR): Promise<void> {
  sessionStart ??= (async () => {
    const rules = await api.getSessionRules();
    nextSessionId = Math.max(SESSION_BASE, ...rules.map((r) => r.id + 1));
    const unknown: number[] = [];
    for (const r of rules) {
      const key = sessionKeyOf(r);
      if (key === null) unknown.push(r.id);
      else sessionIds.set(key, [...(sessionIds.get(key) ?? []), r.id]);
    }
    if (unknown.length > 0) await api.updateSessionRules({ removeRuleIds: unknown });
  })();
  return sessionStart;
}

async function sessionKeysRead(): Promise<void> {
  const api = dnr();
  if (api) await sessionReady(api);
}

/** The key a session rule was written under (the inverse of the writers below), or null. */
function sessionKeyOf(r: Rule): string | null {
  const c = r.condition;
  if (r.priority === PRIORITY.allowOnce && c.regexFilter?.startsWith('^') && c.regexFilter.endsWith(ONCE_TAIL))
    return `once:${c.regexFilter.slice(1, -ONCE_TAIL.length).replace(/\\(.)/g, '$1')}`;
  const cleared = /^\|https?:\/\/([^^]+)\^$/.exec(c.urlFilter ?? '');
  if (r.priority === PRIORITY.cleared && cleared) return `cleared:${cleared[1]}`;
  if (r.priority === PRIORITY.lookalike && r.action.type === 'block' && c.requestDomains?.length === 1)
    return `host:${c.requestDomains[0]}`;
  return null;
}

/** Replaces the session rules kept under `key` (none: removes them). */
async function setSessionRules(key: string, rules: ReadonlyArray<Omit<Rule, 'id'>>): Promise<void> {
  const api = dnr();
  if (!api) return;
  await sessionReady(api);
  const old = sessionIds.get(key) ?? [];
  const addRules: Rule[] = rules.map((rule) => ({ ...rule, id: nextSessionId++ }));
  if (addRules.length > 0)
    sessionIds.set(
      key,
      addRules.map((r) => r.id),
    );
  else sessionIds.delete(key);
  await api.updateSessionRules({ removeRuleIds: old, addRules });
}

async function setSessionRule(key: string, rule: Omit<Rule, 'id'> | null): Promise<void> {
  await setSessionRules(key, rule ? [rule] : []);
}

/** Chrome: a danger-level host found at navigation time (a lookalike): every later request to it is stopped. */
export async function blockHostForSession(url: string): Promise<void> {
  const host = hostOf(url);
  await sessionKeysRead();
  if (!host || sessionIds.has(`host:${host}`)) return;
  await setSessionRule(`host:${host}`, {
    priority: PRIORITY.lookalike,
    action: { type: 'block' },
    condition: { requestDomains: [host], resourceTypes: FRAMES },
  });
}

/** Chrome: "continue once" lets this address through in a top-level navigation until the page commits. */
/** The person chose "continue once" for this address (kept, like every address, without query and fragment). */
export async function isAllowedOnce(url: string): Promise<boolean> {
  return (await allowOnceItem.get()).includes(safeUrl(url));
}

/** What follows the address in a continue-once rule: any query or fragment. */
const ONCE_TAIL = '(?:[?#].*)?$';

/**
 * `url` is an address without query and fragment (lib/report/safe-url.ts: a GET form puts typed values there,
 * and nothing the extension keeps may hold them); the rule lets that address through with any query once.
 */
export async function permitOnce(url: string, permit: boolean): Promise<void> {
  await sessionKeysRead();
  if (!permit && !sessionIds.has(`once:${url}`)) return;
  await setSessionRule(
    `once:${url}`,
    permit
      ? {
          priority: PRIORITY.allowOnce,
          action: { type: 'allow' },
          condition: { regexFilter: `^${escapeRe(url)}${ONCE_TAIL}`, resourceTypes: [MAIN_FRAME] },
        }
      : null,
  );
}

/** Firefox: cancels top-level and frame requests to danger-level sites before they are sent. */
export function watchRequests(dangerous: (url: string) => Promise<boolean>): void {
  const onBeforeRequest = (browser as { webRequest?: typeof browser.webRequest }).webRequest?.onBeforeRequest;
  if (!onBeforeRequest) return;
  // Firefox waits for the promise a blocking listener returns (Chrome's types, used here, do not say so).
  const listener = async (details: { url: string; type: string }) => {
    if (details.type === 'main_frame' && (await isAllowedOnce(details.url))) return {};
    return (await dangerous(details.url)) ? { cancel: true } : {};
  };
  onBeforeRequest.addListener(
    listener as never,
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame', 'sub_frame'] },
    ['blocking'],
  );
}
