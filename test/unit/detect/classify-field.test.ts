// The string-only classifier: descriptors in, kinds out, no DOM.
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../lib/detect/classify-field';
import { emptyDescriptor, type FieldDescriptor } from '../../../lib/detect/field-descriptor';
import type { FieldKind } from '../../../lib/kinds/field-kinds';

function field(over: Partial<FieldDescriptor>): FieldDescriptor {
  return { ...emptyDescriptor('input', 'text'), ...over };
}
const kindOf = (over: Partial<FieldDescriptor>) => classifyField(field(over))?.kind ?? null;

describe('classifyField: labels name the kind', () => {
  it.each<[string, FieldKind]>([
    ['NIK', 'national_id'],
    ['No. KTP', 'national_id'],
    ['Nomor Induk Kependudukan', 'national_id'],
    ['No. Kartu Keluarga', 'family_card'],
    ['No. KK', 'family_card'],
    ['No. Kartu BPJS', 'health_insurance_id'],
    ['Nomor Kartu JKN-KIS', 'health_insurance_id'],
    ['NHS number', 'health_insurance_id'],
    ['ABHA Number', 'health_insurance_id'],
    ['No. RM', 'medical_record_number'],
    ['Nomor Rekam Medis', 'medical_record_number'],
    ['MRN', 'medical_record_number'],
    ['NPWP', 'tax_id'],
    ['No. Paspor', 'passport'],
    ['Passport number', 'passport'],
    ['Diagnosa Awal', 'diagnosis_or_condition'],
    ['Kode ICD-10', 'diagnosis_or_condition'],
    ['Obat yang sedang dikonsumsi', 'medication'],
    ['Current medications', 'medication'],
    ['Riwayat Alergi', 'allergy'],
    ['Allergies', 'allergy'],
    ['Golongan Darah', 'blood_type'],
    ['Blood group', 'blood_type'],
    ['Hasil Laboratorium', 'lab_or_imaging_result'],
    ['Riwayat Penyakit Dahulu', 'health_history'],
    ['Family medical history', 'health_history'],
    ['Keluhan Utama', 'other_health'],
    ['Reason for visit', 'other_health'],
    ['Tanggal Lahir', 'date_of_birth'],
    ['Date of birth', 'date_of_birth'],
    ['Tarikh Lahir', 'date_of_birth'],
    ['No. Kad Pengenalan', 'national_id'],
    ['Kumpulan Darah', 'blood_type'],
    ['NRIC / FIN', 'national_id'],
    ['Số thẻ BHYT', 'health_insurance_id'],
    ['Fecha de nacimiento', 'date_of_birth'],
  ])('%s → %s', (label, kind) => {
    expect(kindOf({ label })).toBe(kind);
  });

  it('reads ids and names split into words', () => {
    expect(kindOf({ name: 'no_rkm_medis' })).toBe('medical_record_number');
    expect(kindOf({ id: 'nikPasien' })).toBe('national_id');
    expect(kindOf({ name: 'txtNoKTP' })).toBe('national_id');
    expect(kindOf({ name: 'tgllahir' })).toBe('date_of_birth');
    expect(kindOf({ name: 'i1subscriber_DOB' })).toBe('date_of_birth');
    expect(kindOf({ name: 'form_ss', title: 'Social Security Number' })).toBe('national_id');
  });
});

describe('classifyField: negatives first', () => {
  it.each([
    'Nickname',
    'Status Nikah',
    'Status Pernikahan',
    'Teknik',
    'NIK Karyawan',
    'No. Kartu Kredit',
    'Nomor Resi',
    'Golongan Usia',
    'Golongan',
    'Diagnostic mode',
    'Nama Ibu Kandung',
    "Mother's maiden name",
    'Email',
    'No. HP',
    'Alamat sesuai KTP',
    'Nama (sesuai KTP)',
    'Full name (as in NRIC/Passport)',
    'Kode Pos',
    'Username',
    'Kode OTP',
    'Jenis Kelamin',
    'Agama',
    'Pekerjaan',
    'Pesan',
    'BPJS Ketenagakerjaan',
    'Tempat Lahir',
    'Jumlah (RM)',
  ])('%s is never sensitive', (label) => {
    expect(kindOf({ label })).toBeNull();
  });

  it('a 16-digit order number is not a NIK', () => {
    expect(kindOf({ label: 'No. Invoice', maxLength: 16, inputmode: 'numeric' })).toBeNull();
    expect(kindOf({ label: 'Nomor Resi', pattern: '[0-9]{16}' })).toBeNull();
  });

  it('a label that names something else silences the id', () => {
    expect(kindOf({ label: 'Email', name: 'nik' })).toBeNull();
    expect(kindOf({ label: 'Nama', id: 'no_ktp' })).toBeNull();
  });

  it('a place-of-birth box under a "Tempat/Tgl. Lahir" caption is the place', () => {
    expect(kindOf({ inferred: 'Tmp/Tgl. Lahir', name: 'tmp_lahir' })).toBeNull();
    expect(kindOf({ inferred: 'Tmp/Tgl. Lahir', name: 'tgl_lahir' })).toBe('date_of_birth');
  });
});

