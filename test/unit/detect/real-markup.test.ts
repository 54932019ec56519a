// Issue 19, third pass: error classes seen on markup written after real third-party pages (detect.design.md,
// "Real markup"). Each class has a small fixture written here and a near miss that must keep its answer.
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../lib/detect/classify-field';
import { describeField } from '../../../lib/detect/describe-field';
import { emptyDescriptor, type FieldDescriptor } from '../../../lib/detect/field-descriptor';
import { scanRoot } from '../../../lib/detect/scan';
import { page, scanKinds } from './dom-helpers';

function kindOf(over: Partial<FieldDescriptor>): string | null {
  return classifyField({ ...emptyDescriptor('input', 'text'), ...over })?.kind ?? null;
}

/** A Yii/Bootstrap generated checkbox: its own form group, hidden "0" input and wrapping label. */
function box(model: string, attr: string, caption: string): string {
  return (
    `<div class="form-group field-${model.toLowerCase()}-${attr}"><div class="col-sm-12"><div class="checkbox">` +
    `<input type="hidden" name="${model}[${attr}]" value="0"><label><input type="checkbox" ` +
    `id="${model.toLowerCase()}-${attr}" name="${model}[${attr}]" value="1"> ${caption}</label></div></div></div>`
  );
}

describe('a generated checklist counts once, however deep each box is wrapped', () => {
  it('boxes named after one stem, in two columns, are one allergy field', () => {
    const doc = page(
      '<h3>Riwayat Alergi</h3><form method="post">' +
        `<div class="col-md-3">${box('Kajian', 'alergi_obat_pil', 'Obat')}${box('Kajian', 'alergi_makanan_pil', 'Makanan')}</div>` +
        `<div class="col-md-3">${box('Kajian', 'alergi_debu_pil', 'Debu')}${box('Kajian', 'alergi_lain_pil', 'Lainnya')}</div>` +
        '</form>',
    );
    const fields = scanRoot(doc).fields;
    expect(fields.map((f) => [f.element.id, f.report.kind])).toEqual([['kajian-alergi_obat_pil', 'allergy']]);
  });

  it('near miss: boxes whose names differ in more than one word stay separate questions', () => {
    const k = scanKinds(
      '<h3>Anamnesis</h3><form method="post">' +
        `${box('Kajian', 'alergi_obat', 'Alergi obat')}${box('Kajian', 'riwayat_asma_dulu', 'Riwayat asma')}</form>`,
    );
    expect(k).toEqual({ 'kajian-alergi_obat': 'allergy', 'kajian-riwayat_asma_dulu': 'health_history' });
  });
});

describe('an id that names the attribute is read as one, even when a longer spelling is found inside it', () => {
  it('"Waktu :" over transfusi_wb_waktu under a transfusion heading is the time of it', () => {
    const d = { inferred: 'Waktu :', inferredFar: true, id: 'transfusi_wb_waktu', name: 'transfusi_wb_waktu' };
    expect(kindOf({ ...d, heading: 'Riwayat Transfusi', medicalContext: true })).toBeNull();
  });

  it('near miss: an id that runs words together still names them (txtnorekammedis)', () => {
    expect(kindOf({ id: 'txtnorekammedis', name: 'txtnorekammedis' })).toBe('medical_record_number');
  });
});

describe('an English caption is about its last phrase', () => {
  it.each(['BPJS Insurance Name', 'Medicare insurance company', 'Insurance Name'])('%s → nothing', (label) => {
    expect(kindOf({ label, heading: 'Create Patient', medicalContext: true })).toBeNull();
  });

  it.each<[string, string]>([
    ['BPJS Insurance Number', 'health_insurance_id'],
    ['NIK or Full Name', 'national_id'],
    ['Insurance ID / Insurance Name', 'health_insurance_id'],
  ])('near miss: %s keeps its kind', (label, kind) => {
    expect(kindOf({ label, heading: 'Create Patient', medicalContext: true })).toBe(kind);
  });
});

describe("a table column that names the cell outranks the row's item", () => {
  it('a cart quantity on the line of a blood pressure monitor is a quantity', () => {
    const k = scanKinds(
      '<table><thead><tr><th>Product</th><th>Quantity</th><th>Price</th></tr></thead><tbody>' +
        '<tr><td>Upper Arm Blood Pressure Monitor</td><td><input type="text" name="quantity" value="1"></td>' +
        '<td>Rp450.000</td></tr></tbody></table>',
      'Shopping Cart',
    );
    expect(k).toEqual({});
  });

  it('near miss: a vitals grid whose column only says "Hasil" takes the row', () => {
    const k = scanKinds(
      '<h3>Tanda Vital Pasien</h3><table><thead><tr><th>Pemeriksaan</th><th>Hasil</th></tr></thead><tbody>' +
        '<tr><td>Tekanan Darah</td><td><input type="text" name="v1"></td></tr>' +
        '<tr><td>Nadi</td><td><input type="text" name="v2"></td></tr></tbody></table>',
      'Rawat Jalan',
    );
    expect(k).toEqual({ v1: 'other_health', v2: 'other_health' });
  });
});

describe('"Keterangan" after a question answered by a choice is its follow-up, after free text a remark', () => {
  it('after a free-text complaint box a "Keterangan" stays silent', () => {
    const k = scanKinds(
      '<form method="post"><h3>Tambah Warga</h3>' +
        '<div class="form-group"><label for="keluhan">Keluhan Kesehatan</label><textarea id="keluhan"></textarea></div>' +
        '<div class="form-group"><label for="ket">Keterangan</label><textarea id="ket"></textarea></div></form>',
    );
    expect(k).toEqual({ keluhan: 'other_health' });
  });

  it('near miss: after a yes/no allergy question it is the allergy', () => {
    const k = scanKinds(
      '<form method="post"><h3>Kajian Awal</h3>' +
        '<div class="row"><label for="al">Riwayat Alergi Obat</label><select id="al"><option>Tidak</option>' +
        '<option>Ya</option></select><label for="ket">Keterangan</label><input id="ket" type="text"></div></form>',
    );
    expect(k).toEqual({ al: 'allergy', ket: 'allergy' });
  });
});

describe('clinical vocabulary of real Indonesian systems (vocab/id.json sources)', () => {
  const pain =
    '<h4>Karakteristik Nyeri</h4><label for="nyeri">Jenis Nyeri</label><select id="nyeri"><option>Tidak Ada Nyeri</option>' +
    '<option>Nyeri Akut</option><option>Nyeri Kronis</option></select>';

  it('a pain assessment: trigger, quality options and radiation', () => {
    const k = scanKinds(
      `<form method="post">${pain}` +
        '<label for="provokes">P - Provokes</label><select id="provokes"><option>Proses Penyakit</option>' +
        '<option>Benturan</option></select>' +
        '<label for="quality">Q - Quality</label><select id="quality"><option>-- Pilih --</option>' +
        '<option>Seperti Tertusuk</option><option>Berdenyut</option><option>Teriris</option></select>' +
        '<label for="menyebar">Nyeri Menjalar</label><input id="menyebar" type="text"></form>',
      'Asesmen Keperawatan',
    );
    expect(k).toEqual({
      nyeri: 'other_health',
      provokes: 'other_health',
      quality: 'other_health',
      menyebar: 'other_health',
    });
  });

  it('near miss: a product quality rating on a shop says nothing', () => {
    const k = scanKinds(
      '<form><label for="q">Quality</label><select id="q"><option>Baik</option><option>Cukup</option>' +
        '<option>Kurang</option></select><label for="d">Pencetus promo</label><input id="d"></form>',
      'Ulasan Produk',
    );
    expect(k).toEqual({});
  });

  it.each<[string, string]>([
    ['Akseptor KB', 'other_health'],
    ['Status Kehamilan', 'other_health'],
    ['Riwayat KB', 'health_history'],
    ['Jaringan Dieksekusi', 'other_health'],
  ])('%s → %s', (label, kind) => {
    expect(kindOf({ label, heading: 'Biodata', medicalContext: true })).toBe(kind);
  });

  it('a transfused blood product is history, not a blood group', () => {
    const d = { type: 'checkbox', label: 'Whole blood', following: 'Whole blood', name: 'transfusi_wb_pil' };
    expect(kindOf({ ...d, heading: 'Riwayat Transfusi', medicalContext: true })).toBe('health_history');
  });

  it('near miss: "Golongan darah" is still the blood group', () => {
    expect(kindOf({ type: 'select', label: 'Golongan Darah', options: ['A', 'B', 'AB', 'O'] })).toBe('blood_type');
  });

  it('a misspelt date of birth (date_of_bird) is still one', () => {
    expect(kindOf({ type: 'date', label: 'Date Of Bird', name: 'date_of_bird' })).toBe('date_of_birth');
  });
});

