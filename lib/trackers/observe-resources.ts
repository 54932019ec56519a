// Which hosts a page loads from: script, frame, image and stylesheet elements in the document (and in open
// shadow roots), plus the browser's resource timing entries, which the scanner reads and passes in.
// Only host names leave this module: paths and query strings can carry what a person typed.
import { pageText } from '../report/page-text';
import type { ResourceVia, ThirdPartyObservation } from '../report/types';
import { normalizeHost } from './host';
import { call, get } from '../dom/read';

export interface ObservationLimits {
  /** Most (host, via) pairs returned; a hostile page can reference thousands of hosts. */
  maxObservations: number;
  /** Most elements looked at when searching for open shadow roots. */
  maxElements: number;
  /** Most resource timing entries read. */
  maxResources: number;
}

export const DEFAULT_OBSERVATION_LIMITS: ObservationLimits = {
  maxObservations: 300,
  maxElements: 20_000,
  maxResources: 2_000,
};

export interface ResourceEntryLike {
  name: string;
  initiatorType: string;
}

const ELEMENT_SELECTOR = 'script[src], iframe[src], frame[src], img[src], link[href]';
// Link relations that make the browser fetch something; hints such as preconnect fetch nothing.
const LOADING_RELS = ['stylesheet', 'preload', 'modulepreload', 'prefetch', 'icon', 'apple-touch-icon', 'manifest'];
const PRELOAD_AS: Record<string, ResourceVia> = {
  script: 'script',
  style: 'stylesheet',
  image: 'image',
  document: 'frame',
};
const INITIATOR_VIA: Record<string, ResourceVia> = {
  script: 'script',
  iframe: 'frame',
  frame: 'frame',
  img: 'image',
  image: 'image',
  input: 'image',
  css: 'stylesheet',
  beacon: 'beacon',
  fetch: 'beacon',
  xmlhttprequest: 'beacon',
  ping: 'beacon',
};

function linkVia(el: Element): ResourceVia | null {
  const rels = (call(el, 'getAttribute', 'rel') ?? '').toLowerCase().split(/\s+/);
  if (!rels.some((r) => LOADING_RELS.includes(r))) return null;
  if (rels.includes('stylesheet')) return 'stylesheet';
  if (rels.includes('icon') || rels.includes('apple-touch-icon')) return 'image';
  return PRELOAD_AS[(call(el, 'getAttribute', 'as') ?? '').toLowerCase()] ?? 'other';
}

function elementVia(el: Element): ResourceVia | null {
  switch (get(el, 'localName')) {
    case 'script':
      return 'script';
    case 'iframe':
    case 'frame':
      return 'frame';
    case 'img':
      return 'image';
    case 'link':
      return linkVia(el);
    default:
      return null;
  }
}

/** Host of an http(s) or ws(s) address, resolved against base; null for anything else or anything malformed. */
function hostOfAddress(address: string, base: string | undefined): string | null {
  let url: URL;
  try {
    url = base ? new URL(address, base) : new URL(address);
  } catch {
    return null;
  }
  if (!/^(https?|wss?):$/.test(url.protocol)) return null;
  return normalizeHost(url.hostname);
}

/** The document and its open shadow roots, up to limits.maxElements elements searched. */
function rootsOf(doc: Document, limits: ObservationLimits): ParentNode[] {
  const roots: ParentNode[] = [doc];
  let budget = limits.maxElements;
  for (let i = 0; i < roots.length && budget > 0; i++) {
    const all = call(roots[i]!, 'querySelectorAll', '*');
    for (let j = 0; j < all.length && budget > 0; j++, budget--) {
      const shadow = get(all[j]!, 'shadowRoot');
      if (shadow) roots.push(shadow);
    }
  }
  return roots;
}

export function observeThirdPartyHosts(
  doc: Document,
  resources: ReadonlyArray<ResourceEntryLike>,
  limits: Partial<ObservationLimits> = {},
  /** The document's open shadow roots, when the caller already knows them (a field watcher does): saves a walk
   * over every element of the page on each report. */
  knownRoots?: readonly ParentNode[],
): ThirdPartyObservation[] {
  const lim: ObservationLimits = { ...DEFAULT_OBSERVATION_LIMITS, ...limits };
  const out: ThirdPartyObservation[] = [];
  const seen = new Set<string>();
  const add = (host: string | null, via: ResourceVia | null | undefined): boolean => {
    if (out.length >= lim.maxObservations) return false;
    if (host === null || !via) return true;
    const key = `${host}|${via}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ host: pageText(host, 253), via });
    }
    return true;
  };
  const base = get(doc, 'baseURI') || get(doc, 'URL') || undefined;
  for (const root of knownRoots ? [doc, ...knownRoots.filter((r) => r !== doc)] : rootsOf(doc, lim)) {
    for (const el of call(root, 'querySelectorAll', ELEMENT_SELECTOR)) {
      const address = call(el, 'getAttribute', get(el, 'localName') === 'link' ? 'href' : 'src');
      const via = elementVia(el);
      if (!address || !via) continue;
      if (!add(hostOfAddress(address, base), via)) return out;
    }
  }
  const n = Math.min(resources.length, lim.maxResources);
  for (let i = 0; i < n; i++) {
    const entry = resources[i];
    if (!entry || typeof entry.name !== 'string') continue;
    const via = INITIATOR_VIA[String(entry.initiatorType).toLowerCase()] ?? 'other';
    if (!add(hostOfAddress(entry.name, undefined), via)) return out;
  }
  return out;
}
