// Stopping a danger-level site before any request reaches it (issue 14, item 5): top-level navigations (GET and
// form POST) and frames. The danger page itself is still opened by the navigation watcher (gate.ts); this module
// makes sure nothing was sent before it.
//
// Why two mechanisms (measured and argued in the README, "Stopped before anything is sent"):
// - Chrome has no blocking webRequest for extensions outside enterprise policy, and a webNavigation listener runs
//   beside the request, not before it. So the bundled lists are declarativeNetRequest static rulesets (one rule
//   per list with `requestDomains`, which also covers subdomains, built by `npm run data`), enabled or disabled
//   with the person's list choices; the person's and organisation's blocks are dynamic block rules; trusted sites
//   are dynamic allow rules; "continue once" is a session allow rule for that address. Lookalikes are computed from
//   the host and cannot be listed in advance: when one is seen, a session block rule for its host stops every later
//   request (the form POST, frames); the first request of a first visit can race that.
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
import { effective, type Effective } from './settings';

type Rule = Browser.declarativeNetRequest.Rule;
type DNR = typeof browser.declarativeNetRequest;

/** Each bundled list is a static ruleset of the same id (scripts/build/manifest.ts). */
const LIST_IDS = bundledMeta.lists.map((l) => l.id);

type ResourceType = Browser.declarativeNetRequest.ResourceType;
// Chrome's generated types spell these as an enum; the values are the strings.
const MAIN_FRAME = 'main_frame' as ResourceType;
const FRAMES = [MAIN_FRAME, 'sub_frame' as ResourceType];

/** Priorities, highest wins: continue once > the person's block > trust > lists and lookalikes. */
const PRIORITY = { allowOnce: 4, blocked: 3, trusted: 2, lookalike: 1 } as const;

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
  const old = await api.getDynamicRules();
  await api.updateDynamicRules({ removeRuleIds: old.map((r) => r.id), addRules: dynamicRules(eff) });
}

// Session rule ids: lookalike hosts and continue-once addresses, kept in memory (a restarted worker clears them).
const SESSION_BASE = 1_000_000;
const sessionIds = new Map<string, number>();
let nextSessionId = SESSION_BASE;

async function setSessionRule(key: string, rule: Omit<Rule, 'id'> | null): Promise<void> {
  const api = dnr();
  if (!api) return;
  const old = sessionIds.get(key);
  const addRules: Rule[] = [];
  if (rule) {
    const id = nextSessionId++;
    sessionIds.set(key, id);
    addRules.push({ ...rule, id });
  } else sessionIds.delete(key);
  await api.updateSessionRules({ removeRuleIds: old === undefined ? [] : [old], addRules });
}

/** Chrome: a danger-level host found at navigation time (a lookalike): every later request to it is stopped. */
export async function blockHostForSession(url: string): Promise<void> {
  const host = hostOf(url);
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

/**
 * `url` is an address without query and fragment (lib/report/safe-url.ts: a GET form puts typed values there,
 * and nothing the extension keeps may hold them); the rule lets that address through with any query once.
 */
export async function permitOnce(url: string, permit: boolean): Promise<void> {
  if (!permit && !sessionIds.has(`once:${url}`)) return;
  await setSessionRule(
    `once:${url}`,
    permit
      ? {
          priority: PRIORITY.allowOnce,
          action: { type: 'allow' },
          condition: { regexFilter: `^${escapeRe(url)}(?:[?#].*)?$`, resourceTypes: [MAIN_FRAME] },
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