describe('a box that asks to search by several things, one of them a name, is a list search', () => {
  it('"Cari nama, ID, telefon atau penyakit…" above a patient list is not a diagnosis', () => {
    expect(
      kindOf({ placeholder: 'Cari nama, ID, telefon atau penyakit...', heading: 'Pesakit', medicalContext: true }),
    ).toBeNull();
  });

  it('near miss: a search that asks for a record number still counts', () => {
    expect(kindOf({ placeholder: 'Cari nama atau No. Rekam Medis', medicalContext: true })).toBe(
      'medical_record_number',
    );
  });

  it('near miss: "Search for a diagnosis" (an ICD picker) names nothing else and stays a diagnosis', () => {
    expect(kindOf({ placeholder: 'Search for a diagnosis', medicalContext: true })).toBe('diagnosis_or_condition');
  });
});

// Issue 19, fourth pass: classes found on 20 more open pages (detect.design.md, "Real markup").
describe('a page that gives every box one id: each label beside its box is that box caption', () => {
  const row = (label: string, type = 'text') =>
    `<div class="row mb-3"><label for="inputEmail3">${label}</label>` +
    `<div class="col-sm-10"><input type="${type}" class="form-control" id="inputEmail3"></div></div>`;

  it('"Tanggal Lahir" on the fourth box of a patient card is its date of birth', () => {
    const doc = page(
      `<h2>Kartu Pasien</h2><form>${row('ID Pasien')}${row('Nama')}${row('Alamat')}${row('Tanggal Lahir')}</form>`,
    );
    const boxes = Array.from(doc.querySelectorAll('input'));
    const found = scanRoot(doc).fields.map((f) => [boxes.indexOf(f.element as HTMLInputElement), f.report.kind]);
    expect(found).toEqual([
      [0, 'medical_record_number'],
      [3, 'date_of_birth'],
    ]);
  });

  it('near miss: a box whose own label names nothing still reads the caption before that label', () => {
    const k = scanKinds(
      '<form><p>Foto KTP</p><label for="up">Pilih file</label><input type="file" id="up" accept="image/*"></form>',
    );
    expect(k).toEqual({ up: 'national_id' });
  });
});

describe('"ID" written before a health topic is that topic key', () => {
  it.each<[string, string]>([
    ['ID Obat', 'medication'],
    ['ID Alergi', 'allergy'],
  ])('%s on a patient form → %s, not an identity number', (label, kind) => {
    expect(kindOf({ label, name: label.toLowerCase().replace(' ', '_'), medicalContext: true })).toBe(kind);
  });

  it.each<[string, string]>([
    ['ID BPJS', 'health_insurance_id'],
    ['ID Pasien', 'medical_record_number'],
  ])('near miss: %s keeps its identifier', (label, kind) => {
    expect(kindOf({ label, medicalContext: true })).toBe(kind);
  });
});

describe('drinking, like smoking, is social history', () => {
  it('a yes/no "Drinking:" under Social History and its "If Yes, How Much"', () => {
    const k = scanKinds(
      '<form><p>New Medication <input type="text" name="med"></p><p>New Allergy <input type="text" name="al"></p>' +
        '<h4>Social History</h4><p>Smoking: <label><input type="radio" name="smoking" value="Yes">Yes</label>' +
        '<label><input type="radio" name="smoking" value="No">No</label></p>' +
        '<p>Drinking: <label><input type="radio" name="drinking" value="Yes">Yes</label>' +
        '<label><input type="radio" name="drinking" value="No">No</label> If Yes, How Much <input type="text" name="dm"></p></form>',
      'Medical History Update',
    );
    expect(k).toEqual({
      med: 'medication',
      al: 'allergy',
      smoking: 'health_history',
      drinking: 'health_history',
      dm: 'health_history',
    });
  });

  it('near miss: "Drinking" without a health context says nothing', () => {
    expect(kindOf({ label: 'Drinking' })).toBeNull();
  });
});

describe('a diagnosis asked right after a yes/no question about the past is history', () => {
  it('"Pernah Dirawat [Tidak/Ya] … Diagnosis" is the diagnosis of that stay', () => {
    const k = scanKinds(
      '<form><h3>Kajian Awal</h3><label for="ku">Keluhan Utama</label><textarea id="ku"></textarea>' +
        '<div class="row"><div class="col-md-3"><label>Pernah Dirawat</label>' +
        '<select id="dirawat"><option>Tidak</option><option>Ya</option></select></div>' +
        '<div class="col-md-3"><label>Diagnosis</label><input type="text" id="dx"></div></div></form>',
    );
    expect(k).toEqual({ ku: 'other_health', dirawat: 'health_history', dx: 'health_history' });
  });

  it('near miss: after a free-text history box the diagnosis is today', () => {
    const k = scanKinds(
      '<form><h3>Kajian Awal</h3><div class="row"><div class="col-md-3"><label>Riwayat Penyakit</label>' +
        '<input type="text" id="rp"></div>' +
        '<div class="col-md-3"><label>Diagnosis</label><input type="text" id="dx"></div></div></form>',
    );
    expect(k).toEqual({ rp: 'health_history', dx: 'diagnosis_or_condition' });
  });
});

describe('a bare "Type" names no topic: it takes its section', () => {
  it('"Type" on a new lab request is the test ordered', () => {
    const k = scanKinds(
      '<h2>New Lab Request</h2><form><label for="t">Type</label><input id="t" name="labType"></form>',
      'New Lab Request',
    );
    expect(k).toEqual({ t: 'other_health' });
  });

  it('near miss: "Type" on a support ticket says nothing', () => {
    const k = scanKinds('<h2>New Ticket</h2><form><label for="t">Type</label><input id="t"></form>', 'Support');
    expect(k).toEqual({});
  });
});

describe('a weak caption over answers that are never sensitive is about those answers', () => {
  it('"Data Subjektif: Autoanamnesa / Alloanamnesa" says how the history was taken', () => {
    const options = ['-- Pilih --', 'Autoanamnesa', 'Alloanamnesa'];
    expect(kindOf({ type: 'select', label: 'Data Subjektif', options, medicalContext: true })).toBeNull();
  });

  it('near miss: "Data Subjektif" as free text on a clinical form is the history itself', () => {
    expect(kindOf({ type: 'textarea', label: 'Data Subjektif', medicalContext: true })).toBe('other_health');
  });
});

describe('a body position names no topic: under a vital-signs heading it is that reading', () => {
  it('"Standing:" before the first of two blood pressure boxes is a blood pressure', () => {
    const k = scanKinds(
      '<form><h3>Vital Signs</h3><span class="bold">Blood Pressure</span><table><tr><td>' +
        '<span>Standing: </span><input size="3" name="standing_bp_1"> <input size="3" name="standing_bp_2"></td>' +
        '<td><span>Sitting: </span><input size="3" name="sitting_bp_1"> <input size="3" name="sitting_bp_2"></td></tr>' +
        '</table></form>',
      'Vital Signs',
    );
    expect(k).toEqual({
      standing_bp_1: 'other_health',
      standing_bp_2: 'other_health',
      sitting_bp_1: 'other_health',
      sitting_bp_2: 'other_health',
    });
  });

  it('near miss: a "Sitting" on a restaurant booking says nothing', () => {
    const k = scanKinds(
      '<form><h3>Book a table</h3><label for="s">Sitting</label><select id="s"><option>18:00</option>' +
        '<option>20:30</option></select><label for="n">Guests</label><input id="n" type="number"></form>',
      'Reservations',
    );
    expect(k).toEqual({});
  });
});

