// CSS.escape (CSSOM §2.1.1) as a linear loop, for selectors built from page-controlled ids, names and `for`
// values: a newline, a quote or a leading digit in an id would otherwise make an invalid selector or one that
// matches something else. Not every DOM has CSS.escape (happy-dom, workers), hence this copy.
import { call } from '../dom/read';

function hex(code: number): string {
  return '\\' + code.toString(16) + ' ';
}

export function cssEscape(value: string): string {
  let out = '';
  const first = value.charCodeAt(0);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0) out += '\ufffd';
    else if ((c >= 0x01 && c <= 0x1f) || c === 0x7f) out += hex(c);
    else if (c >= 0x30 && c <= 0x39 && (i === 0 || (i === 1 && first === 0x2d))) out += hex(c);
    else if (i === 0 && c === 0x2d && value.length === 1) out += '\\-';
    else if (
      c >= 0x80 ||
      c === 0x2d ||
      c === 0x5f ||
      (c >= 0x30 && c <= 0x39) ||
      ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)
    )
      out += value[i];
    else out += '\\' + value[i];
  }
  return out;
}

/** `[attr="value"]` for any value (quoted: some selector engines mishandle escapes in `#id`). */
export function attrSelector(attr: string, value: string, prefix = ''): string {
  return `${prefix}[${attr}="${cssEscape(value)}"]`;
}

/** querySelector that answers null for a selector this DOM refuses, instead of throwing out of a scan. */
export function safeQuery(scope: ParentNode, selector: string): Element | null {
  try {
    return call(scope, 'querySelector', selector);
  } catch {
    return null;
  }
}
