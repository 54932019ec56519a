// Sweep of saved real pages (docs/research/autofill-fixture-sweep.md): scans every .html file of the folders given
// (or of a file listing paths), scripts off and no network, and prints each flagged field and each rendered
// control whose words suggest a CONTRACTS §1 kind but was not flagged, for a person to judge. The pages stay
// outside the repository. npx tsx --tsconfig scripts/sweep/tsconfig.json scripts/sweep/sweep.ts <folder>…
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Window } from 'happy-dom';
import { scanRoot } from '../../lib/detect/scan';
import { isFillable, isRendered } from '../../lib/detect/visibility';

/** Words that suggest a kind a sign-up, sign-in or checkout page may really ask for (not exhaustive: a prompt). */
const SUGGESTS: ReadonlyArray<[string, RegExp]> = [
  ['date of birth', /birth|bday|\bdob\b|geburt|nacimiento|nascita|naissance|doğum|рожд|nascimento|tanggal lahir/i],
  ['ssn', /\bssn\b|social.?security|\bsin\b/i],
  ['tax id', /tax.?(payer.?)?id|\btin\b|\bcpf\b|\bnpwp\b|codice.?fiscale/i],
  ['passport', /passport|pasaporte|reisepass|paspor/i],
  ['licence', /driver.?s?.?licen|führerschein/i],
  ['national id', /national.?id|id.?card|\bnik\b|\bktp\b|\bdni\b|\bnric\b/i],
  ['insurance', /insurance|member.?(id|no|num)|policy.?(no|num)/i],
];

const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/** The words around a control, for the prompt only (the detector reads the page its own way). */
function wordsOf(el: Element): string {
  const parts: string[] = [];
  const id = el.getAttribute('id');
  if (id)
    for (const l of Array.from(el.ownerDocument.querySelectorAll('label')))
      if (l.htmlFor === id) parts.push(l.textContent ?? '');
  parts.push(el.closest('label')?.textContent ?? '');
  for (const a of ['aria-label', 'placeholder', 'name', 'id', 'autocomplete', 'title'])
    parts.push(el.getAttribute(a) ?? '');
  return parts.join(' | ').replace(/\s+/g, ' ').slice(0, 200);
}

async function sweep(path: string): Promise<string[]> {
  const window = new Window({
    url: `https://sweep.test/${basename(path)}`,
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableMainFrameNavigation: true,
      },
    },
  });
  try {
    window.document.write(readFileSync(path, 'utf8'));
    await window.happyDOM.waitUntilComplete();
    const doc = window.document as unknown as Document;
    const { fields } = scanRoot(doc);
    const lines = fields.map(
      (f) => `  FLAG ${f.report.kind} | ${f.report.label} | id=${f.report.id} name=${f.report.name}`,
    );
    const flagged = new Set(fields.flatMap((f) => [f.element]));
    const births = new Set(
      fields.filter((f) => f.report.kind === 'date_of_birth').map((f) => f.element.closest('form')),
    );
    for (const el of Array.from(doc.querySelectorAll('input, select, textarea'))) {
      if (NOT_FIELDS.has((el.getAttribute('type') ?? '').toLowerCase()) || !isRendered(el) || !isFillable(el)) continue;
      const words = wordsOf(el);
      const hit = SUGGESTS.find(([, re]) => re.test(words));
      // A split date is reported at its first part: the other parts count as found when their form has one.
      if (!hit || flagged.has(el) || (hit[0] === 'date of birth' && births.has(el.closest('form')))) continue;
      lines.push(`  UNFLAGGED? ${hit[0]} | ${el.localName} ${el.getAttribute('type') ?? ''} | ${words}`);
    }
    return lines;
  } finally {
    await window.happyDOM.close();
  }
}

function pagesOf(arg: string): string[] {
  if (statSync(arg).isFile())
    return readFileSync(arg, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
  return readdirSync(arg)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((f) => join(arg, f));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length === 0) throw new Error('usage: sweep.ts <folder of saved pages | file listing pages>…');
  let pages = 0;
  let badged = 0;
  for (const path of args.flatMap(pagesOf)) {
    pages++;
    const lines = await sweep(path);
    if (lines.some((l) => l.startsWith('  FLAG'))) badged++;
    if (lines.length > 0) console.log(`== ${path}\n${lines.join('\n')}`);
  }
  console.log(`${pages} pages, ${badged} with a badge`);
}

void main();
