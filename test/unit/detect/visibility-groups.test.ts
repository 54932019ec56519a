// What counts as a field (CONTRACTS.md §1): rendered, enabled, writable; groups and split dates count once.
import { describe, expect, it } from 'vitest';
import { scanRoot } from '../../../lib/detect/scan';
import { page, scanKinds } from './dom-helpers';

describe('what counts as a field', () => {
  it('skips hidden, display:none, visibility:hidden, [hidden], disabled, readonly and disabled fieldsets', () => {
    const found = scanKinds(`
      <input type="hidden" name="nik_h" value="1">
      <div style="display:none"><label for="a">NIK</label><input id="a"></div>
      <label for="b">NIK</label><input id="b" style="visibility:hidden">
      <div hidden><label for="c">NIK</label><input id="c"></div>
      <label for="d">NIK</label><input id="d" disabled>
      <label for="e">NIK</label><input id="e" readonly>
      <fieldset disabled><label for="f">NIK</label><input id="f"></fieldset>
      <label for="ok">NIK</label><input id="ok">`);
    expect(found).toEqual({ ok: 'national_id' });
  });

  it('counts a hidden file input opened by a visible label, not one whose label is hidden too', () => {
    const found = scanKinds(`
      <h2>Unggah Hasil Lab</h2>
      <input type="file" id="up" accept="application/pdf" style="display:none"><label for="up">Pilih file</label>
      <input type="file" id="up2" accept="application/pdf" hidden><label for="up2" hidden>Pilih file</label>`);
    expect(found).toEqual({ up: 'lab_or_imaging_result' });
  });

  it('counts a radio group once, at its first member', () => {
    page(`<p>Golongan darah</p>
      <label><input type="radio" name="gd" id="gd1" value="A"> A</label><label><input type="radio" name="gd" value="B"> B</label>
      <label><input type="radio" name="gd" value="AB"> AB</label><label><input type="radio" name="gd" value="O"> O</label>`);
    const fields = scanRoot(document).fields;
    expect(fields.map((f) => [f.element.id, f.report.kind, f.report.label])).toEqual([
      ['gd1', 'blood_type', 'Golongan darah'],
    ]);
  });

  it('counts a checklist of conditions once even when each box has its own name', () => {
    page(`<div class="q">Existing medical conditions</div><div>
      <label><input type="checkbox" name="dm" id="c1"> Diabetes</label><label><input type="checkbox" name="ht"> Hypertension</label>
      <label><input type="checkbox" name="as"> Asthma</label></div>`);
    expect(scanRoot(document).fields.map((f) => [f.element.id, f.report.kind])).toEqual([
      ['c1', 'diagnosis_or_condition'],
    ]);
  });

  it('counts a date split over day / month / year once', () => {
    page(`<fieldset><legend>Date of birth</legend>
      <label for="dd">Day</label><input id="dd" maxlength="2"><label for="mm">Month</label><input id="mm" maxlength="2">
      <label for="yy">Year</label><input id="yy" maxlength="4"></fieldset>
      <label>Tanggal kunjungan</label><select name="h"><option>1</option></select>`);
    expect(scanRoot(document).fields.map((f) => [f.element.id, f.report.kind])).toEqual([['dd', 'date_of_birth']]);
  });

  it('reports label, tag, type, id, name and path as the page declares them', () => {
    page('<form><label for="nik">No. KTP / NIK</label><input id="nik" name="no_ktp" type="tel"></form>');
    const [f] = scanRoot(document).fields;
    expect(f?.report).toEqual({
      kind: 'national_id',
      sensitivity: 'special',
      label: 'No. KTP / NIK',
      tag: 'input',
      type: 'tel',
      id: 'nik',
      name: 'no_ktp',
      path: '#nik',
    });
    expect(f?.form).toBe(document.querySelector('form'));
  });

  it('does nothing on a page without controls', () => {
    page('<article><h1>Diabetes</h1><p>Gula darah, HbA1c, NIK, BPJS.</p></article>');
    expect(scanRoot(document)).toMatchObject({ fields: [], truncated: false });
  });
});