describe('a search over records for a bare ID number asks for the record identifier', () => {
  it('"Search for a patient by name or identifier number" is a record number', () => {
    const placeholder = 'Search for a patient by name or identifier number';
    expect(kindOf({ type: 'search', isSearch: true, placeholder, label: placeholder })).toBe('medical_record_number');
  });

  it.each<[string, string]>([
    ['Cari NIK pasien', 'national_id'],
    ['Search by SSN', 'national_id'],
  ])('near miss: a search naming a scheme (%s) keeps it', (placeholder, kind) => {
    expect(kindOf({ type: 'search', isSearch: true, placeholder })).toBe(kind);
  });
});

describe('line breaks do not use up the walk back to a heading', () => {
  const rows = ['Pulse', 'Temperature', 'Weight']
    .map((c) => `<span>${c}: </span><input size="3" name="${c.toLowerCase()}"><br><br>`)
    .join('');

  it('"Additional Notes" after rows of boxes and <br>s under "Vital Signs" takes that section', () => {
    const k = scanKinds(
      `<form><h3>Vital Signs</h3><br>${rows}<span>Additional Notes: </span><br>` +
        '<textarea name="additional_notes"></textarea></form>',
      'Encounter',
    );
    expect(k).toEqual({
      pulse: 'other_health',
      temperature: 'other_health',
      weight: 'other_health',
      additional_notes: 'other_health',
    });
  });

  it('near miss: notes after the same <br>s under a shipping heading say nothing', () => {
    const lines = ['Street', 'City', 'Postcode']
      .map((c) => `<span>${c}: </span><input name="${c.toLowerCase()}"><br><br>`)
      .join('');
    const k = scanKinds(
      `<form><h3>Shipping</h3><br>${lines}<span>Additional Notes: </span><br>` +
        '<textarea name="additional_notes"></textarea></form>',
      'Checkout',
    );
    expect(k).toEqual({});
  });
});

// Fifth pass: classes seen on pages after Chromium/Firefox autofill fixtures, OpenEMR encounter forms and two
// puskesmas apps (detect.design.md, "Real markup", fifth pass).
describe('a year of birth alone is weak: it counts only where the page is about health care', () => {
  it('a sign-up asking "Birth year" / "Year of Birth" beside sex and zip is silent', () => {
    const k = scanKinds(
      '<form method="post"><label for="e">E-mail</label><input id="e" type="text">' +
        '<label for="g">Sex</label><select id="g"><option>Male</option><option>Female</option></select>' +
        '<label for="y">Year of Birth</label><input id="y" type="text" maxlength="4">' +
        '<label for="b">Birth year:</label><input id="b" type="text" value="Example: 1990">' +
        '<label for="z">ZIP/Postal Code</label><input id="z" type="text"></form>',
      'Register',
    );
    expect(k).toEqual({});
  });

  it('near miss: a full date of birth on the same sign-up still counts', () => {
    const k = scanKinds(
      '<form method="post"><label for="e">E-mail</label><input id="e" type="text">' +
        '<label for="d">Date of Birth</label><input id="d" type="text" placeholder="dd/mm/yyyy"></form>',
      'Register',
    );
    expect(k).toEqual({ d: 'date_of_birth' });
  });

  it('near miss: a year of birth on a health-id enrolment counts', () => {
    expect(kindOf({ label: 'Year of Birth', heading: 'Create ABHA Number', medicalContext: true })).toBe(
      'date_of_birth',
    );
  });
});

describe("a year caption is about a record's year, not the record", () => {
  it.each(['Tahun Rekam Medis', 'Year of Record', 'Tahun Registrasi'])('%s → nothing', (label) => {
    expect(kindOf({ label, heading: 'Tambah Data Pasien', medicalContext: true })).toBeNull();
  });

  it.each<[string, string]>([
    ['No Rekam Medis', 'medical_record_number'],
    ['Tahun Lahir', 'date_of_birth'],
  ])('near miss: %s keeps its kind', (label, kind) => {
    expect(kindOf({ label, heading: 'Tambah Data Pasien', medicalContext: true })).toBe(kind);
  });
});

describe('body composition and pregnancy dating (vocab/en.json: OpenEMR encounter forms)', () => {
  const row = (caption: string, name: string) =>
    `<tr><td nowrap>${caption}</td><td nowrap><input type="text" name="${name}" size="6"></td></tr>`;

  it('a scale reading: height, weight, BMR, impedance, fat mass and body water in caption/box rows', () => {
    const k = scanKinds(
      '<form method="post"><table><tr><td colspan="2"><b>Body Composition</b></td></tr>' +
        row('Height in inches', 'h') +
        row('BMI', 'bmi') +
        row('Weight in pounds', 'w') +
        row('BMR in kj', 'bmr') +
        row('Impedance in ohms', 'imp') +
        row('Fat Mass in pounds', 'fm') +
        row('TBW in pounds', 'tbw') +
        '</table></form>',
      'Body Composition',
    );
    expect(k).toEqual({
      h: 'other_health',
      bmi: 'other_health',
      w: 'other_health',
      bmr: 'other_health',
      imp: 'other_health',
      fm: 'other_health',
      tbw: 'other_health',
    });
  });

  it('near miss: a food product form with weight and fat per serving stays silent', () => {
    const k = scanKinds(
      '<form method="post"><h3>Add Product</h3><table>' +
        row('Weight in grams', 'w') +
        row('Fat %', 'f') +
        row('Price', 'p') +
        '</table></form>',
      'Shop admin',
    );
    expect(k).toEqual({});
  });

  it('EDC and the weeks / days of a gestational age are pregnancy measures', () => {
    const k = scanKinds(
      '<form method="post"><h3>Dates</h3><table><tr><td>Lmp (yyyy-mm-dd): </td><td><input type="text" id="lmp"></td></tr></table>' +
        '<table><tr><td>Edc (yyyy-mm-dd): </td><td><input type="text" id="edc"></td></tr></table>' +
        '<h3>Gestational Age</h3><table><tr><td>Weeks</td><td><input type="text" id="weeks"></td></tr></table>' +
        '<table><tr><td>Days</td><td><input type="text" id="days"></td></tr></table></form>',
    );
    expect(k).toEqual({ lmp: 'other_health', edc: 'other_health', weeks: 'other_health', days: 'other_health' });
  });

  it('near miss: delivery "Weeks" / "Days" under a shipping heading say nothing', () => {
    const k = scanKinds(
      '<form method="post"><h3>Shipping time</h3><label for="w">Weeks</label><input id="w" type="text">' +
        '<label for="d">Days</label><input id="d" type="text"></form>',
    );
    expect(k).toEqual({});
  });
});

describe('a catalogue (medicine master, stock) names entries, not what a person takes', () => {
  const row = (caption: string, inner: string) =>
    `<div class="form-group row"><label class="col-sm-4 col-form-label">${caption}</label><div class="col-sm-8">${inner}</div></div>`;

  it('"Tambah Data Obat": code, medicine name, unit, expiry is silent', () => {
    const k = scanKinds(
      '<h5 class="modal-title">Tambah Data Obat</h5><form>' +
        row('Kode Obat', '<input type="text" name="kode_obat">') +
        row('Nama Obat', '<input type="text" name="nama_obat">') +
        row('Satuan', '<select><option>Pilih Satuan</option><option>Tablet</option></select>') +
        row('Expired Date', '<input type="text" name="exp">') +
        '</form>',
      'Data Obat',
    );
    expect(k).toEqual({});
  });

  it("near miss: a patient's medicines under a 'Data Obat' heading, beside the patient's complaint and allergy", () => {
    const k = scanKinds(
      '<h5 class="modal-title">Data Obat</h5><form>' +
        row('Anamnesis', '<textarea name="anamnesis"></textarea>') +
        row('Riwayat Alergi', '<input type="text" name="alergi">') +
        row(
          'Diagnosis',
          '<select name="diagnosa"><option>Pilih Diagnosa</option><option>J06.9 ISPA</option></select>',
        ) +
        row('Nama Obat', '<input type="text" name="nama_obat">') +
        '</form>',
      'Pemeriksaan Pasien',
    );
    expect(k).toEqual({
      anamnesis: 'other_health',
      alergi: 'allergy',
      diagnosa: 'diagnosis_or_condition',
      nama_obat: 'medication',
    });
  });
});

