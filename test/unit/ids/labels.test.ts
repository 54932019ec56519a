// Label behaviour: label-only schemes, the label winning over the value, labels that refuse, long labels.
import { describe, expect, it } from 'vitest';
import { recognizeIdentifier } from '../../../lib/ids';
import { readLabel } from '../../../lib/ids/label/read-label';
import { labelWords } from '../../../lib/ids/label/phrases';
import { find, schemes } from './helpers';

const MALE_NIK = '3171011708450001';
const FEMALE_NIK = '3171015708450001';

describe('label-only schemes', () => {
  it.each([
    ['0011336526592', 'id.bpjs', 'No. Kartu BPJS Kesehatan'],
    ['0011336526592', 'id.bpjs', 'Nomor Peserta JKN'],
    ['0011336526592', 'id.bpjs', 'noka'],
    ['0011336526592', 'id.bpjs', 'Nomor Kartu'],
    ['000123', 'id.rm', 'No. RM'],
    ['000123', 'id.rm', 'noRekamMedis'],
    ['000123', 'id.rm', 'MRN'],
    ['000123', 'id.rm', 'Patient number'],
    ['016090524017000', 'id.npwp', 'NPWP'],
    ['016090524017000', 'id.npwp', 'Nomor Pokok Wajib Pajak'],
    ['A1234567', 'id.passport', 'No. Paspor'],
    ['123456789012', 'ph.philhealth', 'PhilHealth ID'],
    ['123456789012', 'ph.philsys', 'PSN'],
    ['12345678901234', 'in.abha', 'ABHA number'],
    ['536904399', 'us.ssn', 'Social Security Number'],
    [MALE_NIK, 'id.kk', 'No. KK'],
  ])('%s is %s only with a label (%s)', (value, scheme, label) => {
    expect(find(value, scheme)).toBeUndefined();
    expect(recognizeIdentifier(value, { label })[0]).toEqual(expect.objectContaining({ scheme, valid: true }));
  });

  it('a label-only value with no label naming it is not an identifier', () => {
    expect(recognizeIdentifier('0011336526592')).toEqual([]);
    expect(recognizeIdentifier('000123')).toEqual([]);
    expect(recognizeIdentifier('A1234567')).toEqual([]);
  });

  it('a label naming a scheme the value does not fit adds nothing', () => {
    expect(recognizeIdentifier('12345', { label: 'NIK' })).toEqual([]);
    expect(recognizeIdentifier('31710117084500', { label: 'NIK' })).toEqual([]);
  });
});

describe('the label wins', () => {
  it('KK label over a NIK-shaped value: the KK first, even when the value breaks the KK rules', () => {
    expect(recognizeIdentifier(FEMALE_NIK, { label: 'Nomor Kartu Keluarga' })).toEqual([
      { kind: 'family_card', scheme: 'id.kk', valid: false },
      { kind: 'national_id', scheme: 'id.nik', valid: true },
    ]);
    expect(schemes(MALE_NIK, 'No. KK')).toEqual(['id.kk', 'id.nik']);
  });

  it('NIK label over an invalid NIK: reported, not valid', () => {
    expect(recognizeIdentifier('9971011708450001', { label: 'NIK' })).toEqual([
      { kind: 'national_id', scheme: 'id.nik', valid: false },
    ]);
  });

  it('a label naming two schemes reports both, valid first', () => {
    expect(schemes(FEMALE_NIK, 'No. KK / NIK')).toEqual(['id.nik', 'id.kk']);
    expect(schemes(MALE_NIK, 'NIK atau No. KK')).toEqual(['id.nik', 'id.kk']);
  });

  it('NPWP label over a NIK: the NPWP first, then the NIK', () => {
    expect(schemes(MALE_NIK, 'NPWP')).toEqual(['id.npwp', 'id.nik']);
  });

  it('a placeholder is reported under its label but never valid, and never alone', () => {
    expect(recognizeIdentifier('0000000000000', { label: 'BPJS' })).toEqual([
      { kind: 'health_insurance_id', scheme: 'id.bpjs', valid: false },
    ]);
    expect(recognizeIdentifier('0000000000')).toEqual([]); // passes the NHS check digit
    expect(recognizeIdentifier('000000000')).toEqual([]);
  });
});

