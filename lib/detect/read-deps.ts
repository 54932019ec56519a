// What describing a control read from the page, reported as it is read, so a watcher knows which controls a DOM
// change can affect (dep-index.ts). During a one-off scan nobody listens and each report is a null check.
//
// Kinds of read:
//   sub      the node's whole subtree (its text, whether it holds a control)
//   before   up to MAX_SIBLINGS nodes / 8 elements before the node among its siblings, with their attributes
//   after    the same after the node
//   children all children of the node, with their attributes and direct text
//   first    the node's children from the first one up to `key` (the first table row)
//   id, for  the element with this id / the labels with this `for` in the root `node` (`key` is the value)
//   form     whether the form holds a site-search box
//   title    the document's title
//   layout   whether the node is rendered (its ancestors' attributes and styles)
// The control's own attributes, and its ancestors' (visibility, `closest`), need no report: a change there is
// caught by looking at the controls under the changed element.

export type ReadKind = 'sub' | 'before' | 'after' | 'children' | 'first' | 'id' | 'for' | 'form' | 'title' | 'layout';

export type ReadSink = (kind: ReadKind, node: Node, key?: string | Node) => void;

let sink: ReadSink | null = null;

/** Runs `fn` with every read reported to `to` (null: nobody listens). */
export function readsTo<T>(to: ReadSink | null, fn: () => T): T {
  const outer = sink;
  sink = to;
  try {
    return fn();
  } finally {
    sink = outer;
  }
}

export function read(kind: ReadKind, node: Node, key?: string | Node): void {
  if (sink !== null) sink(kind, node, key);
}

/** Whether anyone listens (so callers can skip work done only to report a read). */
export function reading(): boolean {
  return sink !== null;
}

/** How far sibling walks reach (infer-label.ts MAX_SIBLINGS nodes, context-text.ts MAX_BACK elements). */
export const SIBLING_REACH_NODES = 12;
export const SIBLING_REACH_ELEMENTS = 8;
