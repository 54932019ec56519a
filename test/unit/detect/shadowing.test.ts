// Controls named after DOM members (issue 15). Browsers let `<input name="action">` replace `form.action`;
// happy-dom does not, so the same effect is made here the way browsers make it: an own property on the form,
// named after the member, whose value is the control. The e2e twin (test/e2e/real-world-markup.e2e.ts) runs
// the same fixture in real Chromium and Firefox.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanRoot } from '../../../lib/detect/scan';
import { describeForm } from '../../../lib/detect/describe-form';
import { hasControls } from '../../../lib/page/has-controls';
import { SHADOWING_NAMES, shadowingPage } from '../../fixtures/markup/shadowing';

/** What a browser does for each control named after a form member: the control answers for the member. */
/**
 * happy-dom's own code (its style cascade and tree walks) calls these on the form, so shadowing them would break
 * the emulation itself rather than test ours; browsers' engines do not go through page-visible members, and
 * the e2e twin shadows them too.
 */
const EMULATION_NEEDS = new Set([
  'getAttribute',
  'getRootNode',
  'parentElement',
  'parentNode',
  'previousElementSibling',
  'previousSibling',
]);
const SIMULATED = SHADOWING_NAMES.filter((n) => !EMULATION_NEEDS.has(n));

function shadowForm(form: HTMLFormElement): void {
  const controls = SIMULATED.map((name) => form.querySelector(`[name="${name}"]`));
  SIMULATED.forEach((name, i) => Object.defineProperty(form, name, { value: controls[i], configurable: true }));
  shadowed = form;
}

let shadowed: HTMLFormElement | null = null;
afterEach(() => {
  // happy-dom's own code calls the form's members when it is taken out of the page.
  for (const name of SIMULATED) if (shadowed) delete (shadowed as unknown as Record<string, unknown>)[name];
  shadowed = null;
});

function load(action: string): HTMLFormElement {
  const html = shadowingPage(action);
  document.body.innerHTML = html.slice(html.indexOf('<h1>'), html.lastIndexOf('</body>'));
  const form = document.getElementById('f') as HTMLFormElement;
  shadowForm(form);
  return form;
}

describe('controls named after DOM members', () => {
  it('shadow the form as they do in browsers (the simulation is real)', () => {
    const form = load('https://pengumpul-lain.example/simpan');
    expect(form.action).not.toBe('https://pengumpul-lain.example/simpan');
    expect(() => form.hasAttribute('action')).toThrow();
    expect(form.localName).not.toBe('form');
  });

  it('do not stop the scan: the NIK field is found, in its form', () => {
    const form = load('https://pengumpul-lain.example/simpan');
    expect(hasControls(document)).toBe(true);
    const fields = scanRoot(document).fields;
    expect(fields.map((f) => [f.element.id, f.report.kind])).toEqual([['nik', 'national_id']]);
    expect(fields[0]!.form).toBe(form);
  });

  it('do not hide where the form sends', () => {
    const form = load('https://pengumpul-lain.example/simpan');
    expect(describeForm(form, 'https://simrs-contoh.example/pendaftaran', true)).toEqual({
      action: 'https://pengumpul-lain.example/simpan',
      method: 'post',
      sensitive: true,
    });
  });

  it('cover every member the extension reads through lib/dom/read', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const read = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name)) {
          const text = readFileSync(p, 'utf8');
          if (!text.includes('/dom/read')) continue;
          for (const m of text.matchAll(/(?<![.\w])(?:get|call)\(\s*[^'"]*?,\s*'([A-Za-z]+)'/g)) read.add(m[1]!);
        }
      }
    };
    for (const dir of ['lib', 'entrypoints']) walk(join(root, dir));
    expect(read.size).toBeGreaterThan(30);
    const missing = [...read].filter((n) => !(SHADOWING_NAMES as readonly string[]).includes(n)).sort();
    expect(missing).toEqual([]);
  });
});

describe('a control that cannot be read', () => {
  it('is left out, and the rest of the frame is still reported', () => {
    document.body.innerHTML =
      '<form><label for="a">Catatan</label><input id="a"><label for="nik">NIK</label><input id="nik"></form>';
    const unreadable = document.getElementById('a')!;
    const proto = Object.getPrototypeOf(unreadable) as object;
    // Reading it throws (as reads of a frame torn down mid-scan do in Firefox); walking past it still works.
    // (happy-dom's selector engine calls getAttribute itself, so that one stays readable here.)
    const bad = new Set(['hasAttribute', 'closest']);
    const hostile = new Proxy(proto, {
      get(t, name, r) {
        if (typeof name === 'string' && bad.has(name)) throw new Error('hostile');
        return Reflect.get(t, name, r) as unknown;
      },
      getOwnPropertyDescriptor(t, name) {
        if (typeof name === 'string' && bad.has(name)) throw new Error('hostile');
        return Reflect.getOwnPropertyDescriptor(t, name);
      },
    });
    Object.setPrototypeOf(unreadable, hostile);
    const fields = scanRoot(document).fields;
    expect(fields.map((f) => [f.element.id, f.report.kind])).toEqual([['nik', 'national_id']]);
  });
});
