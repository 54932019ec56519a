// Page order of two nodes, read through the page-proof accessors (read.ts). One definition for every place that
// sorts or compares controls and labels by where they stand in the document.
import { call } from './read';

/** Node.DOCUMENT_POSITION_FOLLOWING (lib/ names no browser global). */
const FOLLOWING = 4;

/** `b` comes after `a` in the document (within one tree). */
export function follows(a: Node, b: Node): boolean {
  return ((call(a, 'compareDocumentPosition', b) as number) & FOLLOWING) !== 0;
}

/** A sort comparator for nodes of one tree: page order. */
export function byPageOrder(a: Node, b: Node): number {
  return a === b ? 0 : follows(a, b) ? -1 : 1;
}