describe('symptoms of an injury (vocab/en.json: OpenEMR ankle evaluation)', () => {
  it('pain severity radios, swelling, how the injury occurred and bone tenderness are clinical findings', () => {
    const k = scanKinds(
      '<form method="post"><span>Date of Injury: </span><input type="text" name="doi">' +
        '<span>Severity of Pain: </span>1<input type="radio" name="pain" value="1">2<input type="radio" name="pain" value="2"><br>' +
        '<span>Significant Swelling:</span><input type="checkbox" name="swelling"><br>' +
        '<span>How did Injury Occur?:</span><br><textarea name="how"></textarea>' +
        '<table><tr><td>Bone Tenderness: Medial Malleolus<input type="radio" name="bt" value="m"></td>' +
        '<td>Lateral Malleolus<input type="radio" name="bt" value="l"></td></tr></table></form>',
      'Ankle Evaluation Form',
    );
    expect(k).toEqual({ pain: 'other_health', swelling: 'other_health', how: 'other_health', bt: 'other_health' });
  });

  it('near miss: "Pain points" and an injury date on a product survey say nothing', () => {
    const k = scanKinds(
      '<form method="post"><h3>Product feedback</h3><label for="pp">Your biggest pain points</label><textarea id="pp"></textarea>' +
        '<label for="d">Date of Injury</label><input id="d" type="text"></form>',
    );
    expect(k).toEqual({});
  });
});

describe('English clinical captions of vital-sign and nursing forms (vocab/en.json sources)', () => {
  it.each<[string, string]>([
    ['O2 Saturation', 'other_health'],
    ['Inhaled Oxygen Concentration', 'other_health'],
    ['Estimated Blood Loss', 'other_health'],
    ['Blood Sugar', 'lab_or_imaging_result'],
    ['Fall Risk', 'other_health'],
    ['Wound', 'other_health'],
  ])('%s on a clinical form → %s', (label, kind) => {
    expect(kindOf({ label, heading: 'Nursing Assessment', medicalContext: true })).toBe(kind);
  });

  it.each(['Blood Sugar', 'Wound', 'Refills'])(
    'near miss: %s on a shop with no health context says nothing',
    (label) => {
      expect(kindOf({ label, heading: 'Product details', pageTitle: 'Glucose meter - Shop' })).toBeNull();
    },
  );
});

describe("a one-column table's lone header cell heads its column", () => {
  it('"Plan:" in a lone <th> row over a row holding a textarea, on an encounter form', () => {
    const k = scanKinds(
      '<form method="post"><span>Severity of Pain: </span>1<input type="radio" name="pain" value="1">' +
        '2<input type="radio" name="pain" value="2"><table><tr><th>Diagnosis:</th><th>Additional Diagnosis:</th></tr>' +
        '<tr><td><select name="dx"><option>845.00 ankle sprain NOS</option></select></td><td></td></tr></table>' +
        '<table><tr><th>Plan:</th><tr><tr><td><textarea name="plan"></textarea></td></tr></table></form>',
      'Ankle Evaluation Form',
    );
    expect(k).toEqual({ pain: 'other_health', dx: 'diagnosis_or_condition', plan: 'other_health' });
  });

  it('near miss: a lone <th> "Delivery notes" over a textarea at checkout says nothing', () => {
    const k = scanKinds(
      '<form method="post"><table><tr><th>Delivery notes</th></tr><tr><td><textarea name="n"></textarea></td></tr>' +
        '</table></form>',
      'Checkout',
    );
    expect(k).toEqual({});
  });
});

// Sixth pass (det2): Indonesian and Malay forms that run boxes and captions together on one line, or lay a
// clinical row out without a heading the scanner reaches (detect.design.md, "Real markup", sixth pass).
describe('inline forms: the line a box sits on is its caption', () => {
  const labelsOf = (html: string, title: string) =>
    Object.fromEntries(scanRoot(page(html, title)).fields.map((f) => [f.element.getAttribute('name'), f.report.label]));

  it("a box's caption on the line before is not the next box's", () => {
    const labels = labelsOf(
      '<p>Keluhan : <input type="checkbox" name="nh"> nyeri haid<br>Haid terakhir : <input type="text" name="hpht"></p>',
      'Anamnesis Obstetri',
    );
    expect(labels.hpht).toBe('Haid terakhir');
  });

  it('near miss: with no box before, the lines above still read as one caption', () => {
    const labels = labelsOf('<p>Riwayat Haid :<br>Menarche <input type="text" name="m"> th</p>', 'Anamnesis');
    expect(labels).toEqual({ m: 'Riwayat Haid : Menarche' });
  });

  it('a measure symbol after a box is its unit, not the next caption', () => {
    const doc = page(
      '<p>Tekanan Darah : <input type="text" name="td"> mmHg <span></span> Berat Badan : <input type="text" name="bb">' +
        ' kg</p>',
      'Pemeriksaan Fisik',
    );
    const labels = Object.fromEntries(
      scanRoot(doc).fields.map((f) => [f.element.getAttribute('name'), f.report.label]),
    );
    expect(labels).toEqual({ td: 'Tekanan Darah', bb: 'Berat Badan' });
  });

  it('near miss: a lone letter after a unit keeps the unit with it (a list marker to the walk)', () => {
    const doc = page('<p>TD : <input type="text" name="td"> mmHg N <input type="text" name="n"></p>', 'Vital');
    expect(describeField(doc.querySelector('[name=n]')!).inferred).toBe('mmHg N');
  });
});

describe('a box alone in an inline wrapper is captioned after the wrapper', () => {
  it('"Haid : [teratur] [tidak teratur] [nyeri haid]" is a menstrual answer', () => {
    const k = scanKinds(
      '<p>Menarche <input type="text" name="m"> th<br>Haid :<br><span><input type="checkbox" id="h1"></span>teratur' +
        '<span><input type="checkbox"></span>tidak teratur<span><input type="checkbox"></span>nyeri haid<br>' +
        'Haid terakhir : <input type="text" name="hpht"></p>',
      'Anamnesis Obstetri',
    );
    expect(k).toEqual({ m: 'other_health', h1: 'other_health', hpht: 'other_health' });
  });

  it('near miss: billing-period boxes wrapped the same way on a shop say nothing', () => {
    const k = scanKinds(
      '<p>Langganan :<br><span><input type="checkbox" id="b1"></span>bulanan<span><input type="checkbox"></span>' +
        'tahunan</p>',
      'Keranjang',
    );
    expect(k).toEqual({});
  });
});

describe('a question standing between unnamed boxes starts a new list', () => {
  const risk =
    '<p><b>Riwayat Resiko Kehamilan:</b><br>1. Anemia <span></span> <input type="checkbox" id="q1">ya / ' +
    '<input type="checkbox">tidak<br>2. Preeklamsia berat <span></span> <input type="checkbox" id="q2">ya / ' +
    '<input type="checkbox">tidak<br></p>';

  it('two numbered yes/no questions are two fields', () => {
    const k = scanKinds(
      `<p>Keluhan utama : <input type="text" name="ku"><br>HPHT : <input type="text" name="hpht"></p>${risk}`,
    );
    expect(Object.keys(k)).toEqual(['ku', 'hpht', 'q1', 'q2']);
  });

  it('near miss: boxes captioned only by their answers stay one checklist', () => {
    const k = scanKinds(
      '<p>Riwayat penyakit: <input type="checkbox" id="c1"> Asma <input type="checkbox"> Hipertensi ' +
        '<input type="checkbox"> Diabetes</p>',
      'Anamnesis',
    );
    expect(Object.keys(k)).toEqual(['c1']);
  });
});

describe('a topic-less measure box in a row of health fields measures what they measure', () => {
  const row = (middle: string) =>
    '<div class="row"><label>HPHT</label><input type="text" name="hpht"></div>' +
    '<div class="row"><div class="col"><label>Menarche</label><input type="text" name="menarche"></div>' +
    `<div class="col"><label>Siklus</label><input type="text" name="siklus"></div>${middle}` +
    '<div class="col"><label>Teratur</label><select name="teratur"><option>-- Pilih --</option><option>Tidak</option>' +
    '<option>Ya</option></select></div></div>';

  it('"Lama" between "Siklus" and "Teratur" is the length of the period', () => {
    const k = scanKinds(row('<div class="col"><label>Lama</label><input type="text" name="lama"></div>'), 'Kespro');
    expect(k.lama).toBe('other_health');
  });

  it('near miss: a date box in the same place is a date, never flagged by its row', () => {
    const k = scanKinds(row('<div class="col"><label>Tanggal</label><input type="date" name="tgl"></div>'), 'Kespro');
    expect(k.tgl).toBeUndefined();
  });

  it('near miss: "Lama" between a name and an address on a leave form says nothing', () => {
    const k = scanKinds(
      '<div class="row"><div><label>Nama</label><input name="nama"></div><div><label>Lama</label>' +
        '<input name="lama"></div><div><label>Alamat</label><input name="alamat"></div></div>',
      'Ajukan Cuti',
    );
    expect(k).toEqual({});
  });
});

