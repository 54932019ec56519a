// What each control's description read (read-deps.ts), inverted: from a DOM change to the controls whose
// description it may have changed. A watcher re-describes those and reuses every other description, so after a
// batch of mutations it holds exactly what a fresh scan would find, at the cost of what changed.
import { collectControls, type FramePolicy } from './collect-controls';
import { holdsSearchBox } from './describe-field';
import { isTitleClass } from './context-text';
import type { ScanLimits } from './limits';
import { SIBLING_REACH_ELEMENTS, SIBLING_REACH_NODES, type ReadKind, type ReadSink } from './read-deps';
import { call, get } from '../dom/read';
import { follows } from '../dom/order';

type Bucket<K> = Map<K, Set<Element>>;
type Entry = [Bucket<unknown>, unknown];

/** Attributes whose change matters to nobody reading a neighbour's text (only to layout, handled separately). */
const LAYOUT_ONLY = new Set(['style', 'class']);
/** Attributes that, on a control or above it, change only whether it can be filled, never how it is described. */
const FILLABILITY = new Set(['style', 'class', 'hidden', 'inert', 'disabled', 'readonly', 'open']);

export interface Affected {
  /** Controls whose description may have changed. */
  controls: Set<Element>;
  /** Controls whose visibility or fillability may have changed (their description did not). */
  fillability: Set<Element>;
  /** Controls may have appeared or left, or a frame been shown or hidden: the control list changes. */
  structural: boolean;
  /**
   * The control list cannot be patched from `arrived` and `departed` (a frame or shadow root came or went, an
   * attribute changed what is a control, style sheets changed): it is walked again.
   */
  rewalk: boolean;
  /** Controls in the subtrees added, and in those removed (a moved control is in both). */
  arrived: Set<Element>;
  departed: Set<Element>;
  /** Elements in the subtrees added (what the walk's node budget counts). */
  addedNodes: number;
  /** `for` values of labels that came, went or were renamed (their label index entries are stale). */
  forKeys: Set<string>;
  /** Labels that came or whose `for` changed. */
  labels: Set<Element>;
  /** Style sheets changed: every control's visibility must be read again. */
  layout: boolean;
  /** Elements came or went, or an id changed: the CSS paths of fields may have changed. */
  paths: boolean;
  /** The ids of the elements that came or went, and the old and new values of changed ids. */
  ids: Set<string>;
}

export class DepIndex {
  private readonly sub: Bucket<Node> = new Map();
  private readonly before: Bucket<Node> = new Map();
  private readonly after: Bucket<Node> = new Map();
  private readonly children: Bucket<Node> = new Map();
  private readonly layoutOf: Bucket<Node> = new Map();
  private readonly forms: Bucket<Element> = new Map();
  private readonly titles: Bucket<Document> = new Map();
  private readonly first = new Map<Node, Bucket<Node>>();
  private readonly ids = new Map<Node, Bucket<string>>();
  private readonly fors = new Map<Node, Bucket<string>>();
  private readonly formAnswer = new Map<Element, boolean>();
  private readonly titleText = new Map<Document, string>();
  private readonly owners = new Map<Element, Entry[]>();

  constructor(
    private readonly limits: ScanLimits,
    private readonly frames: FramePolicy,
  ) {}

  /** Where the reads made while describing `owner` go. */
  sinkFor(owner: Element): ReadSink {
    return (kind: ReadKind, node: Node, key?: string | Node) => this.note(owner, kind, node, key);
  }

  /** Drops what `owner` read (it is described again, or left the page). */
  forget(owner: Element): void {
    const list = this.owners.get(owner);
    if (!list) return;
    for (const [bucket, key] of list) {
      const set = bucket.get(key);
      if (!set) continue;
      set.delete(owner);
      if (set.size === 0) bucket.delete(key);
    }
    this.owners.delete(owner);
  }

  clear(): void {
    for (const owner of [...this.owners.keys()]) this.forget(owner);
  }

  private note(owner: Element, kind: ReadKind, node: Node, key?: string | Node): void {
    switch (kind) {
      case 'sub':
        return this.add(this.sub, node, owner);
      case 'before':
        return this.add(this.before, node, owner);
      case 'after':
        return this.add(this.after, node, owner);
      case 'children':
        return this.add(this.children, node, owner);
      case 'layout':
        return this.add(this.layoutOf, node, owner);
      case 'first':
        return this.add(inner(this.first, node), key as Node, owner);
      case 'id':
        return this.add(inner(this.ids, node), key as string, owner);
      case 'for':
        return this.add(inner(this.fors, node), key as string, owner);
      case 'form': {
        const form = node as Element;
        if (!this.formAnswer.has(form)) this.formAnswer.set(form, holdsSearchBox(form));
        return this.add(this.forms, form, owner);
      }
      case 'title': {
        const doc = node as Document;
        if (!this.titleText.has(doc)) this.titleText.set(doc, get(doc, 'title') ?? '');
        return this.add(this.titles, doc, owner);
      }
    }
  }

