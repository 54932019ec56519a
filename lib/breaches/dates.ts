// Breach dates come at the precision the reporting gives: a day, a month or only a year ('2021-05-12', '2023-03',
// '2020'). They are compared as periods: the start for ordering, the end for "was this recent?" windows, so a
// breach known only as '2023-03' counts as recent until the window has passed for the whole of March.

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface Parts {
  y: number;
  m: number | undefined;
  d: number | undefined;
}

function parts(value: string): Parts | null {
  const match = PARTIAL_ISO.exec(value);
  if (!match) return null;
  const y = Number(match[1]);
  const m = match[2] === undefined ? undefined : Number(match[2]);
  const d = match[3] === undefined ? undefined : Number(match[3]);
  if (y < 1970 || y > 2999) return null;
  if (m !== undefined && (m < 1 || m > 12)) return null;
  if (m !== undefined && d !== undefined) {
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (d < 1 || d > days) return null;
  }
  return { y, m, d };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date between 1970 and 2999. */
export function isPartialIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parts(value) !== null;
}

/** A full `YYYY-MM-DD` date. */
export function isIsoDay(value: unknown): value is string {
  return typeof value === 'string' && value.length === 10 && parts(value) !== null;
}

/** First millisecond (UTC) of the period, or NaN when the value is not a partial ISO date. */
export function periodStart(value: string): number {
  const p = parts(value);
  if (!p) return Number.NaN;
  return Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1);
}

/** Last millisecond (UTC) of the period, or NaN. */
export function periodEnd(value: string): number {
  const p = parts(value);
  if (!p) return Number.NaN;
  if (p.m === undefined) return Date.UTC(p.y + 1, 0, 1) - 1;
  if (p.d === undefined) return Date.UTC(p.y, p.m, 1) - 1;
  return Date.UTC(p.y, p.m - 1, p.d + 1) - 1;
}

/** The same instant `months` calendar months earlier (day clamped to the month's length). */
export function monthsBefore(ms: number, months: number): number {
  const at = new Date(ms);
  const target = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - months, 1));
  const days = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(
    target.getUTCFullYear(),
    target.getUTCMonth(),
    Math.min(at.getUTCDate(), days),
    at.getUTCHours(),
    at.getUTCMinutes(),
    at.getUTCSeconds(),
    at.getUTCMilliseconds(),
  );
}

/** `YYYY-MM-DD` (UTC) of an instant. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
