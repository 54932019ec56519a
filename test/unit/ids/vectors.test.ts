// Public test vectors from ../shared/reference/ID-FORMATS.md §1–2 (sources named there), plus boundary cases
// built from the stated rules. Each row: scheme, value as people type it, a label naming the scheme, verdict.
import { describe, expect, it } from 'vitest';
import { recognizeIdentifier } from '../../../lib/ids';
import { SCHEME_IDS } from '../../../lib/ids/scheme';
import { find } from './helpers';

type Row = [scheme: string, value: string, label: string, valid: boolean];

const ROWS: Row[] = [
  // NIK: python-stdnum stdnum/id/nik.py; SATUSEHAT sandbox patients.
  ['id.nik', '3171011708450001', 'NIK', true],
  ['id.nik', '3171015708450001', 'NIK', true],
  ['id.nik', '9271060312000001', 'NIK', true],
  ['id.nik', '9204014804000002', 'NIK', true],
  ['id.nik', '9104224509000003', 'NIK', true],
  ['id.nik', '31.71.01.170845.0001', 'NIK', true],
  ['id.nik', '6571011708450002', 'NIK', true], // Kaltara (65), missing from python-stdnum
  ['id.nik', '3171012902000001', 'NIK', true], // 29 Feb 2000
  ['id.nik', '3171016902000001', 'NIK', true], // 29 Feb 2000, woman (+40)
  ['id.nik', '9971011708450001', 'NIK', false], // province 99
  ['id.nik', '3171013002001234', 'NIK', false], // 30 Feb
  ['id.nik', '3100011708450001', 'NIK', false], // regency 00
  ['id.nik', '3171001708450001', 'NIK', false], // district 00
  ['id.nik', '3171011708450000', 'NIK', false], // serial 0000
  ['id.nik', '3171014008450001', 'NIK', false], // day 40
  ['id.nik', '3171017208450001', 'NIK', false], // day 72
  ['id.nik', '3171011713450001', 'NIK', false], // month 13
  ['id.nik', '3171012902010001', 'NIK', false], // 29 Feb 1901/2001
  ['id.nik', '2171011708450001', 'NIK', true], // Kepri (21)
  ['id.nik', '2071011708450001', 'NIK', false], // 20 is no province
  // KK: region + registration date (no +40) + serial.
  ['id.kk', '3171010101200001', 'No. KK', true],
  ['id.kk', '3171011708450001', 'Nomor Kartu Keluarga', true],
  ['id.kk', '3171015708450001', 'No. KK', false], // day 57
  ['id.kk', '3171013102200001', 'No. KK', false], // 31 Feb
  ['id.kk', '9971010101200001', 'No. KK', false], // province 99
  // NPWP: python-stdnum tests/test_id_npwp.doctest.
  ['id.npwp', '01.312.166.0-091.000', 'NPWP', true],
  ['id.npwp', '016090524017000', 'NPWP', true],
  ['id.npwp', '0831326657201000', 'NPWP', true],
  ['id.npwp', '3171011708450001', 'NPWP', true],
  ['id.npwp', '01.451.869.7-054.000', 'NPWP', false],
  ['id.npwp', '0014518697054000', 'NPWP', false],
  ['id.npwp', '9971011708450001', 'NPWP', false],
  // NITKU: the 16-digit NPWP and a 6-digit place-of-business serial (PER-6/PJ/2024).
  ['id.npwp', '0831326657201000000000', 'NITKU', true],
  ['id.npwp', '3171011708450001 000001', 'NITKU', true],
  ['id.npwp', '0014518697054000000000', 'NITKU', false],
  ['id.npwp', '9971011708450001000000', 'ID TKU', false],
  // BPJS: VClaim API sample.
  ['id.bpjs', '0011336526592', 'No. Kartu BPJS', true],
  ['id.bpjs', '0001234567891', 'Nomor Peserta JKN-KIS', true],
  // SATUSEHAT IHS numbers: satusehat sandbox table.
  ['id.ihs', 'P02478375538', 'IHS Number', true],
  ['id.ihs', 'P03647103112', 'ID SATUSEHAT', true],
  ['id.ihs', 'p00805884304', 'IHS', true],
  // Medical record numbers: facility-specific.
  ['id.rm', '00-00-12', 'No. RM', true],
  ['id.rm', 'RM-2024-000123', 'Nomor Rekam Medis', true],
  // SIMRS Khanza / mLITE visit numbers (reg_periksa.no_rawat values in mas-elkhanza/SIMRS-Khanza-based code).
  ['id.rawat', '2024/11/10/000080', 'No. Rawat', true],
  ['id.rawat', '2021/07/30/000001', 'Nomor Rawat', true],
  ['id.rawat', '2021/02/29/000001', 'No. Rawat', false],
  // Passports.
  ['id.passport', 'A1234567', 'No. Paspor', true],
  ['id.passport', 'AB123456', 'Passport number', true],
  ['intl.passport', '123456789', 'Passport number', true],
  ['intl.passport', 'C01X00T47', 'Passport', true],
  // US SSN: python-stdnum stdnum/us/ssn.py.
  ['us.ssn', '536-90-4399', 'SSN', true],
  ['us.ssn', '666-00-0000', 'SSN', false],
  ['us.ssn', '666-12-3456', 'SSN', false],
  ['us.ssn', '000-12-3456', 'SSN', false],
  ['us.ssn', '900-12-3456', 'SSN', false],
  ['us.ssn', '123-00-4567', 'SSN', false],
  ['us.ssn', '123-45-0000', 'SSN', false],
  ['us.ssn', '078-05-1120', 'SSN', false],
  ['us.ssn', '219-09-9999', 'Social Security Number', false],
  ['us.ssn', '457-55-5462', 'SSN', false],
  // US MBI: CMS example.
  ['us.mbi', '1EG4-TE5-MK73', 'MBI', true],
  ['us.mbi', '0EG4-TE5-MK73', 'MBI', false], // position 1 is 1–9
  ['us.mbi', '1SG4-TE5-MK73', 'MBI', false], // S is never used
  ['us.mbi', '1EG4-TE5-MK7A', 'MBI', false], // position 11 is a digit
  // NHS: python-stdnum stdnum/gb/nhs.py.
  ['gb.nhs', '943 476 5919', 'NHS number', true],
  ['gb.nhs', '9434765870', 'NHS number', true],
  ['gb.nhs', '401-023-2137', 'NHS number', true],
  ['gb.nhs', '9434765871', 'NHS number', false],
  // Aadhaar: python-stdnum stdnum/in_/aadhaar.py, Presidio tests.
  ['in.aadhaar', '234123412346', 'Aadhaar', true],
  ['in.aadhaar', '3123 4567 8909', 'Aadhaar', true],
  ['in.aadhaar', '400123456787', 'Aadhaar', true],
  ['in.aadhaar', '234123412347', 'Aadhaar', false],
  ['in.aadhaar', '123412341234', 'Aadhaar', false], // starts with 1
  // ABHA: 14 digits, no checksum.
  ['in.abha', '12-3456-7890-1234', 'ABHA number', true],
  // Singapore: FormSG, idnumbers-npm.
  ['sg.nric', 'S1234567D', 'NRIC', true],
  ['sg.nric', 'S2740116C', 'NRIC/FIN', true],
  ['sg.nric', 'f2346401l', 'FIN', true],
  ['sg.nric', 'M1234567K', 'FIN', true],
  ['sg.nric', 'M1234567L', 'FIN', false],
  ['sg.nric', 'T1234567Z', 'NRIC', false],
  ['sg.nric', 'G1122144L', 'FIN', false],
  ['sg.nric', 'A1234567D', 'NRIC', false],
  // Malaysia: python-stdnum stdnum/my/nric.py.
  ['my.nric', '770305-02-1234', 'No. MyKad', true],
  ['my.nric', '771305-02-1234', 'No. MyKad', false], // month 13
  ['my.nric', '770305-17-1234', 'No. MyKad', false], // PB 17 unused
  ['my.nric', '000229-14-5678', 'Kad Pengenalan', true], // 29 Feb 2000
  ['my.nric', '010229-14-5678', 'Kad Pengenalan', false], // 29 Feb 1901/2001
  // Thailand: python-stdnum stdnum/th/pin.py.
  ['th.idnr', '3100600445635', 'เลขประจำตัวประชาชน', true],
  ['th.idnr', '1-2345-45678-78-1', 'Thai ID', true],
  ['th.idnr', '1-2345-45678-78-9', 'Thai ID', false],
  // Australia Medicare: Presidio tests.
  ['au.medicare', '2123 45670 1', 'Medicare card number', true],
  ['au.medicare', '2123 45670 1 1', 'Medicare', true],
  ['au.medicare', '2123 25870 1', 'Medicare', false],
  // Australia IHI: HL7 AU examples.
  ['au.ihi', '8003 6081 6669 0503', 'IHI', true],
  ['au.ihi', '8003608166690504', 'IHI', false],
  // Netherlands BSN: python-stdnum stdnum/nl/bsn.py.
  ['nl.bsn', '111222333', 'BSN', true],
  ['nl.bsn', '1112.22.333', 'Burgerservicenummer', true],
  ['nl.bsn', '12345672', 'BSN', true], // 8 digits, read as 012345672
  ['nl.bsn', '111252333', 'BSN', false],
  // Germany KVNR: Presidio de_health_insurance_recognizer.
  ['de.kvnr', 'A000500015', 'KVNR', true],
  ['de.kvnr', 'A000500016', 'Krankenversichertennummer', false],
  // Philippines: label-only, no checksum.
  ['ph.philhealth', '12-345678901-2', 'PhilHealth PIN', true],
  ['ph.philsys', '1234-5678901-2', 'PhilSys Number (PSN)', true],
  ['ph.philsys', '1234-5678-9012-3456', 'PhilID card number (PCN)', true],
  // Tax ids, label-only: python-stdnum stdnum/in_/pan.py, vn/mst.py, sg/uen.py, th/moa.py.
  ['in.pan', 'ACUPA7085R', 'PAN', true],
  ['in.pan', 'AAPPV8261K', 'PAN card number', true],
  ['in.pan', 'ABMXA3211G', 'PAN', false], // X is no holder type
  ['vn.mst', '0100233488', 'Mã số thuế', true],
  ['vn.mst', '0314409058-002', 'MST', true],
  ['vn.mst', '0100233480', 'MST', false],
  ['sg.uen', '00192200M', 'UEN', true],
  ['sg.uen', '197401143C', 'UEN', true],
  ['sg.uen', 'S16FC0121D', 'Unique Entity Number', true],
  ['sg.uen', 'T01FC6132D', 'UEN', true],
  ['sg.uen', '197401143D', 'UEN', false],
  ['th.moa', '0994000617721', 'เลขประจำตัวผู้เสียภาษีอากร', true],
  ['th.moa', '0-99-3-000-13397-8', 'เลขทะเบียนนิติบุคคล', true],
  ['th.moa', '0-99-4-000-61772-3', 'เลขประจำตัวผู้เสียภาษีอากร', false],
  // Malaysia LHDN TIN: MyInvois SDK FAQ, Vertex and Alpaca docs (examples IG115002000, C2584563222).
  ['my.tin', 'IG115002000', 'LHDN TIN', true],
  ['my.tin', 'C2584563222', 'No. Cukai Pendapatan', true],
  ['my.tin', 'IG000000000', 'LHDN TIN', false],
  // Philippines BIR TIN: NetSuite Philippines invoicing help (example 123-456-789-000).
  ['ph.tin', '123-456-789-000', 'BIR TIN', true],
  ['ph.tin', '123-456-789-00000', 'BIR TIN', true],
  ['ph.tin', '000-000-000-000', 'BIR TIN', false],
  // Australia TFN: python-stdnum stdnum/au/tfn.py.
  ['au.tfn', '123 456 782', 'TFN', true],
  ['au.tfn', '999 999 999', 'Tax File Number', false],
  // US ITIN: python-stdnum stdnum/us/itin.py; Microsoft Purview's ITIN groups (50–65, 70–88, 90–92, 94–99).
  ['us.itin', '912-90-3456', 'ITIN', true],
  ['us.itin', '912-55-3456', 'ITIN', true],
  ['us.itin', '912-93-4567', 'ITIN', false],
  ['us.itin', '912-89-4567', 'ITIN', false],
  ['us.itin', '912-66-4567', 'ITIN', false],
  // US EIN: python-stdnum stdnum/us/ein.py and ein.dat (IRS campus prefixes).
  ['us.ein', '91-1144442', 'EIN', true],
  ['us.ein', '04-2103594', 'Employer Identification Number', true],
  ['us.ein', '07-1144442', 'EIN', false],
  // UK UTR: python-stdnum stdnum/gb/utr.py.
  ['gb.utr', '1955839661', 'UTR', true],
  ['gb.utr', '19558 39661', 'Unique Taxpayer Reference', true],
  ['gb.utr', '2955839661', 'UTR', false],
  // SIMRS GOS registration numbers (NOPEN, generator.generateNoPendaftaran: YYMMDD + 4-digit serial).
  ['id.rawat', '2412100001', 'No. Pendaftaran', true],
  ['id.rawat', '2402300001', 'NOPEN', false], // 30 Feb
  ['id.rawat', '2412100000', 'Nomor Pendaftaran', false], // serial 0000
];