describe('a duration caption borrows its section', () => {
  it('"T - Time (Durasi)" under a complaint heading is how long the complaint lasts', () => {
    expect(kindOf({ label: 'T - Time (Durasi)', heading: 'Keluhan Utama' })).toBe('other_health');
  });

  it('near miss: "Waktu" under the same heading is when, an attribute', () => {
    expect(kindOf({ label: 'Waktu', heading: 'Keluhan Utama' })).toBeNull();
  });

  it('near miss: "Durasi" under a video upload heading says nothing', () => {
    expect(kindOf({ label: 'Durasi', heading: 'Unggah Video' })).toBeNull();
  });
});

describe("a checklist's follow-up sits after its last box", () => {
  // Each box in its own column and form group, as generated Bootstrap checklists write them.
  const wrap = (inner: string) =>
    `<div class="col-md-4"><div class="form-group"><div class="checkbox">${inner}</div></div></div>`;
  const boxes = ['Hiperemesis', 'Mola hydatidosa', 'Diabetes Melitus', 'Asma Bronkiale', 'Hiv/Aids']
    .map((c, i) => wrap(`<label><input type="checkbox" name="penyakit_${i}" id="p${i}">${c}</label>`))
    .join('');
  const other = wrap(
    '<label><input type="checkbox" name="penyakit_5">Lain-lain <input type="text" name="lain"></label>',
  );

  it('"Lain-lain: ___" after six boxes of past diseases is that history', () => {
    const k = scanKinds(
      `<div class="row"><p>Penyakit yang pernah diderita:</p>${boxes}${other}</div>`,
      'Anamnesis Obstetri',
    );
    expect(k).toEqual({ p0: 'health_history', lain: 'health_history' });
  });

  it('near miss: a free-text box in another block after the list is a field of its own', () => {
    const k = scanKinds(
      `<div class="row"><p>Penyakit yang pernah diderita:</p>${boxes}${other}</div><div><div><div><label>Catatan petugas</label>` +
        '<input type="text" name="catatan"></div></div></div>',
      'Anamnesis Obstetri',
    );
    expect(k.catatan).toBeUndefined();
  });
});

describe('vocabulary of the sixth pass (id.json sources)', () => {
  it.each<[string, string]>([
    ['Nomor Tanda Pengenal', 'national_id'],
    ['Primary Survey', 'other_health'],
    ['Taksiran Partus', 'other_health'],
    ['Oedema tungkai', 'other_health'],
    ['Pendarahan', 'other_health'],
  ])('%s → %s', (placeholder, kind) => {
    expect(kindOf({ placeholder, heading: 'Formulir' })).toBe(kind);
  });

  it.each(['Tempat Dikeluarkan Tanda Pengenal', 'Survey Kepuasan', 'Lama Diklat'])('near miss: %s → nothing', (l) => {
    expect(kindOf({ placeholder: l, heading: 'Formulir' })).toBeNull();
  });
});

// Sixth pass: English clinical systems (OpenEMR, LibreHealth EHR, Bahmni) and harmless admin pages beside them.
describe('a paragraph that only wraps a title is a heading (OpenEMR / LibreHealth encounter-form titles)', () => {
  const form = (title: string) =>
    `<p><span class="forms-title">${title}</span></p><br><form method="post"><table>` +
    '<tr><td class="forms">Anyother Relevant Information:</td><td><textarea name="info"></textarea></td></tr>' +
    '</table></form>';

  it('"Anyother Relevant Information" under "Treatment Planning" takes that section', () => {
    expect(scanKinds(form('Treatment Planning'))).toEqual({ info: 'other_health' });
  });

  it('near miss: the same caption under a wrapped "Shipping Details" title says nothing', () => {
    expect(scanKinds(form('Shipping Details'))).toEqual({});
  });
});

describe('a cell spanning two rows shifts the cells below it (caption row over box row)', () => {
  const form = (caption: string) =>
    '<form method="post"><table><tr><td class="bold">Notes for the front desk:</td>' +
    '<td rowspan="2"><table><tr><td>Facility:</td><td><select name="fac"><option>Main</option></select></td></tr></table></td>' +
    `<td class="bold">${caption}</td></tr>` +
    '<tr><td><textarea name="desk"></textarea></td><td><textarea name="second"></textarea></td></tr></table></form>';

  it('the box under "Current Medications" (third column, second cell of its row) is a medication', () => {
    expect(scanKinds(form('Current Medications'), 'Patient Encounter')).toEqual({ second: 'medication' });
  });

  it('near miss: under "Gift message" the same box says nothing', () => {
    expect(scanKinds(form('Gift message'), 'Patient Encounter')).toEqual({});
  });
});

describe("a table's bold title row heads all its rows, however long the table", () => {
  const form = (title: string) => {
    let rows = '';
    for (let i = 1; i <= 9; i++) rows += `<tr><td>Operator ${i}</td><td><input type="text" name="r${i}"></td></tr>`;
    return (
      `<form method="post"><table><tr bgcolor="#dddddd"><td colspan="2" align="center"><b>${title}</b></td></tr>` +
      `${rows}<tr><td>Notes</td><td><textarea name="notes"></textarea></td></tr></table></form>`
    );
  };

  it('"Notes" ten rows under "Body Composition" is a clinical note', () => {
    expect(scanKinds(form('Body Composition'))).toEqual({ notes: 'other_health' });
  });

  it('near miss: "Notes" ten rows under "Shipping Options" says nothing', () => {
    expect(scanKinds(form('Shipping Options'))).toEqual({});
  });
});

describe('English clinical wording of treatment plans and intake charts (vocab/en.json: OpenEMR, LibreHealth)', () => {
  it.each<[string, string]>([
    ['Presenting Issue(s):', 'other_health'],
    ['Presenting Problems', 'other_health'],
    ['Recommendation For Follow Up:', 'other_health'],
    ['Hourly volume infused (ml)', 'other_health'],
    ['IV fluid (in ml)', 'other_health'],
    ['OR/ED blood products (ml)', 'other_health'],
    ['Medical Problems', 'diagnosis_or_condition'],
    ['Site assessment', 'other_health'],
    ['Skin assessment', 'other_health'],
  ])('%s on a clinical form → %s', (label, kind) => {
    expect(kindOf({ label, heading: 'Intake', medicalContext: true })).toBe(kind);
  });

  it('a fluid-type select whose answers are IV fluids is a medication', () => {
    const options = ['', 'Normal Saline (NS)', '1/2 Normal Saline', "Lactated Ringer's (LR)", 'D 5 W', 'Normosol-R'];
    const d = { type: 'select', tag: 'select' as const, label: 'type of fluid', options, medicalContext: true };
    expect(kindOf(d)).toBe('medication');
  });

  it('a line-type select of vascular access devices (Midline / Hickman / PICC) on a clinical form is clinical', () => {
    const options = ['', 'Peripheral', 'Midline', 'Central / Hickman', 'Central / non- tunnelled', 'PICC', 'Port'];
    const d = { type: 'select', tag: 'select' as const, label: 'Line type', options, medicalContext: true };
    expect(kindOf(d)).toBe('other_health');
  });

  it('near miss: the same line types on a page with no health fields say nothing', () => {
    const options = ['', 'Peripheral', 'Midline', 'Central / Hickman', 'PICC', 'Port'];
    expect(
      kindOf({ type: 'select', tag: 'select', label: 'Line type', options, pageTitle: 'Network patch panel' }),
    ).toBeNull();
  });

  it('near miss: a saline-spray variant select on a shop page says nothing', () => {
    const options = ['Normal Saline 30 ml', 'Normal Saline 100 ml', 'Dextrose tablets'];
    expect(kindOf({ type: 'select', tag: 'select', label: 'Variant', options, pageTitle: 'Pharmacy shop' })).toBeNull();
  });

  it.each(['Free consultation', 'Presenting sponsor', 'Site assessment'])(
    'near miss: %s on a law firm booking says nothing',
    (label) => {
      expect(kindOf({ label, heading: 'Book a call', pageTitle: 'Smith & Co. Solicitors' })).toBeNull();
    },
  );
});

