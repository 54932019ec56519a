// Builds a page in the test document and scans it.
import { scanRoot, type DetectedField } from '../../../lib/detect/scan';

export function page(html: string, title = ''): Document {
  document.title = title;
  document.body.innerHTML = html;
  return document;
}

export function kinds(fields: DetectedField[]): Array<[string, string]> {
  return fields.map((f) => [f.report.path as string, f.report.kind]);
}

export function scanKinds(html: string, title = ''): Record<string, string> {
  const doc = page(html, title);
  const out: Record<string, string> = {};
  for (const f of scanRoot(doc).fields)
    out[f.element.id || (f.element.getAttribute('name') ?? f.report.path)] = f.report.kind;
  return out;
}
