// Units a measurement box is written with ("mmHg", "kg", "x/mnt"): a select of nothing but these names a unit
// (split-fields.ts), and a symbol right after one box is that box's unit, not the caption of the next
// (infer-label.ts: "TD [ ] mmHg  N [ ]").

/**
 * Symbols and abbreviations of measures: never a caption's first word. Rates and temperature as Indonesian
 * vital-sign rows write them after the box (x/mnt, x/i, °C).
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

/** Word units: they also begin captions ("Jam Triase", "in"), so they are never cut from one. */
const WORD_UNITS = [
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
  'm',
  'in',
  'inch',
  'inches',
  'f',
  // Counting units of Indonesian clinical forms (rokok: batang / bungkus; darah: kantong).
  'batang',
  'bungkus',
  'kantong',
  'x',
];

export const UNIT_WORDS: ReadonlySet<string> = new Set([...WORD_UNITS, ...MEASURE_SYMBOLS]);

/**
 * Units only a body is measured in: blood pressure, rates per minute, blood sugar and blood counts. Weight,
 * length and percent are also a parcel's, a garment's or a discount's, so they say nothing alone.
 */
const CLINICAL_UNITS: ReadonlySet<string> = new Set([
  'mmhg',
  'x/menit',
  'x/mnt',
  '/mnt',
  '/menit',
  'kali/menit',
  'kali/mnt',
  'x/i',
  'bpm',
  'mg/dl',
  'g/dl',
  'mmol/l',
  '°c',
  '℃',
]);

/** The first word of a run of text, lower-cased, without the punctuation after it ("mmHg," → "mmhg"), and the run. */
function openingWord(text: string): { word: string; run: string } | null {
  const m = /^\s*(\S+)\s*/.exec(text);
  if (!m) return null;
  let word = m[1]!.toLowerCase();
  while (word.length > 1 && '.,;:)'.includes(word[word.length - 1]!)) word = word.slice(0, -1);
  return { word, run: m[0] };
}

/**
 * The measure symbol a run of text starts with, with the space after it ("mmHg N" → "mmHg "), or "" when it
 * starts with anything else.
 */
export function leadingUnit(text: string): string {
  const first = openingWord(text);
  return first !== null && MEASURE_SYMBOLS.has(first.word) ? first.run : '';
}

/** The text is, or opens with, a unit only a body is measured in ("mmHg", " x/menit", "mg/dL"). */
export function clinicalUnit(text: string): boolean {
  const first = openingWord(text);
  if (first === null) return false;
  // "° C" and "°C" are one unit.
  if (first.word === '°' && /^\s*°\s*c\b/i.test(text)) return true;
  return CLINICAL_UNITS.has(first.word);
}
