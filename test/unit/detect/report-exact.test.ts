// Exact counting and reporting (issue 19, CONTRACTS.md §1 and §3): a split date or split number counts once
// wherever its boxes sit, and a report's id, name and path name exactly the element on the page.
import { describe, expect, it } from 'vitest';
import { resolvePath } from '../../../lib/detect/css-path';
import { scanRoot } from '../../../lib/detect/scan';
import { sanitizeFrameReport } from '../../../lib/report/sanitize-report';
import { page } from './dom-helpers';

describe('split fields count once', () => {
  it.each([
    [
      'day / month / year boxes straight inside a form',
      `<form><label for="dob">Date of birth</label><input id="dob" name="dob_day" placeholder="DD" maxlength="2"> /
       <input name="dob_month" placeholder="MM" maxlength="2"> / <input name="dob_year" placeholder="YYYY" maxlength="4"></form>`,
    ],
    [
      'tgl / bln / thn selects straight inside the body',
      `<label>Tanggal Lahir</label><select name="tgl_lahir_tgl">${'<option>1</option>'.repeat(31)}</select>
       <select name="tgl_lahir_bln">${'<option>Januari</option>'.repeat(12)}</select>
       <select name="tgl_lahir_thn">${'<option>1990</option>'.repeat(30)}</select>`,
    ],
    [
      'month and year only, with inline captions between',
      `<form><label>Date of birth</label><input name="dob_month" placeholder="MM" maxlength="2">
       <span>/</span><input name="dob_year" placeholder="YYYY" maxlength="4"></form>`,
    ],
  ])('%s', (_what, html) => {
    const fields = scanRoot(page(html)).fields;
    expect(fields.map((f) => f.report.kind)).toEqual(['date_of_birth']);
  });

  it('counts a NIK typed over four boxes of four straight inside a form once', () => {
    const boxes = [1, 2, 3, 4].map((i) => `<input name="nik${i}" maxlength="4" inputmode="numeric">`).join(' ');
    const fields = scanRoot(page(`<form><label>NIK</label> ${boxes}</form>`)).fields;
    expect(fields.map((f) => [f.report.kind, f.report.name])).toEqual([['national_id', 'nik1']]);
  });

  it('keeps two dates on separate rows of a form apart', () => {
    const html = `<form><label>Tanggal lahir</label><input name="tgl_lahir" type="date"><div>Alamat</div>
      <input name="alamat"><label>Tanggal lahir ibu</label><input name="tgl_lahir_ibu" type="date"></form>`;
    expect(scanRoot(page(html)).fields.map((f) => f.report.name)).toEqual(['tgl_lahir', 'tgl_lahir_ibu']);
  });
});

describe('reports name exactly the element', () => {
  it('keeps a trailing space in an id and a doubled space in a name, and the path resolves', () => {
    const doc = page(`<form><label for="no_ktp ">No. KTP</label><input id="no_ktp " name="data[ nik  ]"></form>
      <input id="no_ktp" type="email">`);
    const [f, ...rest] = scanRoot(doc).fields;
    expect(rest).toEqual([]);
    expect(f!.report.id).toBe('no_ktp ');
    expect(f!.report.name).toBe('data[ nik  ]');
    expect(resolvePath(doc, f!.report.path)).toBe(f!.element);
  });

  it('the background keeps them exactly too', () => {
    const field = {
      kind: 'national_id',
      label: 'No. KTP',
      tag: 'input',
      type: 'text',
      id: ' no_ktp ',
      name: 'a\tb',
      path: '[id="\\ no_ktp\\ "]',
    };
    const r = sanitizeFrameReport({ fields: [field], forms: [], thirdParties: [] });
    expect(r?.fields[0]).toMatchObject({ id: ' no_ktp ', name: 'a\tb', path: '[id="\\ no_ktp\\ "]' });
  });
});
