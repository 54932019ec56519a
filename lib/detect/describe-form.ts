// Where a form submits: the action resolved against the page (a `<base href>` counts, an empty action means
// the page itself), reduced to scheme, host and path so no query string (which can carry data) leaves the page.
import type { FormMethod, FormReport } from '../report/types';
import { pageText } from '../report/page-text';
import { call, get } from '../dom/read';

const MAX_URL = 2000;

function parse(url: string, base?: string): URL | null {
  try {
    return base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    return null;
  }
}

function baseOf(form: HTMLFormElement, pageUrl: string): string {
  const doc = get(form, 'ownerDocument');
  const base = doc ? call(doc, 'querySelector', 'base[href]') : null;
  const href = base ? call(base, 'getAttribute', 'href') : null;
  if (href) {
    const resolved = parse(href.trim(), pageUrl);
    if (resolved) return resolved.href;
  }
  return pageUrl;
}

function strip(url: URL): string {
  if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:' || url.host.length > 0) {
    return `${url.protocol}//${url.host}${url.pathname}`;
  }
  return url.protocol; // javascript:, data:, mailto: — the scheme says enough
}

export function describeForm(form: HTMLFormElement, pageUrl: string, sensitive: boolean): FormReport {
  const raw = (call(form, 'getAttribute', 'action') ?? '').trim();
  const page = parse(pageUrl);
  const target = raw.length === 0 ? page : parse(raw.slice(0, MAX_URL * 2), baseOf(form, pageUrl));
  const action = target ? strip(target) : page ? strip(page) : '';
  const m = (call(form, 'getAttribute', 'method') ?? '').trim().toLowerCase();
  const method: FormMethod = m === 'post' || m === 'dialog' ? m : 'get';
  return { action: pageText(action, MAX_URL), method, sensitive };
}
