// Text taken from a page (labels, names, paths, addresses) may echo what a person typed: a page can copy a NIK
// into a label or an element id as it is entered. Before such text is stored or shown, every stretch the
// identifier recogniser (lib/ids, CONTRACTS.md §4) takes for an identifier is replaced by a mark.
// The recogniser ignores separators, so a stretch is any run of letter/digit groups joined by one separator
// each; every window of such a run that could be an identifier (6–24 characters once compacted) is tried.
import { mightBeIdentifier, recognizeIdentifier } from '../ids';

export const REDACTED = '•••';

/** Letter/digit groups (ASCII, as identifiers are) joined by single separators the recogniser ignores. */
const RUN = /[A-Za-z0-9]+(?:[\s./\\-][A-Za-z0-9]+)*/g;
const GROUP = /[A-Za-z0-9]+/g;
const MAX_COMPACT = 24;

interface Span {
  start: number;
  end: number;
}

function identifierSpans(text: string, context: string): Span[] {
  const spans: Span[] = [];
  for (const run of text.matchAll(RUN)) {
    const groups = [...run[0].matchAll(GROUP)].map((g) => ({
      start: run.index + g.index,
      end: run.index + g.index + g[0].length,
    }));
    let i = 0;
    while (i < groups.length) {
      // The longest window starting at group i that is an identifier; then carry on after it.
      let found = -1;
      let length = 0;
      for (let j = i; j < groups.length; j++) {
        length += groups[j]!.end - groups[j]!.start;
        if (length > MAX_COMPACT) break;
        const candidate = text.slice(groups[i]!.start, groups[j]!.end);
        if (mightBeIdentifier(candidate) && recognizeIdentifier(candidate, { label: context }).length > 0) found = j;
      }
      if (found < 0) {
        i++;
        continue;
      }
      spans.push({ start: groups[i]!.start, end: groups[found]!.end });
      i = found + 1;
    }
  }
  return spans;
}

/**
 * `text` with every recognised identifier replaced by REDACTED. `context` is what the page says the text is
 * about (a field's label): a label naming NIK makes a NIK-shaped number count even with a wrong checksum.
 */
export function redactIdentifiers(text: string, context = text): string {
  if (!/\d/.test(text)) return text;
  const spans = identifierSpans(text, context);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + REDACTED;
    at = s.end;
  }
  return out + text.slice(at);
}
