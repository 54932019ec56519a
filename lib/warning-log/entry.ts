// One entry, checked and rebuilt from known fields only: whatever else a caller or a damaged store hands over
// (a URL, a value, a note) is not copied. Returns why it was refused, naming the field, never its content.
import { FIELD_KINDS, isFieldKind } from '../kinds/field-kinds';
import { REASON_CODES, isReasonCode } from '../risk/reason-codes';
import { MAX_LIST_VERSIONS, WARNING_ACTIONS, type WarningAction, type WarningEntry } from './types';

const HOST_SITE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6_SITE = /^(?=.{2,45}$)[0-9a-f]*:[0-9a-f:.]*$/;
const LIST_ID = /^[a-z0-9][a-z0-9._:-]{0,63}$/i;
const VERSION = /^[a-z0-9][a-z0-9._:+-]{0,63}$/i;

export function isSite(value: unknown): value is string {
  return typeof value === 'string' && (HOST_SITE.test(value) || IPV6_SITE.test(value));
}

export function isIsoTime(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 24) return false;
  const t = Date.parse(value);
  return Number.isFinite(t) && new Date(t).toISOString() === value;
}

function closedSet<T extends string>(value: unknown, order: readonly T[], is: (v: unknown) => v is T): T[] | null {
  if (!Array.isArray(value) || !value.every(is)) return null;
  const present = new Set<string>(value);
  return order.filter((item) => present.has(item));
}

function listVersions(value: unknown): Record<string, string> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_LIST_VERSIONS) return null;
  const out: Record<string, string> = {};
  for (const [id, version] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!LIST_ID.test(id) || typeof version !== 'string' || !VERSION.test(version)) return null;
    out[id] = version;
  }
  return out;
}

export function toWarningEntry(raw: unknown): { entry: WarningEntry } | { problem: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problem: 'not an entry' };
  const r = raw as Record<string, unknown>;
  if (!isIsoTime(r.time)) return { problem: 'bad time' };
  if (!isSite(r.site)) return { problem: 'bad site' };
  const fieldKinds = closedSet(r.fieldKinds, FIELD_KINDS, isFieldKind);
  if (!fieldKinds) return { problem: 'bad fieldKinds' };
  const reasons = closedSet(r.reasons, REASON_CODES, isReasonCode);
  if (!reasons) return { problem: 'bad reasons' };
  if (typeof r.action !== 'string' || !(WARNING_ACTIONS as readonly string[]).includes(r.action)) {
    return { problem: 'bad action' };
  }
  const versions = listVersions(r.listVersions ?? {});
  if (!versions) return { problem: 'bad listVersions' };
  return {
    entry: {
      time: r.time,
      site: r.site,
      fieldKinds,
      reasons,
      action: r.action as WarningAction,
      listVersions: versions,
    },
  };
}
