// Random pages for the DOM fuzz tests: a tree of specs (elements with hostile attributes, huge text, open shadow roots,
// srcdoc frames), how to build one into the test document, and random changes to apply to it afterwards.
import fc from 'fast-check';

// No '"' in ids: happy-dom's selector parser refuses `[id="x\\"y"]`, which browsers accept.
const IDS = ['nik', 'rm', 'a b', "q'r", '1st', '-2', 'dup', 'dup', '', 'ü', 'a\\b', 'f[0]', 'n.k', 'lbl'];
const WORDS = [
  'NIK',
  'No. KTP',
  'No. RM',
  'Nomor BPJS',
  'Golongan darah',
  'Alergi',
  'Diagnosis',
  'Tanggal lahir',
  'Obat yang dikonsumsi',
  'Riwayat penyakit',
  'Email',
  'Nama lengkap',
  'Cari',
  '',
  '   ',
  '*',
];
const TAGS = [
  'div',
  'span',
  'p',
  'form',
  'fieldset',
  'legend',
  'label',
  'input',
  'select',
  'textarea',
  'table',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'iframe',
  'button',
  'h2',
  'x-box',
  'section',
] as const;
const CLOSED = new Set(['input', 'textarea', 'select']);
export const SHADOW_HOSTS = new Set(['div', 'span', 'p', 'section', 'x-box', 'h2']);

export type Attr = [string, string];
export interface ElSpec {
  tag: (typeof TAGS)[number];
  attrs: Attr[];
  children: NodeSpec[];
  shadow: NodeSpec[] | null;
  srcdoc: string | null;
}
export type NodeSpec = { text: string } | ElSpec;

export const attr: fc.Arbitrary<Attr> = fc.oneof(
  fc.tuple(fc.constant('id'), fc.constantFrom(...IDS)),
  fc.tuple(fc.constant('for'), fc.constantFrom(...IDS)),
  fc.tuple(
    fc.constant('aria-labelledby'),
    fc.array(fc.constantFrom(...IDS), { maxLength: 3 }).map((a) => a.join(' ')),
  ),
  fc.tuple(fc.constant('name'), fc.constantFrom('nik', 'no_rm', 'email', 'q', 'gd', 'dob[day]', 'x'.repeat(300))),
  fc.tuple(
    fc.constant('type'),
    fc.constantFrom('text', 'hidden', 'radio', 'checkbox', 'date', 'file', 'number', 'submit', 'search', 'bogus'),
  ),
  fc.tuple(fc.constantFrom('placeholder', 'aria-label', 'title'), fc.constantFrom(...WORDS)),
  fc.tuple(fc.constantFrom('hidden', 'disabled', 'readonly', 'inert', 'open'), fc.constant('')),
  fc.tuple(fc.constant('style'), fc.constantFrom('display:none', 'visibility:hidden', 'display:block', '')),
  fc.tuple(fc.constant('contenteditable'), fc.constantFrom('', 'true', 'false', 'plaintext-only')),
  fc.tuple(fc.constant('autocomplete'), fc.constantFrom('bday', 'off', 'cc-number', 'email')),
  fc.tuple(fc.constant('maxlength'), fc.constantFrom('16', '13', '-1', 'x')),
  fc.tuple(fc.constant('pattern'), fc.constantFrom('\\d{16}', '[0-9]{13}', '(a+)+$')),
  fc.tuple(fc.constant('class'), fc.constantFrom('form-title', 'heading', 'x')),
);

const text: fc.Arbitrary<{ text: string }> = fc
  .oneof(
    { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom('No. Rekam Medis '.repeat(3000), 'a.'.repeat(20000), ' '.repeat(30000)) },
  )
  .map((t) => ({ text: t }));

/** Trees of nodes; `plain` ones hold no shadow root and no frame (one tree, in which page order is document order). */
function trees(plain: boolean) {
  return fc.letrec<{ node: NodeSpec; el: ElSpec }>((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('el')),
    el: fc.record({
      tag: plain ? fc.constantFrom(...TAGS.filter((t) => t !== 'iframe')) : fc.constantFrom(...TAGS),
      attrs: fc.array(attr, { maxLength: 4 }),
      children: fc.array(tie('node'), { maxLength: 4 }),
      shadow: plain ? fc.constant(null) : fc.option(fc.array(tie('node'), { maxLength: 3 }), { nil: null, freq: 6 }),
      srcdoc: fc.option(
        fc.constantFrom('<label for=k>No. KK</label><input id=k>', '<input id="a b" aria-label="NIK">'),
        {
          nil: null,
          freq: 3,
        },
      ),
    }),
  }));
}
export const tree = trees(false);
const plainTree = trees(true);
export const page = fc.array(tree.node, { minLength: 1, maxLength: 6 });
/** A page in one tree (what the watcher patches its control list on instead of walking the page again). */
export const plainPage = fc.array(plainTree.node, { minLength: 1, maxLength: 6 });