describe('classifyField: autocomplete, types, search boxes', () => {
  it('bday means date of birth; payment, one-time-code and passwords never count', () => {
    expect(kindOf({ autocomplete: 'bday', type: 'date' })).toBe('date_of_birth');
    expect(kindOf({ label: 'NIK', autocomplete: 'cc-number' })).toBeNull();
    expect(kindOf({ label: 'No. BPJS', autocomplete: 'one-time-code' })).toBeNull();
    expect(kindOf({ label: 'NIK', type: 'password' })).toBeNull();
    expect(kindOf({ label: 'NIK', type: 'email' })).toBeNull();
  });

  it('a radio or date picker cannot hold an identifier', () => {
    expect(kindOf({ label: 'NIK', type: 'radio' })).toBeNull();
    expect(kindOf({ label: 'No. Paspor', type: 'date' })).toBeNull();
  });

  it('a search box counts only when it asks for an identifier', () => {
    expect(kindOf({ placeholder: 'Cari No. RM', isSearch: true, type: 'search' })).toBe('medical_record_number');
    expect(kindOf({ placeholder: 'Masukkan 16 digit NIK', isSearch: true })).toBe('national_id');
    expect(kindOf({ placeholder: 'Cari penyakit, obat, atau gejala', isSearch: true, type: 'search' })).toBeNull();
    expect(kindOf({ placeholder: 'Search', name: 'nik', isSearch: true })).toBeNull();
  });
});

describe('classifyField: weak names need a health context or a structural hint', () => {
  it('"Keluhan" alone is a customer complaint; on a clinic page it is a chief complaint', () => {
    expect(kindOf({ label: 'Keluhan' })).toBeNull();
    expect(kindOf({ label: 'Keluhan', medicalContext: true })).toBe('other_health');
    expect(kindOf({ label: 'Keluhan', heading: 'Pendaftaran Pasien Poli Umum' })).toBe('other_health');
  });

  it('"No. Kartu" with 13 digits is a BPJS card; with 16 it is not', () => {
    expect(kindOf({ label: 'No. Kartu', maxLength: 13, inputmode: 'numeric' })).toBe('health_insurance_id');
    expect(kindOf({ label: 'No. Kartu', maxLength: 16, inputmode: 'numeric' })).toBeNull();
  });

  it('a rating scale is an opinion even on a hospital page', () => {
    expect(
      kindOf({
        inferred: 'Bagaimana penilaian petugas?',
        type: 'radio',
        members: 3,
        options: ['Puas', 'Cukup puas', 'Tidak puas'],
        medicalContext: true,
      }),
    ).toBeNull();
  });
});

describe('classifyField: structural evidence', () => {
  it('A/B/AB/O options mean blood type', () => {
    expect(kindOf({ label: 'G.D.', type: 'select', tag: 'select', options: ['-', 'A', 'B', 'AB', 'O'] })).toBe(
      'blood_type',
    );
    expect(
      kindOf({ label: 'Type', type: 'select', tag: 'select', options: ['A+', 'A-', 'B+', 'B-', 'AB+', 'O+', 'O-'] }),
    ).toBe('blood_type');
  });

  it('male/female options mean sex, never sensitive', () => {
    expect(
      kindOf({ name: 'status_hiv', type: 'select', tag: 'select', options: ['Laki-laki', 'Perempuan'] }),
    ).toBeNull();
  });

  it('a checklist of conditions is a conditions checklist', () => {
    expect(
      kindOf({
        inferred: 'Centang yang sesuai',
        type: 'checkbox',
        members: 4,
        options: ['Diabetes', 'Hipertensi', 'Asma', 'Tidak ada'],
      }),
    ).toBe('diagnosis_or_condition');
  });

  it('DICOM uploads are imaging; a CV upload is nothing', () => {
    expect(kindOf({ type: 'file', accept: '.dcm,application/dicom', label: 'Upload' })).toBe('lab_or_imaging_result');
    expect(kindOf({ type: 'file', accept: 'application/pdf', label: 'Upload CV' })).toBeNull();
    expect(
      kindOf({ type: 'file', accept: 'application/pdf', label: 'Pilih berkas', heading: 'Unggah Hasil Laboratorium' }),
    ).toBe('lab_or_imaging_result');
    expect(kindOf({ type: 'file', accept: 'image/*', label: 'Foto KTP' })).toBe('national_id');
  });

  it('a split date with a birth caption is a date of birth', () => {
    expect(
      kindOf({ label: 'Day', legend: 'What is your date of birth?', splitDate: true, members: 3, maxLength: 2 }),
    ).toBe('date_of_birth');
  });
});
