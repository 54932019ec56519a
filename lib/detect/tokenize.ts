// Text → tokens, the one way every string is cut up, so vocabulary phrases and page text meet on equal terms.
// Everything here is linear in the input: character loops and regular expressions without nested
// quantifiers or alternation over overlapping classes (no catastrophic backtracking possible).

const NON_ASCII = /[^\u0020-\u007e\s]/;
const LATIN_MARKS = /[\u0300-\u036f]/g;
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;

/** Lower-cases and drops Latin diacritics (diagnóstico → diagnostico), so data files need one spelling. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(LATIN_MARKS, '').replace(/đ/g, 'd').replace(/ß/g, 'ss');
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `nikPasien` → `nik Pasien`, `txtNoKTP` → `txt No KTP`, `NIKPasien` → `NIK Pasien` (ASCII identifiers). */
export function splitCamel(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isUpper(c)) continue;
    const p = text.charCodeAt(i - 1);
    if (isLower(p) || (isUpper(p) && i + 1 < text.length && isLower(text.charCodeAt(i + 1)))) {
      out += text.slice(from, i) + ' ';
      from = i;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Splits a run at letter/digit boundaries: `icd10` → `icd`, `10`; `i1subscriber` → `i`, `1`, `subscriber`. */
function pushRun(run: string, out: string[]): void {
  let from = 0;
  let prevDigit = isDigit(run.charCodeAt(0));
  for (let i = 1; i < run.length; i++) {
    const d = isDigit(run.charCodeAt(i));
    if (d !== prevDigit) {
      out.push(run.slice(from, i));
      from = i;
      prevDigit = d;
    }
  }
  out.push(from === 0 ? run : run.slice(from));
}

/**
 * Tokens of a text: folded words, split at letter/digit boundaries; single letters joined by `.` or `/` merge into
 * one acronym (`S.S.N.` → `ssn`, `K/P` → `kp`, `D.O.B` → `dob`); aliases map spelling variants to one canonical
 * token (`nomor` → `no`). `identifier` also splits camelCase (for `id`/`name` attributes).
 */
export function tokenize(text: string, aliases: ReadonlyMap<string, string>, identifier = false): string[] {
  const source = foldText(identifier ? splitCamel(text) : text);
  const out: string[] = [];
  let lastEnd = -2;
  let lastWasLetter = false;
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(source); m; m = WORD_RUN.exec(source)) {
    const run = m[0];
    const start = m.index;
    const single = run.length === 1 && !isDigit(run.charCodeAt(0));
    const sep = source.charCodeAt(start - 1);
    if (single && lastWasLetter && start === lastEnd + 1 && (sep === 46 || sep === 47)) {
      out[out.length - 1] += run; // acronym continues
    } else if (run.length > 1 && /\d/.test(run) && /\D/.test(run)) {
      pushRun(run, out);
    } else {
      out.push(run);
    }
    lastWasLetter = single;
    lastEnd = start + run.length;
  }
  for (let i = 0; i < out.length; i++) {
    const canonical = aliases.get(out[i]!);
    if (canonical !== undefined) out[i] = canonical;
  }
  return out;
}
