// Which <label> elements are bound to a control. Browsers offer `control.labels`, but some DOM implementations
// compute it by walking the whole document for every control; during a scan one pass over each root's labels
// builds an index instead, so binding labels costs O(labels + controls) for the whole page.
import { attrSelector, safeQuery } from './css-escape';
import { read } from './read-deps';
import { call, get } from '../dom/read';
import { byPageOrder } from '../dom/order';

interface Index {
  byFor: Map<string, Element[]>;
  /**
   * `for` values whose labels may have changed since the index was built, with the labels that took the value
   * since (added, moved, renamed): the entry is worked out again from those and its old labels when asked for.
   */
  stale: Map<string, Set<Element>>;
}
interface Indexes {
  get(root: Node): Index | undefined;
  set(root: Node, index: Index): unknown;
}
let active: Indexes | null = null;

/**
 * Label indexes a watcher keeps from one scan to the next (scan-state.ts): after a batch, only the `for` values
 * whose labels the batch may have changed are worked out again, from the labels it names.
 */
export class KeptLabelIndexes {
  readonly roots = new Map<Node, Index>();

  /**
   * A batch's labels: `keys`, the `for` values of labels that came, went or were renamed (old and new values);
   * `labels`, the labels that came or were renamed. A label that now has a value is in the page under it only if
   * it was there before (the entry holds it) or it came or was renamed since (it is named here).
   */
  touch(keys: Iterable<string>, labels: Iterable<Element>): void {
    if (this.roots.size === 0) return;
    const took = new Map<string, Element[]>();
    for (const label of labels) {
      const key = call(label, 'getAttribute', 'for');
      if (key === null) continue;
      const list = took.get(key);
      if (list) list.push(label);
      else took.set(key, [label]);
    }
    for (const key of keys) {
      for (const index of this.roots.values()) {
        let since = index.stale.get(key);
        if (!since) index.stale.set(key, (since = new Set()));
        for (const label of took.get(key) ?? []) since.add(label);
      }
    }
  }

  /** Lets go of the indexes of roots no longer scanned (a shadow root whose host left, a frame's old document). */
  keepOnly(roots: readonly Node[]): void {
    for (const root of this.roots.keys()) if (!roots.includes(root)) this.roots.delete(root);
  }

  clear(): void {
    this.roots.clear();
  }
}
let titles: WeakMap<Document, string> | null = null;
let forms: WeakMap<Element, boolean> | null = null;

/** Runs `fn` with a shared label index (one per root, built on first use, or kept from an earlier scan). */
export function withLabelIndex<T>(fn: () => T, kept?: KeptLabelIndexes): T {
  const outer = active;
  const outerTitles = titles;
  const outerForms = forms;
  active = kept?.roots ?? active ?? new WeakMap();
  titles ??= new WeakMap();
  forms ??= new WeakMap();
  try {
    return fn();
  } finally {
    active = outer;
    titles = outerTitles;
    forms = outerForms;
  }
}

/**
 * A question about a whole form (does it hold a search box?), answered once per form during a scan: asking it
 * for each of a form's N controls would walk the form N times (50,000 controls made that minutes).
 */
export function perFormDuringScan(form: Element, compute: (form: Element) => boolean): boolean {
  if (!forms) return compute(form);
  let answer = forms.get(form);
  if (answer === undefined) forms.set(form, (answer = compute(form)));
  return answer;
}

/** document.title, read once per document during a scan (some DOMs search the tree on every read). */
export function pageTitleOf(doc: Document | null): string {
  if (!doc) return '';
  read('title', doc);
  if (!titles) return get(doc, 'title') ?? '';
  let t = titles.get(doc);
  if (t === undefined) titles.set(doc, (t = get(doc, 'title') ?? ''));
  return t;
}

function buildIndex(root: Document | ShadowRoot): Index {
  const index = new Map<string, Element[]>();
  const list = call(root, 'querySelectorAll', 'label[for]');
  for (let i = 0; i < list.length; i++) {
    const label = list[i]!;
    const key = call(label, 'getAttribute', 'for')!;
    const bucket = index.get(key);
    if (bucket) bucket.push(label);
    else index.set(key, [label]);
  }
  return { byFor: index, stale: new Map() };
}

/** The labels of a stale entry as they are now: those held and those that took the value since, in page order. */
function refresh(root: Node, index: Index, key: string, since: ReadonlySet<Element>): void {
  const now = [...new Set([...(index.byFor.get(key) ?? []), ...since])].filter(
    (l) => get(l, 'isConnected') && call(l, 'getRootNode') === root && call(l, 'getAttribute', 'for') === key,
  );
  now.sort(byPageOrder);
  index.stale.delete(key);
  if (now.length > 0) index.byFor.set(key, now);
  else index.byFor.delete(key);
}

/** Labels whose `for` names `key` in the control's tree. */
export function labelsWithFor(root: Document | ShadowRoot, key: string): Element[] {
  read('for', root, key);
  if (active) {
    let index = active.get(root);
    if (!index) active.set(root, (index = buildIndex(root)));
    const since = index.stale.get(key);
    if (since) refresh(root, index, key, since);
    return index.byFor.get(key) ?? [];
  }
  if (key.length > 500) return [];
  try {
    return Array.from(call(root, 'querySelectorAll', attrSelector('for', key, 'label')));
  } catch {
    return []; // a value this DOM's selector engine refuses
  }
}

/** The labels bound to a control: `<label for=its id>` and a wrapping `<label>` without a `for`. */
export function boundLabelsOf(el: Element): Element[] {
  const root = call(el, 'getRootNode') as Document | ShadowRoot;
  const out: Element[] = [];
  const id = call(el, 'getAttribute', 'id');
  if (id && typeof get(root, 'querySelectorAll') === 'function') {
    for (const label of labelsWithFor(root, id)) if (elementById(root, id) === el) out.push(label);
  }
  const parent = get(el, 'parentElement');
  const wrap = parent ? (call(parent, 'closest', 'label') as HTMLLabelElement | null) : null;
  if (wrap && !call(wrap, 'hasAttribute', 'for') && !out.includes(wrap)) out.push(wrap);
  return out;
}

/** The first element with this id in the tree (what `for` and `aria-labelledby` name). */
export function elementById(root: Document | ShadowRoot, id: string): Element | null {
  read('id', root, id);
  if (typeof get(root as Document, 'getElementById') === 'function')
    return call(root as Document, 'getElementById', id);
  if (id.length > 500) return null;
  return safeQuery(root, attrSelector('id', id));
}