describe('the level of an office visit in a CPT list bills the visit (OpenEMR encounter forms)', () => {
  const radios = (options: string[]) =>
    '<form method="post"><h3>Ankle Evaluation Form</h3><table><tr><td>Diagnosis:</td><td><select name="dx">' +
    '<option>845.00 ankle sprain NOS</option></select></td></tr><tr><td>Chief Complaint:</td><td><textarea name="cc">' +
    '</textarea></td></tr></table><table><tr><td>CPT Codes</td></tr><tr><td>' +
    options.map((o) => `<input type="radio" name="cpt" value="${o}">${o}<br>`).join('') +
    '</td></tr></table></form>';

  it('"CPT Codes" over "99212 Established - Uncomplicated / 99213 Established - Low Complexity" is billing', () => {
    const k = scanKinds(radios(['none', '99212 Established - Uncomplicated', '99213 Established - Low Complexity']));
    expect(k).toEqual({ dx: 'diagnosis_or_condition', cc: 'other_health' });
  });

  it('near miss: a CPT/HCPCS column of a claim line still names the procedure done', () => {
    const k = scanKinds(
      '<form method="post"><h3>Professional claim</h3><table><thead><tr><th>Date of Service</th><th>24D. CPT/HCPCS</th>' +
        '<th>Charges</th></tr></thead><tbody><tr><td><input type="date" name="dos"></td><td><input type="text" name="cpt">' +
        '</td><td><input type="number" name="chg"></td></tr></tbody></table></form>',
    );
    expect(k).toEqual({ cpt: 'other_health' });
  });
});

describe("a list captioned with several topics holds records of them: the records say which (OpenEMR's issues)", () => {
  const issues = [
    'Medical Problem: 2025-03-02 Essential hypertension',
    'Medical Problem: 2024-10-19 Type 2 diabetes mellitus',
    'Allergy: 2023-06-11 Penicillin',
    'Injury: 2026-11-28 Sprain of left ankle',
  ];
  const select = (label: string) =>
    kindOf({ type: 'select', tag: 'select', label, options: issues, heading: 'New Encounter', medicalContext: true });

  it('"Issues (Injuries/Medical/Allergy)" over medical problems is a list of conditions', () => {
    expect(select('Issues (Injuries/Medical/Allergy)')).toBe('diagnosis_or_condition');
  });

  it('near miss: a caption naming one topic ("Allergies") keeps it, whatever the options say', () => {
    expect(select('Allergies')).toBe('allergy');
  });
});

// Seventh pass, English (detect.design.md "Seventh pass, English"): review of systems, Frappe desk sections.

/** OpenEMR's review of systems: a caption cell, then N/A / YES / NO radios wrapped in labels. */
function rosRow(items: Array<[string, string]>): string {
  const radios = (n: string) =>
    ['N/A', 'YES', 'NO'].map((v) => `<label><input type="radio" name="${n}" value="${v}">${v}</label>`).join('');
  return (
    '<tr>' +
    items.map(([c, n]) => `<td class="response">${c}:</td><td class="response">${radios(n)}</td>`).join('') +
    '</tr>'
  );
}
// OpenEMR titles every page "OpenEMR"; the review of systems names itself in a title span only.
const rosPage = (rows: string[], title = 'Review Of Systems') =>
  `<form method="post"><p><span class="main_title">${title}</span></p><table><tr><td>` +
  `<span class="section_title">Constitutional</span><table>${rows.join('')}</table></td></tr></table></form>`;

describe('a review of systems: symptoms answered N/A / YES / NO (vocab/en.json: OpenEMR ROS)', () => {
  it('symptom captions over N/A / YES / NO radios are other health', () => {
    const k = scanKinds(
      rosPage([
        rosRow([
          ['Fever', 'fever'],
          ['Chills', 'chills'],
          ['Fatigue', 'fatigue'],
        ]),
      ]),
      'OpenEMR',
    );
    expect(k).toEqual({ fever: 'other_health', chills: 'other_health', fatigue: 'other_health' });
  });

  it('"N/A" beside yes and no is still a yes/no answer: never a blood group', () => {
    const d = { type: 'radio', inferred: 'Blood group card', options: ['N/A', 'YES', 'NO'], members: 3 };
    expect(kindOf({ ...d, medicalContext: true })).not.toBe('blood_type');
  });

  it('near miss: "Weakness" and "Irritability" on a staff appraisal say nothing', () => {
    const k = scanKinds(
      '<form method="post"><h2>Annual performance review</h2><label for="w">Weakness</label><textarea id="w"></textarea>' +
        '<label for="i">Irritability</label><input id="i" name="i"></form>',
    );
    expect(k).toEqual({});
  });
});

describe('a yes/no question whose caption is a condition asks whether the person has it', () => {
  it('"Asthma" and "COPD" in a review of systems are conditions', () => {
    const k = scanKinds(
      rosPage([
        rosRow([
          ['Cough', 'cough'],
          ['Asthma', 'asthma'],
          ['COPD', 'copd'],
        ]),
      ]),
      'OpenEMR',
    );
    expect(k).toEqual({ cough: 'other_health', asthma: 'diagnosis_or_condition', copd: 'diagnosis_or_condition' });
  });

  it('near miss: a condition caption over yes/no answers on a page that is not about health says nothing', () => {
    expect(kindOf({ type: 'radio', inferred: 'Asthma:', options: ['Yes', 'No'], members: 2 })).toBeNull();
  });

  it('a yes/no question after "History of …" asks about today (a free-text diagnosis after one stays history, above)', () => {
    const k = scanKinds(
      rosPage([
        rosRow([
          ['Chest Pain', 'cp'],
          ['History of Heart Murmur', 'hm'],
          ['Arrythmia', 'arr'],
        ]),
      ]),
      'OpenEMR',
    );
    expect(k).toEqual({ cp: 'other_health', hm: 'health_history', arr: 'diagnosis_or_condition' });
  });
});

describe('a yes/no question between two of one health kind in a row asks the same kind of thing', () => {
  it('"Sputum" (also a specimen) between "Cough" and "Shortness of Breath" is a symptom', () => {
    const k = scanKinds(
      rosPage([
        rosRow([
          ['Cough', 'cough'],
          ['Sputum', 'sputum'],
          ['Shortness of Breath', 'shortness_of_breath'],
        ]),
      ]),
      'OpenEMR',
    );
    expect(k).toEqual({ cough: 'other_health', sputum: 'other_health', shortness_of_breath: 'other_health' });
  });

  it('near miss: between questions of two kinds, or captioned with something never sensitive, it says nothing', () => {
    const k = scanKinds(
      rosPage([
        rosRow([
          ['Cough', 'c'],
          ['Sputum', 's'],
          ['Asthma', 'a'],
        ]),
        rosRow([
          ['Fever', 'f'],
          ['Email', 'e'],
          ['Chills', 'ch'],
        ]),
      ]),
      'OpenEMR',
    );
    expect(k).toEqual({ c: 'other_health', a: 'diagnosis_or_condition', f: 'other_health', ch: 'other_health' });
  });

  it('near miss: "PND" (pendidikan) over school levels on a patient master stays silent', () => {
    const k = scanKinds(
      '<form method="post"><h3>Data Pasien</h3><label for="alergi">Alergi</label><input id="alergi">' +
        '<label for="keluhan">Keluhan</label><input id="keluhan"><label for="pnd">PND</label><select id="pnd">' +
        '<option>TS</option><option>SD</option><option>SMP</option><option>SMA</option><option>S1</option></select></form>',
    );
    expect(k.pnd).toBeUndefined();
  });
});

