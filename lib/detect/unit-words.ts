// Units a measurement box is written with ("mmHg", "kg", "x/mnt"): a select of nothing but these names a unit
// (split-fields.ts), and the same word right after one box is that box's unit, not the caption of the next
// (infer-label.ts: "TD [ ] mmHg  N [ ]").

export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'hari',
  'minggu',
  'bulan',
  'tahun',
  'jam',
  'menit',
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
  'hours',
  'hour',
  'minutes',
  'kg',
  'g',
  'lb',
  'lbs',
  'cm',
  'mm',
  'm',
  'in',
  'inch',
  'inches',
  'ft',
  'c',
  'f',
  'mg',
  'ml',
  'mmhg',
  'cc',
  // Counting units of Indonesian clinical forms (rokok: batang / bungkus; darah: kantong).
  'batang',
  'bungkus',
  'kantong',
  'x',
  // Rates and temperature as Indonesian vital-sign rows write them after the box (x/mnt, x/i, °C).
  '/mnt',
  '/menit',
  'x/mnt',
  'x/menit',
  'x/i',
  'x/m',
  '°c',
  'th',
  'thn',
  'bpm',
  '%',
]);

/**
 * The units that are never a caption's first word: symbols and abbreviations of measures. Word units ("Jam",
 * "Hari", "in") also begin captions ("Jam Triase"), so they are left where they are.
 */
const MEASURE_SYMBOLS: ReadonlySet<string> = new Set([
  'kg',
  'g',
  'lb',
  'lbs',
  'cm',
  'mm',
  'ft',
  'c',
  '°c',
  'mg',
  'ml',
  'cc',
  'mmhg',
  '/mnt',
  '/menit',
  'x/mnt',
  'x/menit',
  'x/i',
  'x/m',
  'th',
  'thn',
  'bpm',
  '%',
]);

/**
 * The measure symbol a run of text starts with, with the space after it ("mmHg N" → "mmHg "), or "" when it
 * starts with anything else.
 */
export function leadingUnit(text: string): string {
  const m = /^\s*(\S+)\s*/.exec(text);
  if (!m) return '';
  let word = m[1]!.toLowerCase();
  while (word.length > 1 && '.,;:'.includes(word[word.length - 1]!)) word = word.slice(0, -1);
  return MEASURE_SYMBOLS.has(word) ? m[0] : '';
}
