// What the organisation's policy lets the person change, decided once for the background (which refuses) and the
// settings page (which greys out). lib/settings/effective.ts computes `locked`; these functions read it.
import type { Settings } from './types';
import type { ListName, SiteStatusChoice } from './edits';
import type { SaveProblem, SettingsError } from './errors';

/** Settings the person keeps when the organisation manages everything else (unless the policy sets them too):
 * a person who cannot read the interface must still be able to switch its language. */
export const FREE_UNDER_POLICY: readonly (keyof Settings)[] = ['language'];

export interface LockState {
  /** Keys the policy fixed; `warningLog.enabled` / `warningLog.retentionDays` lock one half of `warningLog`. */
  locked: readonly string[];
  changesAllowed: boolean;
}

/** True when the organisation fixed this key, its parent, or everything (free keys excepted). */
export function isLocked(state: LockState, key: string): boolean {
  if (state.locked.includes(key)) return true;
  const parent = key.split('.')[0] ?? key;
  if (parent !== key && state.locked.includes(parent)) return true;
  return !state.changesAllowed && !(FREE_UNDER_POLICY as readonly string[]).includes(parent);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The problems of a settings-page patch: every key whose value it would change although the policy fixed it. The
 * page sends whole values (a list with the organisation's entries, both halves of `warningLog`), so a key it sends
 * unchanged is not a change. Nothing is saved when this is not empty.
 */
export function lockedChanges(
  state: LockState & { settings: Settings },
  patch: Readonly<Partial<Record<keyof Settings, unknown>>>,
): SaveProblem[] {
  const problems: SettingsError[] = [];
  for (const key of Object.keys(patch) as (keyof Settings)[]) {
    if (key === 'warningLog') {
      const asked = (patch.warningLog ?? {}) as Partial<Record<'enabled' | 'retentionDays', unknown>>;
      for (const half of ['enabled', 'retentionDays'] as const) {
        const name = `warningLog.${half}`;
        if (half in asked && isLocked(state, name) && !same(asked[half], state.settings.warningLog[half])) {
          problems.push({ code: 'locked', key: name });
        }
      }
    } else if (isLocked(state, key) && !same(patch[key], state.settings[key])) {
      problems.push({ code: 'locked', key });
    }
  }
  if (!state.changesAllowed && problems.length > 0) return [{ code: 'managed' }];
  return problems;
}

/** A request the background refuses when the policy forbids it (lists and the record, not settings patches). */
export type GuardedRequest =
  | { kind: 'siteStatus'; status: SiteStatusChoice }
  | { kind: 'pause' }
  | { kind: 'importList'; list: ListName }
  | { kind: 'importBreaches' }
  | { kind: 'clearWarningLog' };

/** The list a request writes to, or (for the record and breach imports) the key that guards it. */
const GUARD: { [K in GuardedRequest['kind']]: (r: Extract<GuardedRequest, { kind: K }>) => string } = {
  // Untrusting writes nothing that policy keeps from the person, so only the list a status adds to counts.
  siteStatus: (r) => (r.status === 'trusted' ? 'trusted' : 'blocked'),
  pause: () => 'paused',
  importList: (r) => r.list,
  // Breaches the person imports are settings of a kind: with everything managed, nothing is added.
  importBreaches: () => '*',
  // The organisation that keeps a warning record (or manages everything) keeps it.
  clearWarningLog: () => 'warningLog.enabled',
};

export function policyRefusal(state: LockState, request: GuardedRequest): SettingsError | null {
  const key = (GUARD[request.kind] as (r: GuardedRequest) => string)(request);
  if (key === '*') return state.changesAllowed ? null : { code: 'managed' };
  if (!isLocked(state, key)) return null;
  return state.changesAllowed ? { code: 'locked', key } : { code: 'managed' };
}