/** The Frappe desk: a section head div, one <form> per column, unassociated labels, data-fieldname only. */
function frappeSection(head: string, columns: Array<Array<[string, string, string]>>): string {
  const control = ([fn, label, tag]: [string, string, string]) =>
    `<div class="frappe-control" data-fieldname="${fn}"><div class="form-group"><div class="clearfix">` +
    `<label class="control-label">${label}</label></div><div class="control-input-wrapper"><div class="control-input">` +
    (tag === 'textarea'
      ? `<textarea class="form-control" data-fieldname="${fn}"></textarea>`
      : tag.startsWith('select')
        ? `<select class="form-control" data-fieldname="${fn}">${tag
            .slice(7)
            .split('/')
            .map((o) => `<option>${o}</option>`)
            .join('')}</select>`
        : `<input type="text" class="form-control" data-fieldname="${fn}">`) +
    '</div></div></div></div>';
  return (
    `<div class="row form-section"><div class="section-head">${head}</div><div class="section-body">` +
    columns.map((c) => `<div class="form-column col-sm-6"><form>${c.map(control).join('')}</form></div>`).join('') +
    '</div></div>'
  );
}
function frappeKinds(html: string, title = ''): Record<string, string> {
  const doc = page(html, title);
  const out: Record<string, string> = {};
  for (const f of scanRoot(doc).fields) out[f.element.getAttribute('data-fieldname')!] = f.report.kind;
  return out;
}

describe('a "section-head" block is a heading (Frappe desk sections)', () => {
  it('"Notes" under a "Vital Signs" section head is the vital signs\' notes', () => {
    const k = frappeKinds(
      frappeSection('Vital Signs', [[['temperature', 'Body Temperature', 'input']], [['note', 'Notes', 'textarea']]]),
    );
    expect(k).toEqual({ temperature: 'other_health', note: 'other_health' });
  });

  it('near miss: "Notes" under a "Shipping" section head says nothing', () => {
    expect(frappeKinds(frappeSection('Shipping', [[['note', 'Notes', 'textarea']]]))).toEqual({});
  });
});

describe("a free-text box with no topic after two health fields of one kind under one heading is that section's notes", () => {
  const vitals = frappeSection('Vital Signs', [
    [
      ['temperature', 'Body Temperature', 'input'],
      ['pulse', 'Heart Rate / Pulse', 'input'],
    ],
  ]);
  const nutrition = (head2: string) =>
    vitals +
    frappeSection('Nutrition Values', [
      [
        ['height', 'Height (In Meter)', 'input'],
        ['weight', 'Weight (In Kilogram)', 'input'],
      ],
    ]) +
    (head2 ? frappeSection(head2, [[['note', 'Notes', 'textarea']]]) : '');

  it('"Notes" beside Height and Weight under "Nutrition Values" is other health', () => {
    const html =
      vitals +
      frappeSection('Nutrition Values', [
        [
          ['height', 'Height (In Meter)', 'input'],
          ['weight', 'Weight (In Kilogram)', 'input'],
        ],
        [['note', 'Notes', 'textarea']],
      ]);
    expect(frappeKinds(html, 'New Vital Signs')).toMatchObject({
      height: 'other_health',
      weight: 'other_health',
      note: 'other_health',
    });
  });

  it('near miss: "Notes" under the next section\'s own heading is that section\'s', () => {
    const k = frappeKinds(nutrition('More Information'), 'New Vital Signs');
    expect(k).toMatchObject({ height: 'other_health', weight: 'other_health' });
    expect(k.note).toBeUndefined();
  });

  it('near miss: after fields of two kinds the notes are not one of them', () => {
    const html = frappeSection('Details', [
      [
        ['allergies', 'Allergies', 'textarea'],
        ['medication', 'Medication', 'textarea'],
      ],
      [['note', 'Notes', 'textarea']],
    ]);
    expect(frappeKinds(html, 'New Patient')).toEqual({ allergies: 'allergy', medication: 'medication' });
  });
});

describe('examination findings and risk factors (vocab/en.json: Frappe Healthcare vital signs and patient)', () => {
  it('"Tongue" and "Abdomen" selects of findings under vital signs are other health', () => {
    const html = frappeSection('Vital Signs', [
      [
        ['pulse', 'Heart Rate / Pulse', 'input'],
        ['tongue', 'Tongue', 'select:Coated/Normal/Furry'],
      ],
      [['abdomen', 'Abdomen', 'select:Normal/Bloated/Constipated']],
    ]);
    expect(frappeKinds(html)).toEqual({ pulse: 'other_health', tongue: 'other_health', abdomen: 'other_health' });
  });

  it('"Other Risk Factors" in a patient\'s history is other health', () => {
    const html = frappeSection('Risk Factors', [
      [
        ['tobacco', 'Tobacco Consumption (Past)', 'input'],
        ['other', 'Other Risk Factors', 'textarea'],
      ],
    ]);
    expect(frappeKinds(html, 'New Patient')).toEqual({ tobacco: 'health_history', other: 'other_health' });
  });

  it('near miss: a shoe\'s "Tongue" and a loan\'s "Risk factors" say nothing', () => {
    expect(
      kindOf({
        type: 'select',
        tag: 'select',
        label: 'Tongue',
        options: ['Padded', 'Gusseted'],
        pageTitle: 'Trail runner',
      }),
    ).toBeNull();
    expect(
      kindOf({ type: 'textarea', tag: 'textarea', label: 'Risk factors', heading: 'Loan application' }),
    ).toBeNull();
  });
});

