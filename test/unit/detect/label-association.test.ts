// Which text a person reads as a control's label, across the markup patterns real pages use.
import { describe, expect, it } from 'vitest';
import { describeField } from '../../../lib/detect/describe-field';
import { page, scanKinds } from './dom-helpers';

const d = (sel: string) => describeField(document.querySelector(sel)!);

describe('label association', () => {
  it('label[for] and wrapping labels', () => {
    page('<label for="a">No. RM</label><input id="a"><label>NIK <input id="b"></label>');
    expect(d('#a').label).toBe('No. RM');
    expect(d('#b').label).toBe('NIK');
  });

  it('a label[for] next to another control reads as that control’s (wrong for)', () => {
    page(`<label for="np">Agama</label><select name="agama"><option>Islam</option></select>
          <label for="np">No. Peserta</label><input id="np">`);
    const np = d('#np');
    expect(np.label).toBe('No. Peserta');
    expect(np.farLabel).toBe('Agama');
    expect(d('select').inferred).toBe('Agama');
  });

  it('a label whose for points at nothing labels the control next to it', () => {
    page('<div><label for="nama_pasien">Tensi(mmHg)</label><input name="tensi"></div>');
    expect(d('input').inferred).toBe('Tensi(mmHg)');
  });

  it('label[for=name] when the control has a name but no id', () => {
    page('<label for="no_ktp">Nomor KTP</label><div><input name="no_ktp"></div>');
    expect(d('input').label).toBe('Nomor KTP');
  });

  it('aria-labelledby, aria-label, placeholder, title', () => {
    page(
      '<span id="l1">Nomor</span><span id="l2">BPJS</span><input id="x" aria-labelledby="l1 l2"><input id="y" aria-label="NIK" placeholder="16 digit" title="Nomor Induk">',
    );
    expect(d('#x').aria).toBe('Nomor BPJS');
    const y = d('#y');
    expect([y.aria, y.placeholder, y.title]).toEqual(['NIK', '16 digit', 'Nomor Induk']);
  });

  it('preceding text and inline elements; bootstrap form-group layouts', () => {
    page(`<p>Tanggal lahir: <input id="t"></p>
          <div class="form-group"><label>NIK</label><div class="col"><div class="input-group"><span class="input-group-text">#</span><input id="n"></div></div></div>`);
    expect(d('#t').inferred).toBe('Tanggal lahir:');
    expect(d('#n').inferred).toBe('NIK');
  });

  it('table cells: the cell to the left, the cell above, and the column header', () => {
    page(`<table><tr><td>DOB:</td><td><input id="a"></td></tr></table>
          <table><tr><td>NIK</td><td>Nama</td></tr><tr><td><input id="b"></td><td><input id="c"></td></tr></table>
          <table><thead><tr><th>Pemeriksaan</th><th>Hasil</th></tr></thead><tbody><tr><td>Hemoglobin</td><td><input id="h"></td></tr></tbody></table>`);
    expect(d('#a').inferred).toBe('DOB:');
    expect(d('#c').inferred).toBe('Nama');
    expect(d('#h').inferred).toBe('Hemoglobin');
    expect(d('#h').column).toBe('Hasil');
  });

  it('dt/dd, legend and headings', () => {
    page(`<dl><dt>Golongan darah</dt><dd><input id="g"></dd></dl>
          <fieldset><legend>NHS number</legend><input id="nhs"></fieldset>
          <div class="card"><div class="card-header">Riwayat Kesehatan</div><div class="card-body"><textarea id="r"></textarea></div></div>`);
    expect(d('#g').inferred).toBe('Golongan darah');
    expect(d('#nhs').legend).toBe('NHS number');
    expect(d('#nhs').legendOwn).toBe(true);
    expect(d('#r').heading).toBe('Riwayat Kesehatan');
  });

  it('a floating label after its control', () => {
    page('<div class="form-floating"><input id="f" placeholder=" "><label>No. KK</label></div>');
    expect(d('#f').inferred).toBe('No. KK');
  });

  it('ids with spaces still bind their labels', () => {
    expect(scanKinds('<label for="NomorRekamMedik ">Nomor Rekam Medik</label><input id="NomorRekamMedik ">')).toEqual({
      'NomorRekamMedik ': 'medical_record_number',
    });
  });

  it('never reads typed values', () => {
    page(
      '<label for="a">Catatan</label><input id="a"><div id="ce" contenteditable="true" aria-label="Komentar"></div><textarea id="ta"></textarea>',
    );
    (document.querySelector('#a') as HTMLInputElement).value = 'NIK 3171011708450001 diabetes';
    document.querySelector('#ce')!.textContent = 'alergi penisilin';
    (document.querySelector('#ta') as HTMLTextAreaElement).value = 'HIV positif';
    const all = JSON.stringify([d('#a'), d('#ce'), d('#ta')]);
    expect(all).not.toContain('3171011708450001');
    expect(all).not.toContain('penisilin');
    expect(all).not.toContain('HIV');
  });
});
