// After a batch of changes settles, a watcher holds exactly what a fresh scan of the document finds: labels filled
// in or removed anywhere, headings, table headers, titles, places a scan does not enter, hostile `for` values.
// Also the css-path fixes (frames inside shadow roots, invalid paths).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cssPath, resolvePath } from '../../../lib/detect/css-path';
import { cssEscape } from '../../../lib/detect/css-escape';
import { scanRoot, type DetectedField } from '../../../lib/detect/scan';
import { watchFields } from '../../../lib/detect/watch';

const kinds = (fields: readonly DetectedField[]) =>
  fields.map((f) => `${f.element.id || f.element.getAttribute('name') || f.element.localName}:${f.report.kind}`).sort();
const reports = (fields: readonly DetectedField[]) =>
  fields.map((f) => `${f.report.path} ${f.report.kind} ${f.report.label}`).sort();

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  document.head.querySelectorAll('input').forEach((e) => e.remove());
  document.title = '';
  document.body.innerHTML = '';
});

/** Renders `html`, watches, applies `change`, and returns what the watcher and a fresh scan say. */
async function after(html: string, change: () => void, title = '') {
  document.title = title;
  document.body.innerHTML = html;
  const w = watchFields(document, () => undefined, { debounceMs: 5 });
  stop = () => w.stop();
  const before = kinds(w.current());
  change();
  w.flush();
  const fresh = scanRoot(document).fields;
  expect(reports(w.current())).toEqual(reports(fresh));
  return { before, watched: kinds(w.current()), fresh: kinds(fresh) };
}

describe('watchFields equals a fresh scan after changes', () => {
  it('follows a label filled in later right under the form', async () => {
    const r = await after('<form><span id="l"></span><input id="x"></form>', () => {
      document.getElementById('l')!.textContent = 'NIK';
    });
    expect(r.before).toEqual([]);
    expect(r.watched).toEqual(['x:national_id']);
  });

  it('drops the kind of a removed `<label for>` that sat right under the form', async () => {
    const r = await after('<form><label for="k">No. KK</label><input id="k"></form>', () => {
      document.querySelector('label')!.remove();
    });
    expect(r.before).toEqual(['k:family_card']);
    expect(r.watched).toEqual([]);
  });

  // The watcher keeps its label index from batch to batch (label-index.ts KeptLabelIndexes): a label that comes
  // before another one for the same control is put before it.
  it('reads two `<label for>` of one control in page order when the second comes before the first', async () => {
    const r = await after('<p id="p"></p><form><label for="x">Nomor Induk</label><input id="x"></form>', () => {
      document.getElementById('p')!.innerHTML = '<label for="x">Kependudukan</label>';
    });
    expect(r.watched).toEqual(r.fresh);
  });

  it('follows a label whose `for` is changed to point at the control, and a duplicate id added before it', async () => {
    const r = await after('<label for="a">No. RM</label><div id="d"></div><input id="b">', () => {
      document.querySelector('label')!.setAttribute('for', 'b');
    });
    expect(r.watched).toEqual(['b:medical_record_number']);
    const r2 = await after('<div id="d"></div><label for="b">No. RM</label><input id="b">', () => {
      document.getElementById('d')!.innerHTML = '<span id="b"></span>';
    });
    expect(r2.before).toEqual(['b:medical_record_number']);
  });

  // The watcher keeps a path that is the control's own id (`#n`) across a batch unless an element with that id came,
  // went or was renamed: then the first element with that id may be another one, and the path is worked out again.
  // Which one is first differs by DOM (a browser: tree order; happy-dom: the order ids were set), so each change
  // below moves the path in one of them, and every one must leave the watcher with what a fresh scan says.
  it('works out an own-id path again when an element with that id comes, goes or is renamed', async () => {
    const form = '<form><input id="n" aria-label="NIK"><input id="m" aria-label="No. KK"></form>';
    const path = (id: string) => scanRoot(document).fields.find((f) => f.element.id === id)?.report.path;
    const moved: string[] = [];
    for (const change of [
      () => document.body.insertAdjacentHTML('afterbegin', '<div><span id="n"></span></div>'),
      () => document.getElementById('x')!.setAttribute('id', 'n'),
      () => {
        const input = document.querySelector('input')!;
        input.id = 'q';
        input.id = 'n';
      },
    ]) {
      await after(`<div id="x"></div>${form}<span id="n"></span>`, change);
      if (path('n') !== '#n') moved.push(path('n')!);
      expect(path('m')).toBe('#m');
    }
    expect(moved).not.toEqual([]);
    const r = await after(`<span id="n"></span>${form}`, () => document.querySelector('span')!.remove());
    expect(r.watched).toEqual(['m:family_card', 'n:national_id']);
    expect(path('n')).toBe('#n');
  });

  it('does not report controls inside contenteditable content, a select, a textarea or the head', async () => {
    const r = await after('<div contenteditable="true"><p>x</p></div><select id="s"></select>', () => {
      document.querySelector('p')!.innerHTML = '<label>NIK <input id="n"></label>';
      const inside = document.createElement('input');
      inside.setAttribute('aria-label', 'No. KK');
      document.getElementById('s')!.appendChild(inside);
      const head = document.createElement('input');
      head.setAttribute('aria-label', 'NIK');
      document.head.appendChild(head);
    });
    expect(r.watched).toEqual([]);
  });

  it('follows a heading that names a health topic, changed after the fields were read', async () => {
    const r = await after(
      '<h3 id="h">Catatan</h3><div><label for="c">Keterangan</label><textarea id="c"></textarea></div>',
      () => {
        document.getElementById('h')!.textContent = 'Riwayat Alergi';
      },
    );
    expect(r.before).toEqual([]);
    expect(r.watched).toEqual(['c:allergy']);
  });

  it('follows a table header row written after the inputs', async () => {
    const r = await after(
      '<table><thead><tr><th id="h1"></th><th id="h2"></th></tr></thead><tbody><tr><td><input id="a"></td><td><input id="b"></td></tr></tbody></table>',
      () => {
        document.getElementById('h1')!.textContent = 'NIK';
        document.getElementById('h2')!.textContent = 'No. BPJS';
      },
    );
    expect(r.watched).toEqual(['a:national_id', 'b:health_insurance_id']);
  });

  it('gains and loses the health context of the page as health fields come and go', async () => {
    const html =
      '<div id="h"><label for="d">Diagnosis</label><input id="d"><label for="o">Obat yang dikonsumsi</label><input id="o"></div>' +
      '<label for="k">Keluhan</label><input id="k">';
    const r = await after(html, () => document.getElementById('h')!.remove());
    expect(r.before).toEqual(['d:diagnosis_or_condition', 'k:other_health', 'o:medication']);
    expect(r.watched).toEqual([]);
  });

  it('follows the page title', async () => {
    const r = await after('<label for="k">Keluhan</label><input id="k">', () => {
      document.title = 'Pendaftaran Pasien Poliklinik';
    });
    expect(r.fresh).toEqual(r.watched);
  });

  it('follows a label whose `for` holds a newline (an invalid selector if not escaped)', async () => {
    const r = await after('<form><div><label for="a&#10;b">x</label><input id="a&#10;b"></div></form>', () => {
      document.querySelector('label')!.textContent = 'Nomor Induk Kependudukan';
    });
    expect(r.watched).toEqual(['a\nb:national_id']);
  });

  // happy-dom refuses an escaped quote inside a selector string where browsers refuse a raw newline: either way a
  // selector built from the value must not escape the watcher's timer.
  it('follows a label whose `for` holds a quote', async () => {
    const r = await after("<form><div><label for='a\"b'>x</label><input id='a\"b'></div></form>", () => {
      document.querySelector('label')!.textContent = 'Nomor Induk Kependudukan';
    });
    expect(r.watched).toEqual(['a"b:national_id']);
  });

  it('hides and shows fields when a class or style changes above them, without describing them again', async () => {
    const r = await after('<div id="box"><label for="n">NIK</label><input id="n"></div>', () => {
      document.getElementById('box')!.style.display = 'none';
    });
    expect(r.watched).toEqual([]);
  });
});