// Seventh pass: a sweep of real sign-up, sign-in and checkout pages kept as autofill fixtures (detect.design.md,
// "Seventh pass — sweep of real autofill fixtures"). Fixtures written here from scratch.
describe('a split date is asked once: a later part may carry the question', () => {
  const months = ['Birth Month', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August']
    .concat(['September', 'October', 'November', 'December'])
    .map((m) => `<option>${m}</option>`)
    .join('');

  it('a month select with no caption, then day and year boxes whose aria-label says "Birthday", is one date of birth', () => {
    const doc = page(
      '<form method="post"><input type="password" name="pw" aria-label="Password"><div class="dob">' +
        `<div><select name="mm" id="m">${months}</select></div>` +
        '<div><input type="tel" name="dd" maxlength="2" placeholder="Day" aria-label="Birthday"></div>' +
        '<div><input type="tel" name="yyyy" maxlength="4" placeholder="Year" aria-label="Birthday"></div></div></form>',
    );
    const fields = scanRoot(doc).fields;
    expect(fields.map((f) => [f.element.id, f.report.kind, f.report.label])).toEqual([
      ['m', 'date_of_birth', 'Birthday'],
    ]);
  });

  it('near miss: the same parts captioned only "Day" and "Year" (an expiry or a delivery date) say nothing', () => {
    const k = scanKinds(
      '<form method="post"><input type="password" name="pw" aria-label="Password"><div class="when">' +
        `<div><select name="mm" id="m">${months.replace('Birth Month', 'Month')}</select></div>` +
        '<div><input type="tel" name="dd" maxlength="2" placeholder="Day" aria-label="Day"></div>' +
        '<div><input type="tel" name="yyyy" maxlength="4" placeholder="Year" aria-label="Year"></div></div></form>',
    );
    expect(k).toEqual({});
  });
});

describe('an element right after a box whose `for` names it is its floating caption, whatever its tag', () => {
  it('a box followed by an aria-hidden <span for> "Birthday" is a date of birth', () => {
    const k = scanKinds(
      '<form method="post"><div class="field"><input type="text" id="in-7" class="date-input">' +
        '<span class="form-label" aria-hidden="true" for="in-7">Birthday</span></div></form>',
    );
    expect(k).toEqual({ 'in-7': 'date_of_birth' });
  });

  it("near miss: a <span for> naming another box is not this box's caption", () => {
    const k = scanKinds(
      '<form method="post"><div class="field"><input type="text" id="in-7">' +
        '<span class="form-label" for="in-8">Birthday</span></div>' +
        '<div class="field"><input type="text" id="in-8" aria-label="Nickname"></div></form>',
    );
    expect(k).toEqual({});
  });
});

describe('a caption may open with a word or two before the name it is about', () => {
  it.each(['First / Given name (as in passport)', 'Last / Family name (as in passport)'])('%s → nothing', (label) => {
    expect(kindOf({ label, heading: 'Personal information' })).toBeNull();
  });

  it('near miss: "Passport number" and a search by "nama pasien / nomor rekam medik" keep their identifiers', () => {
    expect(kindOf({ label: 'Passport number' })).toBe('passport');
    expect(kindOf({ label: 'Pasien', placeholder: 'Cari nama pasien/nomor rekam medik' })).toBe(
      'medical_record_number',
    );
  });
});

describe('only a length few numbers share makes a weak identifier word strong', () => {
  it('"Membership number" over a ten-digit phone-type box (a frequent-flyer sign-in) is not an insurance card', () => {
    expect(kindOf({ type: 'tel', label: 'Membership number', name: 'memberId', maxLength: 10 })).toBeNull();
  });

  it('near miss: "Nomor Kartu" over a thirteen-digit box is still a BPJS card number, and ten digits still add', () => {
    expect(kindOf({ type: 'tel', label: 'Nomor Kartu', maxLength: 13 })).toBe('health_insurance_id');
    expect(kindOf({ type: 'tel', label: 'Membership number', maxLength: 10, heading: 'Health insurance' })).toBe(
      'health_insurance_id',
    );
  });
});

// Seventh pass, Indonesian and Malay (det-id): SIMRS, puskesmas and clinic forms after r7-id-* pages of
// test/fixtures/realworld (detect.design.md, "Seventh pass", "Indonesian and Malay").
describe('a unit only a body is measured in names the box a vital sign', () => {
  const vitals =
    '<form method="post"><p>Keluhan utama: <textarea name="keluhan"></textarea></p><p>Suhu: <input name="suhu"> °C</p>' +
    '<div><span>TD:</span> <input name="td1"> <span>/</span> <input name="td2"> <span>mmHg</span></div>' +
    '<div><span>N:</span> <input name="n"> <span>x/menit</span></div>' +
    '<div><input name="rr" placeholder="/mnt"></div></form>';

  it('"TD [ ] / [ ] mmHg", "N: [ ] x/menit" and a "/mnt" placeholder on a clinical form are vital signs', () => {
    const k = scanKinds(vitals, 'Pemeriksaan Awal');
    expect(k.td2).toBe('other_health');
    expect(k.n).toBe('other_health');
    expect(k.rr).toBe('other_health');
  });

  it('near miss: the same unit on a weather log says nothing (the unit is weak evidence)', () => {
    expect(
      scanKinds(
        '<form><p>Tekanan udara: <input name="tekanan"> mmHg</p><p>Lokasi: <input name="lokasi"></p></form>',
        'Cuaca',
      ),
    ).toEqual({});
  });

  it('near miss: weight and length units say nothing on their own (a parcel has them too)', () => {
    const k = scanKinds(
      '<form><p>Keluhan: <textarea name="keluhan"></textarea></p><p>Suhu badan: <input name="suhu"></p>' +
        '<div><span>Paket:</span> <input name="berat"> <span>kg</span></div></form>',
      'Pemeriksaan',
    );
    expect(k.berat).toBeUndefined();
  });
});

describe('a yes/no question naming a condition asks whether the person has it; under a history heading, had it', () => {
  const table = (title: string) =>
    `<form method="post"><table><tr><td colspan="4"><b>${title}</b></td></tr>` +
    '<tr><td>Mengalami Hipertensi :</td><td><select name="ht"><option>Tidak</option><option>Ya</option></select></td>' +
    '<td>Penyakit Lain :</td><td><input type="text" name="lain"></td></tr>' +
    '<tr><td>Bersedia dihubungi :</td><td><select name="kontak"><option>Tidak</option><option>Ya</option></select></td></tr>' +
    '</table></form>';

  it('"I. RIWAYAT PENYAKIT › Mengalami Hipertensi : [Tidak / Ya]" and "Penyakit Lain" are history', () => {
    expect(scanKinds(table('I. RIWAYAT PENYAKIT'), 'Asesmen Awal Medis')).toEqual({
      ht: 'health_history',
      lain: 'health_history',
    });
  });

  it('near miss: a form that is all history (its title) asks about today as well', () => {
    const k = scanKinds(table('Riwayat Penyakit'), 'Riwayat Penyakit');
    expect(k.ht).toBe('diagnosis_or_condition');
  });

  it('near miss: under an examination heading the same question is a condition today', () => {
    expect(scanKinds(table('III. SKRINING'), 'Asesmen Awal Medis')).toEqual({
      ht: 'diagnosis_or_condition',
      lain: 'diagnosis_or_condition',
    });
  });
});

describe('answers that say who told the history silence the question, however it is captioned', () => {
  it('"Anamnesis : [Autoanamnesis / Aloanamnesis]" (a Khanza-style spelling) is not a clinical answer', () => {
    const k = scanKinds(
      '<form method="post"><table><tr><td>Keluhan :</td><td><textarea name="keluhan"></textarea></td></tr>' +
        '<tr><td>Anamnesis :</td><td><select name="anamnesis"><option>Autoanamnesis</option><option>Aloanamnesis</option>' +
        '</select></td></tr></table></form>',
      'Asesmen Awal Medis',
    );
    expect(k).toEqual({ keluhan: 'other_health' });
  });

  it('near miss: an anamnesis written as free text is the history itself', () => {
    expect(scanKinds('<form><p>Anamnesis : <textarea name="anamnesis"></textarea></p></form>', 'Asesmen')).toEqual({
      anamnesis: 'other_health',
    });
  });
});

describe('a paragraph that is only underlined or bold words heads the rows under it', () => {
  const form = (title: string) =>
    `<form method="post"><p>${title}</p><div class="row"><div class="col-2"><label for="umum">Umum :</label></div>` +
    '<div class="col-4"><input type="text" id="umum" name="umum"></div></div>' +
    '<div class="row"><div class="col-2"><label for="gm">Gigi dan Mulut :</label></div>' +
    '<div class="col-4"><input type="text" id="gm" name="gm"></div></div></form>';

  it('"<p><u>Riwayat kesehatan (PDH dan PMH)</u></p> › Umum / Gigi dan Mulut" are history', () => {
    expect(scanKinds(form('<u>Riwayat kesehatan (PDH dan PMH)</u>'), 'Asesmen Gigi')).toEqual({
      umum: 'health_history',
      gm: 'health_history',
    });
  });

  it('near miss: a sentence that only opens with emphasis is not a title', () => {
    expect(
      scanKinds(form('<u>Riwayat kesehatan</u> diisi oleh petugas pendaftaran bila pasien datang'), 'Formulir'),
    ).toEqual({});
  });
});

describe('vocabulary of the seventh pass (id.json sources: dental, haemodialysis, clinic lab forms)', () => {
  const clinical = { heading: 'Asesmen Medis', medicalContext: true };

  it('Sistol / Diastol, intra-oral findings and exam signs are observations', () => {
    for (const label of ['Sistol', 'Diastol', 'Gingiva', 'Torus palatinus', 'Oklusi', 'Hepatomegali', 'Ikterik'])
      expect(kindOf({ label, ...clinical }), label).toBe('other_health');
  });

  it('HBsAg / Anti HCV over Reaktif answers are lab results; "Pernah Transplantasi Ginjal" is history', () => {
    const answers = { type: 'select', tag: 'select' as const, ...clinical };
    expect(kindOf({ label: 'HBsAg', options: ['Non Reaktif', 'Reaktif'], ...answers })).toBe('lab_or_imaging_result');
    expect(kindOf({ label: 'Anti HCV', options: ['Non Reaktif', 'Reaktif'], ...answers })).toBe(
      'lab_or_imaging_result',
    );
    expect(kindOf({ label: 'Pernah Transplantasi Ginjal', options: ['Tidak', 'Ya'], ...answers })).toBe(
      'health_history',
    );
  });

  it('near miss: "Lidah" (tongue) is weak: on a menu form it names nothing', () => {
    expect(kindOf({ label: 'Lidah', heading: 'Menu Masakan Padang' })).toBeNull();
    expect(kindOf({ label: 'Lidah', ...clinical })).toBe('other_health');
  });

  it('near miss: the date of a first dialysis is a date, not history', () => {
    expect(kindOf({ type: 'date', label: 'Dialisis Pertama', ...clinical })).toBeNull();
  });
});
