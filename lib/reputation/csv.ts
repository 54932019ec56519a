// One CSV record on one line (RFC 4180 quoting: "a,b" and "" for a quote). Multi-line fields are not supported:
// site lists never need them, and refusing them keeps line numbers true.

/** The fields of `line`, or null when its quotes are unbalanced. */
export function splitCsvLine(line: string, delimiter: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === delimiter) {
      fields.push(field.trim());
      field = '';
    } else field += c;
    i++;
  }
  if (quoted) return null;
  fields.push(field.trim());
  return fields;
}

/** The delimiter a header line uses: comma, semicolon (spreadsheets in Indonesian locales) or tab. */
export function detectDelimiter(header: string): string {
  for (const d of [',', ';', '\t']) if (header.includes(d)) return d;
  return ',';
}