  private add<K>(bucket: Bucket<K>, key: K, owner: Element): void {
    let set = bucket.get(key);
    if (!set) bucket.set(key, (set = new Set()));
    if (set.has(owner)) return;
    set.add(owner);
    let list = this.owners.get(owner);
    if (!list) this.owners.set(owner, (list = []));
    list.push([bucket as Bucket<unknown>, key]);
  }

  /** The controls a batch of mutation records may have changed. */
  affected(records: readonly MutationRecord[]): Affected {
    const out: Affected = {
      controls: new Set(),
      fillability: new Set(),
      structural: false,
      rewalk: false,
      arrived: new Set(),
      departed: new Set(),
      addedNodes: 0,
      forKeys: new Set(),
      labels: new Set(),
      layout: false,
      paths: false,
      ids: new Set(),
    };
    const forms = new Set<Element>();
    const docs = new Set<Document>();
    for (const r of records) {
      const target = r.target;
      const el = get(target, 'nodeType') === 1 ? (target as Element) : get(target, 'parentElement');
      if (el) {
        const form = call(el, 'closest', 'form');
        if (form) forms.add(form);
        const select = call(el, 'closest', 'select');
        if (select) out.controls.add(select); // its options
        if (call(el, 'closest', 'style')) out.layout = true;
      }
      docs.add(get(target, 'nodeType') === 9 ? (target as Document) : get(target, 'ownerDocument')!);
      if (r.type === 'childList') this.childList(r, out);
      else if (r.type === 'attributes') this.attribute(r, out);
      else this.textChanged(target, out);
    }
    if (out.layout) out.structural = out.rewalk = true;
    for (const form of forms) this.recheckForm(form, out.controls);
    for (const doc of docs) this.recheckTitle(doc, out.controls);
    return out;
  }

  private childList(r: MutationRecord, out: Affected): void {
    const parent = r.target;
    this.climb(parent, out.controls);
    let prev = r.previousSibling;
    let next = r.nextSibling;
    if (prev === null && next === null && get(parent, 'firstChild') !== null) {
      // Either the parent had no other children, or the DOM left the position out (happy-dom does): find it from
      // the added nodes, or treat every child as next to the change.
      const added = Array.from(r.addedNodes).filter((n) => get(n, 'parentNode') === parent);
      if (added.length > 0 && r.removedNodes.length === 0) {
        prev = get(added[0]!, 'previousSibling');
        next = get(added[added.length - 1]!, 'nextSibling');
      } else this.everyChild(parent, out.controls);
    }
    this.around(parent, prev, next, out.controls);
    const root = call(parent, 'getRootNode');
    out.paths = true;
    for (const n of Array.from(r.addedNodes)) this.moved(n, root, out, true);
    for (const n of Array.from(r.removedNodes)) this.moved(n, root, out, false);
  }

  private attribute(r: MutationRecord, out: Affected): void {
    const t = r.target as Element;
    const name = r.attributeName ?? '';
    const c = collectControls(t, this.limits, this.frames);
    const into = FILLABILITY.has(name) ? out.fillability : out.controls;
    for (const control of c.controls) into.add(control);
    // Which controls exist does not depend on visibility, except inside a frame shown or hidden.
    if (c.frames.length > 0 || name === 'type' || name === 'contenteditable' || name === 'src' || name === 'srcdoc')
      out.structural = out.rewalk = true;
    const now = call(t, 'getAttribute', name);
    const readable = !LAYOUT_ONLY.has(name) || (name === 'class' && isTitleClass(r.oldValue) !== isTitleClass(now));
    if (readable) {
      this.climb(t, out.controls);
      this.siblings(t, out.controls);
    }
    const root = call(t, 'getRootNode');
    if (name === 'id') {
      out.paths = true;
      if (r.oldValue !== null) out.ids.add(r.oldValue);
      if (now !== null) out.ids.add(now);
      this.keyed(this.ids, root, r.oldValue, out.controls);
      this.keyed(this.ids, root, now, out.controls);
    } else if (name === 'for') {
      if (r.oldValue !== null) out.forKeys.add(r.oldValue);
      if (now !== null) out.forKeys.add(now);
      if (get(t, 'localName') === 'label') out.labels.add(t);
      this.keyed(this.fors, root, r.oldValue, out.controls);
      this.keyed(this.fors, root, now, out.controls);
    }
    for (const [node, owners] of this.layoutOf) if (call(t, 'contains', node)) addAll(owners, out.controls);
  }

  private textChanged(node: Node, out: Affected): void {
    this.climb(node, out.controls);
    this.siblings(node, out.controls);
  }

