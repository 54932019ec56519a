// Issue 19, "own evidence" (detect.design.md): a field is flagged on what it says itself; page and section
// context choose between kinds and strengthen weak words, never flag a date, a time, an amount, a consent box,
// a facility's or a login's id, or a technical word on a support page by themselves.
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../lib/detect/classify-field';
import { emptyDescriptor, type FieldDescriptor } from '../../../lib/detect/field-descriptor';
import { optionsSay } from '../../../lib/detect/structural-hints';
import { vocabulary } from '../../../lib/detect/vocabulary';
import type { FieldKind } from '../../../lib/kinds/field-kinds';
import { scanKinds } from './dom-helpers';

function field(over: Partial<FieldDescriptor>): FieldDescriptor {
  return { ...emptyDescriptor('input', 'text'), ...over };
}
const kindOf = (over: Partial<FieldDescriptor>) => classifyField(field(over))?.kind ?? null;
const clinical = { heading: 'Triase IGD', pageTitle: 'SIMRS - Rawat Jalan', medicalContext: true };

describe('a caption about a date, time, cost or consent is about that', () => {
  it.each<[string, Partial<FieldDescriptor>]>([
    ['Jam Triase', { label: 'Jam Triase' }],
    ['Waktu Triase on a time input', { type: 'time', label: 'Waktu Triase' }],
    ['Tanggal Pemeriksaan Lab on a date input', { type: 'date', label: 'Tanggal Pemeriksaan Lab' }],
    ['Triage time', { label: 'Triage time' }],
    ['Biaya Tindakan', { type: 'number', label: 'Biaya Tindakan' }],
    ['Radiology fee', { type: 'number', label: 'Radiology fee' }],
    ['Medication co-payment', { type: 'number', label: 'Medication co-payment' }],
    ['a consent box', { type: 'checkbox', following: 'I consent to the clinic storing my medical history' }],
    ['persetujuan', { type: 'checkbox', following: 'Saya menyetujui hasil laboratorium dikirim lewat email' }],
  ])('%s → nothing', (_what, over) => {
    expect(kindOf({ ...clinical, ...over })).toBeNull();
  });

  it('a name or id that names the time is silenced with its label', () => {
    expect(kindOf({ ...clinical, label: 'Jam Triase', name: 'triase' })).toBeNull();
  });

  it.each<[string, Partial<FieldDescriptor>, FieldKind]>([
    ['a date of birth that is also captioned "Date"', { aria: 'Date of Birth Date' }, 'date_of_birth'],
    ['Tanggal Lahir on a date input', { type: 'date', label: 'Tanggal Lahir' }, 'date_of_birth'],
    ['HPHT on a date input', { type: 'date', label: 'HPHT' }, 'other_health'],
    ['Tgl. HPHT', { type: 'date', label: 'Tgl. HPHT' }, 'other_health'],
    ['Estimated due date', { type: 'date', label: 'Estimated due date' }, 'other_health'],
    ['Bleeding time', { label: 'Bleeding time' }, 'lab_or_imaging_result'],
    ['Kategori Triase', { type: 'select', label: 'Kategori Triase' }, 'other_health'],
  ])('%s keeps its kind', (_what, over, kind) => {
    expect(kindOf({ ...clinical, ...over })).toBe(kind);
  });
});

describe('context never flags a date by itself', () => {
  it('a weak word on a date input stays silent even on a clinical page', () => {
    expect(kindOf({ ...clinical, type: 'date', label: 'Kontrol' })).toBeNull();
    expect(kindOf({ ...clinical, type: 'text', label: 'Kontrol' })).toBe('other_health');
  });

  it('an unlabelled date input under a clinical heading stays silent', () => {
    expect(kindOf({ type: 'date', heading: 'Riwayat Penyakit', medicalContext: true })).toBeNull();
  });

  it('free text under a clinical heading takes the heading', () => {
    expect(kindOf({ type: 'textarea', label: 'Description', heading: 'Riwayat Penyakit Sekarang' })).toBe(
      'health_history',
    );
  });
});

describe('yes/no answers', () => {
  it('reads yes/no option lists', () => {
    const voc = vocabulary();
    expect(optionsSay(['-- Pilih --', 'Ya', 'Tidak'], voc)).toBe('yesno');
    expect(optionsSay(['Yes', 'No', 'Not sure'], voc)).toBe('yesno');
    expect(optionsSay(['Ya', 'Tidak', 'Hipertensi'], voc)).not.toBe('yesno');
  });

  it('a yes/no answer is never a result, a blood group or a number', () => {
    expect(kindOf({ type: 'select', label: 'Sudah ada hasil lab?', options: ['Ya', 'Tidak'], ...clinical })).toBeNull();
    expect(kindOf({ type: 'select', label: 'Donor darah?', options: ['Ya', 'Tidak'], ...clinical })).toBeNull();
  });

  it('a yes/no question about the person is still what it asks', () => {
    expect(kindOf({ type: 'radio', members: 2, legend: 'Do you have any allergies?', options: ['Yes', 'No'] })).toBe(
      'allergy',
    );
  });

  it('a yes/no select does not take its section', () => {
    expect(
      kindOf({ type: 'select', options: ['Ya', 'Tidak'], heading: 'Riwayat Penyakit', medicalContext: true }),
    ).toBeNull();
  });
});

