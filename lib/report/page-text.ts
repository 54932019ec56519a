// What may cross from a page to the rest of the extension is typed, so that a value someone typed cannot be
// put into a report or a message by accident: reports carry `PageText` (text the page itself shows or
// declares: labels, attribute names, addresses), and a plain string is not assignable to it.
// Only lib/detect and the scanner's page readers make PageText (enforced in eslint.config.js).

declare const pageTextBrand: unique symbol;

export type PageText = string & { readonly [pageTextBrand]: true };

/** Longest label we keep: a hostile page can put a megabyte in a label. */
export const MAX_PAGE_TEXT = 200;

export function pageText(text: string, max = MAX_PAGE_TEXT): PageText {
  let out = text.length > max * 4 ? text.slice(0, max * 4) : text;
  out = out.replace(/\s+/g, ' ').trim();
  if (out.length > max) out = out.slice(0, max - 1) + '…';
  return out as PageText;
}

/** Longest id, name or CSS path we keep exactly. */
export const MAX_EXACT_TEXT = 2000;

/**
 * An attribute value or selector that must name exactly one element on the page (a report's id, name and path):
 * whitespace and odd characters are kept as they are (an id "no_ktp " with its trailing space is another id than
 * "no_ktp"); only a hostile length is cut.
 */
export function exactPageText(text: string, max = MAX_EXACT_TEXT): PageText {
  return (text.length > max ? text.slice(0, max - 1) + '…' : text) as PageText;
}

/** For tests and data that is known not to come from a person's typing. */
export const EMPTY_TEXT = '' as PageText;