  /** A node added or removed: the ids and `for` values it brings or takes, the controls it holds. */
  private moved(n: Node, root: Node, out: Affected, added: boolean): void {
    if (get(n, 'nodeType') !== 1) return;
    const el = n as Element;
    const tag = get(el, 'localName');
    if (tag === 'style' || tag === 'link' || call(el, 'querySelector', 'style,link')) out.layout = true;
    const c = collectControls(el, this.limits, this.frames);
    // New shadow roots and frames are watched from the next run on, even when they hold nothing yet.
    if (c.controls.length > 0 || c.frames.length > 0 || c.roots.length > 0) out.structural = true;
    if (c.frames.length > 0 || c.roots.length > 0 || c.truncated) out.rewalk = true;
    if (added) {
      out.addedNodes += c.nodes;
      for (const control of c.controls) {
        out.controls.add(control); // new, or moved with a new context
        out.arrived.add(control);
      }
    } else for (const control of c.controls) out.departed.add(control);
    this.keysOf(el, root, out);
    const list = call(el, 'querySelectorAll', '[id],label[for]');
    for (let i = 0; i < list.length; i++) this.keysOf(list[i]!, root, out);
  }

  private keysOf(el: Element, root: Node, out: Affected): void {
    const id = call(el, 'getAttribute', 'id');
    if (id !== null) out.ids.add(id);
    this.keyed(this.ids, root, id, out.controls);
    if (get(el, 'localName') !== 'label') return;
    const key = call(el, 'getAttribute', 'for');
    if (key !== null) {
      out.forKeys.add(key);
      out.labels.add(el);
    }
    this.keyed(this.fors, root, key, out.controls);
  }

  private keyed(map: Map<Node, Bucket<string>>, root: Node, key: string | null, into: Set<Element>): void {
    if (key === null) return;
    const owners = map.get(root)?.get(key);
    if (owners) addAll(owners, into);
  }

  /** Readers of the subtree of `node` or of any of its ancestors (in its own tree). */
  private climb(node: Node, into: Set<Element>): void {
    for (let cur: Node | null = node; cur; cur = get(cur, 'parentNode')) {
      const owners = this.sub.get(cur);
      if (owners) addAll(owners, into);
      if (get(cur, 'nodeType') === 9 || get(cur, 'nodeType') === 11) break;
    }
  }

  /** `node` itself changed (an attribute, its text): readers of its parent's children and of its neighbours. */
  private siblings(node: Node, into: Set<Element>): void {
    const parent = get(node, 'parentNode');
    if (!parent) return;
    const owners = this.children.get(parent);
    if (owners) addAll(owners, into);
    this.walk(get(node, 'nextSibling'), 'next', this.before, into);
    this.walk(get(node, 'previousSibling'), 'previous', this.after, into);
  }

  /** Children of `parent` were added or removed between `prev` and `next`. */
  private around(parent: Node, prev: Node | null, next: Node | null, into: Set<Element>): void {
    const owners = this.children.get(parent);
    if (owners) addAll(owners, into);
    const lost = (n: Node | null) => n !== null && get(n, 'parentNode') !== parent; // moved again later in the batch
    if (lost(prev) || lost(next)) this.everyChild(parent, into);
    else {
      this.walk(next, 'next', this.before, into);
      this.walk(prev, 'previous', this.after, into);
    }
    const rows = this.first.get(parent);
    if (!rows) return;
    for (const [row, readers] of rows) {
      const earlier =
        get(row, 'parentNode') !== parent ||
        lost(prev) ||
        lost(next) ||
        (next !== null && (next === row || follows(next, row)));
      if (earlier) addAll(readers, into);
    }
  }

  private everyChild(parent: Node, into: Set<Element>): void {
    for (let c = get(parent, 'firstChild'); c; c = get(c, 'nextSibling')) {
      addAll(this.before.get(c), into);
      addAll(this.after.get(c), into);
    }
  }

  /** Readers whose sibling walk reaches `start` (walking from `start` on, as far as such a walk reaches). */
  private walk(start: Node | null, dir: 'next' | 'previous', bucket: Bucket<Node>, into: Set<Element>): void {
    let nodes = 0;
    let elements = 0;
    for (let n = start; n; n = dir === 'next' ? get(n, 'nextSibling') : get(n, 'previousSibling')) {
      nodes++;
      if (get(n, 'nodeType') === 1) elements++;
      if (nodes > SIBLING_REACH_NODES && elements > SIBLING_REACH_ELEMENTS) break;
      addAll(bucket.get(n), into);
    }
  }

  private recheckForm(form: Element, into: Set<Element>): void {
    const owners = this.forms.get(form);
    if (!owners) {
      this.formAnswer.delete(form);
      return;
    }
    const now = holdsSearchBox(form);
    if (now === this.formAnswer.get(form)) return;
    this.formAnswer.set(form, now);
    addAll(owners, into);
  }

  private recheckTitle(doc: Document, into: Set<Element>): void {
    const owners = this.titles.get(doc);
    if (!owners) {
      this.titleText.delete(doc);
      return;
    }
    const now = get(doc, 'title') ?? '';
    if (now === this.titleText.get(doc)) return;
    this.titleText.set(doc, now);
    addAll(owners, into);
  }
}

function inner<K>(map: Map<Node, Bucket<K>>, node: Node): Bucket<K> {
  let b = map.get(node);
  if (!b) map.set(node, (b = new Map()));
  return b;
}

function addAll(from: Set<Element> | undefined, into: Set<Element>): void {
  if (from) for (const e of from) into.add(e);
}
