// Which breaches to show first: those that exposed health data or identity numbers (what this extension is
// about), then the newest. Ties keep a stable order by id so the same input always renders the same way.
import { isHealthOrId } from './data-classes';
import { periodStart } from './dates';
import type { Breach } from './types';

export function compareRelevance(a: Breach, b: Breach): number {
  const ha = isHealthOrId(a.dataClasses) ? 1 : 0;
  const hb = isHealthOrId(b.dataClasses) ? 1 : 0;
  if (ha !== hb) return hb - ha;
  const da = dateKey(a);
  const db = dateKey(b);
  if (da !== db) return db > da ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Start of the breach period; unparseable dates sort last. */
function dateKey(breach: Breach): number {
  const start = periodStart(breach.breachDate);
  return Number.isNaN(start) ? -Infinity : start;
}

/** A new array, most relevant first. */
export function orderByRelevance(breaches: readonly Breach[]): Breach[] {
  return [...breaches].sort(compareRelevance);
}