describe('"ID" near patient words', () => {
  it.each([
    'Hospital ID',
    'Clinic ID',
    'Kode Faskes',
    'Kode PPK',
    'Cons ID',
    'User Key',
    'Consumer ID',
    'User ID',
    'No. Antrian',
    'Nomor Antrean',
    'Queue number',
  ])('%s is not a person’s number', (label) => {
    expect(
      kindOf({ label, heading: 'Pendaftaran Pasien', pageTitle: 'Patient portal', medicalContext: true }),
    ).toBeNull();
  });

  it('the patient’s own ids still are', () => {
    expect(kindOf({ label: 'Patient ID', medicalContext: true })).toBe('medical_record_number');
    expect(kindOf({ label: 'Hospital number' })).toBe('medical_record_number');
    expect(kindOf({ label: 'No. Antrian RM', medicalContext: true })).toBe('medical_record_number');
  });

  it('a referral number is not the insurance card number', () => {
    expect(kindOf({ label: 'No. Rujukan', heading: 'Rujukan BPJS', medicalContext: true })).toBeNull();
  });
});

describe('support pages of ordinary software', () => {
  const support = { pageTitle: 'Acme Router – Troubleshooting', heading: 'Report a bug' };
  it.each(['Symptoms', 'Diagnosis', 'Prognosis', 'Triage'])('"%s" on a troubleshooting page is technical', (label) => {
    expect(kindOf({ ...support, type: 'textarea', label })).toBeNull();
  });

  it('the same words on a clinic page are health words', () => {
    expect(kindOf({ type: 'textarea', label: 'Symptoms', pageTitle: 'Clinic intake' })).toBe('other_health');
  });

  it('an identifier on a support page is still an identifier', () => {
    expect(kindOf({ ...support, label: 'NIK' })).toBe('national_id');
  });

  it('a support page whose document already has health fields is clinical after all', () => {
    expect(kindOf({ ...support, type: 'textarea', label: 'Symptoms', medicalContext: true })).toBe('other_health');
  });

  it('in a whole page: a helpdesk form with Symptoms and Diagnostic history gets no badge', () => {
    const k = scanKinds(
      `<h1>Tech support</h1><form><label for="s">Symptoms</label><textarea id="s"></textarea>
       <label for="d">Diagnosis so far</label><textarea id="d"></textarea>
       <label for="h">Treatment tried</label><input id="h"></form>`,
      'Helpdesk – Printer troubleshooting',
    );
    expect(k).toEqual({});
  });
});

describe('options as evidence', () => {
  it('a select captioned with an unknown word but clinical options is what its options are', () => {
    const options = ['-- Pilih --', 'Compos Mentis', 'Apatis', 'Somnolen', 'Sopor', 'Koma'];
    expect(kindOf({ type: 'select', label: 'Status', options })).toBeNull(); // "status" is a negative caption
    expect(kindOf({ type: 'select', label: 'Pilihan', options })).toBe('other_health');
  });

  it('a list of topics where only some are clinical is a list of topics', () => {
    const options = ['Umum', 'Anak', 'Kehamilan', 'Kulit & Kelamin', 'Kesehatan Jiwa', 'Gigi'];
    expect(kindOf({ type: 'select', label: 'Topik', options, medicalContext: true })).toBeNull();
  });

  it('weakly clinical options count only on a document with health fields', () => {
    const options = ['Tablet', 'Kapsul', 'Sirup', 'Salep'];
    expect(kindOf({ type: 'select', label: 'Kemasan', options, pageTitle: 'Apotek Sehat' })).toBeNull();
    expect(kindOf({ type: 'select', label: 'Kemasan', options, medicalContext: true })).toBe('medication');
  });

  it('a choice of test modality is an order, not a result', () => {
    const options = ['CT scan', 'MRI', 'USG', 'Rontgen'];
    expect(kindOf({ type: 'select', label: 'Modality', options, medicalContext: true })).toBeNull();
  });
});

describe('credentials and settings of health systems', () => {
  it.each(['BPJS Cons ID', 'BPJS Secret Key', 'BPJS User Key', 'Base URL API EMR BPJS', 'Token SATUSEHAT'])(
    '%s is a setting, not the card',
    (label) => {
      expect(kindOf({ label, name: 'bpjs_setting', pageTitle: 'Pengaturan Bridging' })).toBeNull();
    },
  );
});

describe('Indonesian clinical vocabulary from real systems', () => {
  it.each<[string, FieldKind]>([
    ['Jalan Napas', 'other_health'],
    ['Skala Triase', 'other_health'],
    ['GCS Motorik (M)', 'other_health'],
    ['Menarche', 'other_health'],
    ['Siklus Haid', 'other_health'],
    ['Riwayat Pengobatan', 'health_history'],
    ['Nama Racikan', 'medication'],
    ['Hasil Crossmatch', 'lab_or_imaging_result'],
    ['Resus', 'blood_type'],
    ['Laporan Operasi', 'other_health'],
    ['Odontogram', 'other_health'],
    ['Sakit Menahun', 'diagnosis_or_condition'],
  ])('%s → %s', (label, kind) => {
    expect(kindOf({ label })).toBe(kind);
  });

  it('weak triage words need the page to be clinical', () => {
    expect(kindOf({ type: 'select', label: 'Airway' })).toBeNull();
    expect(kindOf({ type: 'select', label: 'Airway', ...clinical })).toBe('other_health');
  });

  it('administrative neighbours stay silent', () => {
    for (const label of ['Waktu Kelahiran', 'Anak Ke', 'Cakupan Imunisasi', 'Selesai Operasi', 'Jml'])
      expect(kindOf({ label, ...clinical, name: 'x' }), label).toBeNull();
  });
});
