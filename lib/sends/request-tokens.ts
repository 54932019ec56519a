// What a request could be carrying: every candidate token in its address and body, normalised as the scanner
// normalised what was typed (normalise.ts), so that a keyed digest of each can be compared with the digests the
// scanner sent. Pure: the request's facts come in as plain data (the shape webRequest gives them).
//
// Two kinds of candidate: a whole value (a query parameter, a form field, a JSON string, a line of text), which
// is how a health answer travels; and every run of letters and digits joined only by separators (spaces, dots,
// dashes, slashes), 6–24 characters long, which is how an identifier travels inside any text. Bodies that are
// compressed, binary or too big are not guessed at: they come back `unreadable`.
import { MAX_IDENTIFIER_LENGTH, MIN_IDENTIFIER_LENGTH, isSeparator } from '../ids/compact';
import { MAX_ANSWER_LENGTH, normaliseSent } from './normalise';
import { shapeFrom, shapeOf, type Shape } from './shape';

/** The part of a webRequest request body we read (`formData` when the browser parsed it, else `raw` bytes). */
export interface RequestBody {
  formData?: Record<string, readonly string[]>;
  raw?: ReadonlyArray<{ bytes?: ArrayBuffer | Uint8Array; file?: string }>;
  error?: string;
}

export interface RequestFacts {
  url: string;
  body?: RequestBody | null;
}

export interface Candidates {
  tokens: Set<string>;
  /** The body (or part of it) could not be read as text: compressed, binary, a file, or over the limits. */
  unreadable: boolean;
}

/** Bodies larger than this are not read (counted unreadable): a replay script's megabytes are not parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** At most this many distinct candidates per request: each costs a digest. */
export const MAX_TOKENS = 50_000;

// Magic numbers of compressed data a page may send (gzip, zlib, zstd, bzip2).
function looksCompressed(b: Uint8Array): boolean {
  if (b.length < 2) return false;
  if (b[0] === 0x1f && b[1] === 0x8b) return true;
  if (b[0] === 0x78 && (b[1] === 0x01 || b[1] === 0x5e || b[1] === 0x9c || b[1] === 0xda)) return true;
  if (b.length >= 4 && b[0] === 0x28 && b[1] === 0xb5 && b[2] === 0x2f && b[3] === 0xfd) return true;
  return b.length >= 3 && b[0] === 0x42 && b[1] === 0x5a && b[2] === 0x68;
}

/** Control characters other than tab, newline and carriage return: a text body has (almost) none. */
function looksBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) control++;
  }
  return control > 0 && control * 100 > text.length;
}

const isWordChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

class Collector {
  readonly tokens = new Set<string>();
  full = false;

  /** `shapes`: only tokens of these shapes are kept (shape.ts); undefined keeps every token. */
  constructor(private readonly shapes: ReadonlySet<Shape> | undefined) {}

  add(token: string | null): void {
    if (token === null || this.full) return;
    if (this.shapes && !this.shapes.has(shapeOf(token))) return;
    if (this.tokens.size >= MAX_TOKENS) {
      this.full = true;
      return;
    }
    this.tokens.add(token);
  }

  /** A whole value (a field, a parameter, a JSON string), as a health answer or an identifier would arrive. */
  whole(value: string): void {
    if (value.length <= MAX_ANSWER_LENGTH * 2) this.add(normaliseSent(value));
  }

  /** Every run of words joined only by separators, 6–24 characters once compacted (an identifier, grouped or not). */
  runs(text: string): void {
    const words: Array<{ start: number; end: number; joined: boolean }> = [];
    let i = 0;
    let joined = false;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) {
        const start = i;
        while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
        words.push({ start, end: i, joined });
        joined = true;
      } else {
        // A gap of separators keeps the next word joined to this one; anything else breaks the run.
        if (!isSeparator(c)) joined = false;
        i++;
      }
    }
    for (let w = 0; w < words.length && !this.full; w++) {
      let token = '';
      let digits = 0;
      for (let v = w; v < words.length; v++) {
        if (v > w && !words[v]!.joined) break;
        const word = text.slice(words[v]!.start, words[v]!.end);
        if (token.length + word.length > MAX_IDENTIFIER_LENGTH) break;
        token += word;
        for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) <= 0x39) digits++;
        // The shape is known before the token is upper-cased: most runs stop here, at no cost.
        if (token.length < MIN_IDENTIFIER_LENGTH || digits < 2) continue;
        if (this.shapes && !this.shapes.has(shapeFrom(token.length, digits))) continue;
        this.add(token.toUpperCase());
      }
    }
  }

  text(value: string): void {
    this.whole(value);
    this.runs(value);
  }
}

function decodeComponent(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function fromUrl(url: string, into: Collector): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    into.runs(url);
    return;
  }
  for (const segment of parsed.pathname.split('/')) if (segment) into.text(decodeComponent(segment));
  for (const [key, value] of parsed.searchParams) {
    into.text(key);
    into.text(value);
  }
  if (parsed.hash) into.text(decodeComponent(parsed.hash.slice(1)));
}

function fromJson(value: unknown, into: Collector, depth = 0): void {
  if (depth > 64 || into.full) return;
  if (typeof value === 'string') into.text(value);
  else if (Array.isArray(value)) for (const v of value) fromJson(v, into, depth + 1);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.whole(k);
      fromJson(v, into, depth + 1);
    }
}

function fromText(text: string, into: Collector): void {
  // Runs over the whole text find an identifier wherever it sits (JSON, multipart, CSV, plain text).
  into.runs(text);
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      fromJson(JSON.parse(trimmed), into);
      return;
    } catch {
      /* not JSON after all: read as lines below */
    }
  }
  if (/^[^\s=&]*=/.test(trimmed)) {
    for (const pair of trimmed.split('&')) {
      const eq = pair.indexOf('=');
      into.text(decodeComponent(eq < 0 ? pair : pair.slice(eq + 1)));
    }
  }
  for (const line of text.split(/\r?\n/)) if (line) into.whole(line);
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Candidate tokens of a request, and whether part of it could not be read. With `shapes` (the shapes of the
 * values the scanner sent), only tokens of those shapes: the rest could not match.
 */
export function candidateTokens(request: RequestFacts, shapes?: ReadonlySet<Shape>): Candidates {
  const into = new Collector(shapes);
  let unreadable = false;
  fromUrl(request.url, into);
  const body = request.body;
  if (body?.formData) {
    for (const [key, values] of Object.entries(body.formData)) {
      into.whole(key);
      for (const v of values) if (typeof v === 'string') into.text(v);
    }
  }
  if (body?.raw) {
    const parts: Uint8Array[] = [];
    let total = 0;
    for (const part of body.raw) {
      if (!part.bytes) {
        unreadable = true; // a file or blob the browser did not give us
        continue;
      }
      const bytes = part.bytes instanceof Uint8Array ? part.bytes : new Uint8Array(part.bytes);
      total += bytes.length;
      parts.push(bytes);
    }
    if (total > MAX_BODY_BYTES) unreadable = true;
    else if (total > 0) {
      const bytes = concat(parts, total);
      let text: string | null = null;
      if (!looksCompressed(bytes)) {
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          text = null;
        }
      }
      if (text === null || looksBinary(text)) unreadable = true;
      else fromText(text, into);
    }
  }
  if (body?.error) unreadable = true;
  return { tokens: into.tokens, unreadable: unreadable || into.full };
}
