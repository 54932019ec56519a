// A Bloom filter over the keys of the typo index (lookalike-names.ts: each protected name and its one-deletion
// variants), asked about a host name's own one-deletion variants without building them. A name's variants are
// hashed from its prefix and suffix hashes (a polynomial hash drops a character as `prefix · B^k + suffix`), so a
// name of n letters costs n multiply-adds instead of n + 1 new strings and map probes. Only a variant the filter
// may hold is built and looked up in the index: the answer never changes, since a Bloom filter has no false
// negatives. The hash is spread by fmix32 before it picks filter bits.
import { fmix32 } from './hash-list-core.mjs';

const B = 0x01000193;

export class DeletionFilter {
  private readonly bits: Uint32Array;
  private readonly shift: number;
  private readonly mask: number;
  private readonly pow: Int32Array;
  // The prepared word's prefix hashes (prefix[i]: its first i characters) and suffix hashes (suffix[i]: from i on).
  private readonly prefix: Int32Array;
  private readonly suffix: Int32Array;
  private length = 0;

  /**
   * `keys`: about how many keys (words and variants) will be added; `maxLength`: the longest word `prepare` will be
   * given.
   */
  constructor(keys: number, maxLength: number) {
    // About 16 bits per key and two bits per key set: about 1 % of absent variants get through.
    let log = 10;
    while (log < 24 && 2 ** log < keys * 16) log++;
    this.bits = new Uint32Array(2 ** (log - 5));
    this.shift = 32 - log;
    this.mask = 2 ** log - 1;
    this.pow = new Int32Array(maxLength + 2);
    this.pow[0] = 1;
    for (let k = 1; k < this.pow.length; k++) this.pow[k] = Math.imul(this.pow[k - 1]!, B);
    this.prefix = new Int32Array(maxLength + 2);
    this.suffix = new Int32Array(maxLength + 2);
  }

  /** Adds a word of the index and its one-deletion variants. */
  addWithDeletions(word: string): void {
    this.prepare(word);
    for (let d = -1; d < word.length; d++) {
      const m = this.deletionHash(d);
      const a = m >>> this.shift;
      const b = m & this.mask;
      this.bits[a >>> 5]! |= 1 << (a & 31);
      this.bits[b >>> 5]! |= 1 << (b & 31);
    }
  }

  /** Hashes `word` (at most maxLength long) for the mayHold questions that follow. */
  prepare(word: string): void {
    const n = word.length;
    this.length = n;
    this.prefix[0] = 0;
    for (let i = 0; i < n; i++) this.prefix[i + 1] = (Math.imul(this.prefix[i]!, B) + word.charCodeAt(i)) | 0;
    this.suffix[n] = 0;
    for (let i = n - 1; i >= 0; i--)
      this.suffix[i] = (Math.imul(word.charCodeAt(i), this.pow[n - 1 - i]!) + this.suffix[i + 1]!) | 0;
  }

  /** Whether the index may hold the prepared word without its character `d` (d = -1: the word itself). */
  mayHold(d: number): boolean {
    const m = this.deletionHash(d);
    const a = m >>> this.shift;
    const b = m & this.mask;
    return (this.bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  /** The prepared word's hash without its character `d` (d = -1: the word itself): `prefix · B^k + suffix`. */
  private deletionHash(d: number): number {
    const n = this.length;
    return fmix32(
      d < 0 ? this.prefix[n]! : (Math.imul(this.prefix[d]!, this.pow[n - 1 - d]!) + this.suffix[d + 1]!) | 0,
    );
  }
}
