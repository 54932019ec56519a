// A small trie over a-z, 0-9 and "-" in flat typed arrays: walking it from a position in a label finds every word
// that starts there without slicing strings, which keeps lure-word matching allocation-free.

const SYMBOLS = 37;

/** Each ASCII code's symbol (a-z 0-25, 0-9 26-35, "-" 36), or -1. */
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c++) SYMBOL[c] = c - 97;
for (let c = 48; c <= 57; c++) SYMBOL[c] = c - 22;
SYMBOL[45] = 36;

function symbol(code: number): number {
  return code < 128 ? SYMBOL[code]! : -1;
}

export class CharTrie {
  private next: Int32Array;
  /** Per node: 0 = no word ends here, otherwise the value given when the word was added. */
  private values: Int32Array;
  private nodes = 1;

  /**
   * `letters`: how many letters the words to be added have in all (a trie has at most one node more), so the tables
   * are made once at their size rather than grown by copying.
   */
  constructor(letters = 63) {
    this.next = new Int32Array(SYMBOLS * (letters + 1)).fill(-1);
    this.values = new Int32Array(letters + 1);
  }

  /** Adds `word` (read backwards when `reverse`) with a non-zero value; a later add of the same word keeps the first. */
  add(word: string, value: number, reverse = false): void {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const s = symbol(word.charCodeAt(reverse ? word.length - 1 - k : k));
      if (s < 0) return;
      let child = this.next[node * SYMBOLS + s]!;
      if (child < 0) {
        child = this.nodes++;
        this.grow();
        this.next[node * SYMBOLS + s] = child;
      }
      node = child;
    }
    if (this.values[node] === 0) this.values[node] = value;
  }

  /**
   * Finds the words that start at `from` in `text` (end at `from` when `reverse`): writes where each ends (starts,
   * when reversed) into `ends` and its value into `values`, and returns how many.
   */
  walk(text: string, from: number, reverse: boolean, ends: Int32Array, values: Int32Array): number {
    let node = 0;
    let count = 0;
    for (let i = from; reverse ? i > 0 : i < text.length; reverse ? i-- : i++) {
      const s = symbol(text.charCodeAt(reverse ? i - 1 : i));
      if (s < 0) break;
      node = this.next[node * SYMBOLS + s]!;
      if (node < 0) break;
      const v = this.values[node]!;
      if (v !== 0 && count < ends.length) {
        ends[count] = reverse ? i - 1 : i + 1;
        values[count++] = v;
      }
    }
    return count;
  }

  /** Does any word start at some position of `text`? A cheap test before matching in earnest. */
  occursIn(text: string): boolean {
    const { next, values } = this;
    for (let from = 0; from < text.length; from++) {
      let node = 0;
      for (let i = from; i < text.length; i++) {
        const s = symbol(text.charCodeAt(i));
        if (s < 0) break;
        node = next[node * SYMBOLS + s]!;
        if (node < 0) break;
        if (values[node] !== 0) return true;
      }
    }
    return false;
  }

  private grow(): void {
    if (this.nodes <= this.values.length) return;
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.values = values;
    const next = new Int32Array(this.next.length * 2).fill(-1);
    next.set(this.next);
    this.next = next;
  }
}