const LABEL_ONLY = new Set([
  'id.kk',
  'id.npwp',
  'id.bpjs',
  'id.rm',
  'id.rawat',
  'id.passport',
  'intl.passport',
  'us.ssn',
  'in.abha',
  'ph.philhealth',
  'ph.philsys',
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

describe('public vectors, with a label naming the scheme', () => {
  it.each(ROWS)('%s %s (%s) → valid %s', (scheme, value, label, valid) => {
    const m = find(value, scheme, label);
    expect(m).toBeDefined();
    expect(m!.valid).toBe(valid);
  });

  it('the label names the scheme first', () => {
    for (const [scheme, value, label] of ROWS) {
      const first = recognizeIdentifier(value, { label })[0];
      if (scheme === 'intl.passport' && first?.scheme === 'id.passport') continue; // both named by "passport"
      expect(first?.scheme, `${value} / ${label}: ${JSON.stringify(recognizeIdentifier(value, { label }))}`).toBe(
        scheme,
      );
    }
  });

  it('has vectors for every scheme', () => {
    expect(new Set(ROWS.map((r) => r[0]))).toEqual(new Set(SCHEME_IDS));
  });
});

describe('without a label', () => {
  const valid = ROWS.filter(([, , , v]) => v);
  const alone = valid.filter(([s, v]) => !LABEL_ONLY.has(s) && v !== '12345672');
  it.each(alone)('%s %s stands alone', (scheme, value) => {
    expect(find(value, scheme)).toEqual(expect.objectContaining({ valid: true }));
  });

  it.each(valid.filter(([s]) => LABEL_ONLY.has(s)))('%s %s needs a label', (scheme, value) => {
    expect(find(value, scheme)).toBeUndefined();
  });

  it.each(ROWS.filter(([, , , v]) => !v))('%s %s is not reported as that scheme', (scheme, value) => {
    expect(find(value, scheme)).toBeUndefined();
  });

  it('reports only valid matches', () => {
    for (const [, value] of ROWS) for (const m of recognizeIdentifier(value)) expect(m.valid).toBe(true);
  });

  it('only the 9-digit BSN stands alone (an 8-digit value is as often a date)', () => {
    expect(find('12345672', 'nl.bsn')).toBeUndefined();
    expect(find('111222333', 'nl.bsn')?.valid).toBe(true);
  });

  it('a NIK alone is a NIK, not a KK or an NPWP', () => {
    expect(recognizeIdentifier('3171011708450001')).toEqual([{ kind: 'national_id', scheme: 'id.nik', valid: true }]);
  });
});

describe('kinds', () => {
  it.each([
    ['3171011708450001', 'NIK', 'national_id'],
    ['3171011708450001', 'No. KK', 'family_card'],
    ['0011336526592', 'BPJS', 'health_insurance_id'],
    ['P02478375538', 'IHS', 'medical_record_number'],
    ['000123', 'No. RM', 'medical_record_number'],
    ['016090524017000', 'NPWP', 'tax_id'],
    ['A1234567', 'Paspor', 'passport'],
    ['9434765919', 'NHS', 'health_insurance_id'],
    ['1EG4TE5MK73', 'MBI', 'health_insurance_id'],
    ['A000500015', 'KVNR', 'health_insurance_id'],
    ['8003608166690503', 'IHI', 'health_insurance_id'],
    ['2123456701', 'Medicare', 'health_insurance_id'],
    ['12345678901234', 'ABHA', 'health_insurance_id'],
    ['123456789012', 'PhilHealth', 'health_insurance_id'],
    ['123456789012', 'PhilSys', 'national_id'],
    ['234123412346', 'Aadhaar', 'national_id'],
    ['S1234567D', 'NRIC', 'national_id'],
    ['770305021234', 'MyKad', 'national_id'],
    ['3100600445635', 'Thai ID', 'national_id'],
    ['111222333', 'BSN', 'national_id'],
    ['536904399', 'SSN', 'national_id'],
    ['123456782', 'TFN', 'tax_id'],
    ['912903456', 'ITIN', 'tax_id'],
    ['911144442', 'EIN', 'tax_id'],
    ['1955839661', 'UTR', 'tax_id'],
    ['2412100001', 'No. Pendaftaran', 'medical_record_number'],
  ])('%s labelled %s is %s', (value, label, kind) => {
    expect(recognizeIdentifier(value, { label })[0]?.kind).toBe(kind);
  });
});