describe('css-path', () => {
  it('cssEscape escapes like CSS.escape', () => {
    expect(cssEscape('a\nb')).toBe('a\\a b');
    expect(cssEscape('1st')).toBe('\\31 st');
    expect(cssEscape('-2')).toBe('-\\32 ');
    expect(cssEscape('-')).toBe('\\-');
    expect(cssEscape('f[0].x"y')).toBe('f\\[0\\]\\.x\\"y');
    expect(cssEscape('ü_-a9')).toBe('ü_-a9');
    expect(cssEscape('\0')).toBe('\ufffd');
    expect(cssEscape('a'.repeat(100_000)).length).toBe(100_000);
  });

  it('resolvePath answers null for a path that is not a selector', () => {
    expect(resolvePath(document, 'input[[')).toBeNull();
    expect(resolvePath(document, '#x >>> ::bogus(')).toBeNull();
  });

  it('finds a srcdoc frame inside a shadow root when the frame does not name its element', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    host.id = 'host';
    const frame = document.createElement('iframe');
    frame.srcdoc = '<label for="n">NIK</label><input id="n">';
    host.attachShadow({ mode: 'open' }).appendChild(frame);
    // The srcdoc document loads asynchronously.
    await vi.waitFor(() => expect(frame.contentDocument?.getElementById('n')).toBeTruthy());
    const doc = frame.contentDocument!;
    const win = doc.defaultView!;
    Object.defineProperty(win, 'frameElement', { value: null, configurable: true });
    const input = doc.getElementById('n')!;
    const path = cssPath(input);
    expect(path).toBe('#host >>> iframe >>> #n');
    expect(resolvePath(document, path)).toBe(input);
  });
});