describe('labels that ask for something else', () => {
  it.each([
    'No. HP',
    'Nomor WhatsApp',
    'Telepon',
    'Nomor Kartu Kredit',
    'Credit card number',
    'Card number',
    'Order ID',
    'No. Pesanan',
    'Nomor Invoice',
    'Nomor Resi',
    'Waybill',
    'Kode Booking',
    'Kode Voucher',
    'Kode OTP',
    'Verification code',
    'Nomor Rekening',
    'Tanggal lahir',
    'Harga (RM)',
  ])('%s → []', (label) => {
    expect(recognizeIdentifier(MALE_NIK, { label })).toEqual([]);
    expect(recognizeIdentifier('9434765919', { label })).toEqual([]);
    expect(recognizeIdentifier('150000', { label })).toEqual([]);
  });

  it('a strong identifier word outweighs them', () => {
    expect(schemes(MALE_NIK, 'NIK / No. HP')).toEqual(['id.nik']);
    expect(schemes('2123456701', 'Medicare card number')[0]).toBe('au.medicare');
    expect(schemes('123456789012', 'PhilHealth PIN')).toContain('ph.philhealth');
  });

  it('a weak word does not', () => {
    expect(recognizeIdentifier('0011336526592', { label: 'Nomor Kartu' })).toHaveLength(1);
    expect(recognizeIdentifier('0011336526592', { label: 'Nomor Kartu Debit' })).toEqual([]);
    expect(recognizeIdentifier('000123', { label: 'RM' })).toHaveLength(1);
  });
});

describe('label reading', () => {
  it('splits attribute names like labels, with the tokenizer and aliases of detection', () => {
    expect(labelWords('noRekamMedis')).toEqual(['no', 'rekam', 'medis']);
    expect(labelWords('NIKPasien')).toEqual(['nik', 'pasien']);
    expect(labelWords('nik_pasien[0]')).toEqual(['nik', 'pasien', '0']);
    expect(labelWords('No. KTP/NIK (16 digit)')).toEqual(['no', 'ktp', 'nik', '16', 'digit']);
    // Shared with detection: diacritics fold, dotted acronyms join, and every language's aliases apply.
    expect(labelWords('Numéro')).toEqual(['no']);
    expect(labelWords('No.R.M.')).toEqual(['no', 'rm']);
    expect(labelWords('Jml')).toEqual(['jumlah']);
  });

  it('reads a label as detection reads it: dotted acronyms, aliases of other languages', () => {
    expect(readLabel('No.R.M.').schemes).toEqual(['id.rm']);
    expect(readLabel('Federal Tax I.D. Number').schemes).toEqual([
      'id.npwp',
      'in.pan',
      'vn.mst',
      'sg.uen',
      'th.moa',
      'my.tin',
      'ph.tin',
      'au.tfn',
      'us.itin',
      'us.ein',
      'gb.utr',
    ]);
    expect(readLabel('Patient Identifier').schemes).toEqual(['id.rm']);
    expect(readLabel('Jml').refuses).toBe(true);
  });

  it('reads Thai and Devanagari words', () => {
    expect(readLabel('เลขประจำตัวประชาชน 13 หลัก').schemes).toEqual(['th.idnr']);
    expect(readLabel('आधार संख्या').schemes).toEqual(['in.aadhaar']);
  });

  it('a word inside a longer phrase does not count alone', () => {
    expect(readLabel('Medicare Beneficiary Identifier').schemes).toEqual(['us.mbi']);
    expect(readLabel('Medicare').schemes).toEqual(['au.medicare', 'us.mbi']);
    expect(readLabel('Nomor Kartu Keluarga').schemes).toEqual(['id.kk']);
  });

  it('generic identifier words name a kind, not a scheme', () => {
    const r = readLabel('Nomor Identitas');
    expect(r.schemes).toEqual([]);
    expect([...r.kinds]).toEqual(['national_id']);
  });

  it('matches whole words only', () => {
    expect(readLabel('Unik').schemes).toEqual([]);
    expect(readLabel('Update').refuses).toBe(false);
    expect(readLabel('Kkn').schemes).toEqual([]);
  });

  it('reads 100,000-character labels', () => {
    const tail = ' nomor induk kependudukan';
    expect(schemes(MALE_NIK, 'x '.repeat(50_000) + tail)).toEqual(['id.nik']);
    expect(schemes(MALE_NIK, 'a'.repeat(100_000) + ' NIK')).toEqual(['id.nik']);
    expect(schemes(MALE_NIK, 'nomor '.repeat(20_000))).toEqual(['id.nik']);
    expect(schemes(MALE_NIK, 'nomor kartu '.repeat(10_000))).toEqual(['id.nik']);
    expect(schemes(MALE_NIK, 'aB1'.repeat(40_000))).toEqual(['id.nik']);
    expect(schemes(MALE_NIK, 'ก'.repeat(100_000))).toEqual(['id.nik']);
  });
});