export function build(doc: Document, spec: NodeSpec): Node {
  if ('text' in spec) return doc.createTextNode(spec.text);
  const el = doc.createElement(spec.tag);
  for (const [name, value] of spec.attrs) el.setAttribute(name, value);
  if (spec.tag === 'select') {
    for (const o of ['A', 'B', 'AB', 'O']) el.appendChild(doc.createElement('option')).textContent = o;
  }
  if (spec.tag === 'iframe' && spec.srcdoc !== null) el.setAttribute('srcdoc', spec.srcdoc);
  // Parsed HTML never puts elements in an input or a textarea, nor anything but options in a select; the scanner does
  // not look inside them, and neither do these pages.
  if (!CLOSED.has(spec.tag)) for (const c of spec.children) el.appendChild(build(doc, c));
  if (spec.shadow && SHADOW_HOSTS.has(spec.tag)) {
    const root = el.attachShadow({ mode: 'open' });
    for (const c of spec.shadow) root.appendChild(build(doc, c));
  }
  return el;
}

export function render(nodes: NodeSpec[]): void {
  resetDocument();
  for (const n of nodes) document.body.appendChild(build(document, n));
  emulateFrameElement();
}

/** A clean page: no title, an empty body with no attributes (a change may have set some on it). */
export function resetDocument(): void {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
  for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
}

/**
 * happy-dom leaves `frameElement` null in srcdoc frames, where browsers give a same-origin frame its element; css-path
 * falls back to searching the parent's light DOM, which misses frames inside shadow roots. Set it as browsers do.
 */
export function emulateFrameElement(): void {
  for (const el of allElements()) {
    if (el.localName !== 'iframe') continue;
    const win = (el as HTMLIFrameElement).contentWindow;
    if (win && win.frameElement !== el) Object.defineProperty(win, 'frameElement', { value: el, configurable: true });
  }
}

/** Every element of the page, inside open shadow roots and same-origin frames too. */
export function allElements(root: Document | ShadowRoot = document, out: Element[] = [], depth = 0): Element[] {
  if (depth > 8) return out;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) allElements(el.shadowRoot, out, depth + 1);
    const doc = el.localName === 'iframe' ? (el as HTMLIFrameElement).contentDocument : null;
    if (doc?.documentElement) allElements(doc, out, depth + 1);
  }
  return out;
}

export type Mutation =
  | { op: 'remove'; at: number }
  | { op: 'insert'; at: number; spec: NodeSpec }
  | { op: 'attr'; at: number; attr: Attr }
  | { op: 'unattr'; at: number; name: string }
  | { op: 'text'; at: number; text: string }
  | { op: 'shadow'; at: number; spec: NodeSpec };

const edits = [
  fc.record({ op: fc.constant('attr' as const), at: fc.nat(), attr }),
  fc.record({
    op: fc.constant('unattr' as const),
    at: fc.nat(),
    name: fc.constantFrom('id', 'for', 'hidden', 'style'),
  }),
  fc.record({ op: fc.constant('text' as const), at: fc.nat(), text: fc.constantFrom(...WORDS) }),
];
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), spec: tree.node }),
  ...edits,
  fc.record({ op: fc.constant('shadow' as const), at: fc.nat(), spec: tree.node }),
);
/** Changes that keep a plain page plain, mostly subtrees coming and going. */
export const plainMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('remove' as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), spec: plainTree.node }) },
  ...edits.map((arbitrary) => ({ weight: 1, arbitrary })),
);

/**
 * happy-dom wraps some elements (<select>, <form>) in a Proxy for `select[0]`-style access, and its MutationObserver
 * records then name the unwrapped object, not the element the page holds: a watcher would see a second, phantom
 * control. Browsers name the element itself. Changes whose record would name such an element are not made here.
 */
const recordNamesElement = new Map<string, boolean>();
function observedAsItself(el: Element): boolean {
  let known = recordNamesElement.get(el.localName);
  if (known === undefined) {
    const probe = document.createElement(el.localName);
    const o = new MutationObserver(() => undefined);
    o.observe(probe, { attributes: true });
    probe.setAttribute('data-probe', '');
    known = o.takeRecords()[0]?.target === probe;
    o.disconnect();
    recordNamesElement.set(el.localName, known);
  }
  return known;
}

function recordTarget(el: Element, op: Mutation['op']): Element | null {
  return op === 'remove' ? el.parentElement : el;
}

export function apply(m: Mutation): void {
  const els = allElements().filter((e) => e.parentNode?.nodeType !== 9 && e.localName !== 'body' && !e.closest('head'));
  // An empty page can only grow; the body itself is never changed, so no change outlives its run.
  if (els.length === 0 && m.op !== 'insert' && m.op !== 'shadow') return;
  const el = els.length > 0 ? els[m.at % els.length]! : document.body;
  const target = recordTarget(el, m.op);
  if (target && !observedAsItself(target)) return;
  if ((m.op === 'insert' || m.op === 'shadow' || m.op === 'text') && CLOSED.has(el.localName)) return;
  if (el.parentElement?.closest('select')) return;
  const doc = el.ownerDocument;
  switch (m.op) {
    case 'remove':
      if (el !== document.body) el.remove();
      break;
    case 'insert':
      el.appendChild(build(doc, m.spec));
      break;
    case 'attr':
      el.setAttribute(m.attr[0], m.attr[1]);
      break;
    case 'unattr':
      el.removeAttribute(m.name);
      break;
    case 'text':
      el.textContent = m.text;
      break;
    case 'shadow': {
      // A host whose shadow root is filled before it is inserted, as custom elements do. (A shadow root attached
      // later to an element already in the page makes no mutation record: no watcher can see it.)
      const host = doc.createElement('x-box');
      host.attachShadow({ mode: 'open' }).appendChild(build(doc, m.spec));
      el.appendChild(host);
      break;
    }
  }
  emulateFrameElement();
}
