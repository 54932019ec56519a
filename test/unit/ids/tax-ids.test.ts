// Foreign tax ids (India PAN, Vietnam MST, Singapore UEN, Thailand company TIN, Malaysia LHDN TIN, Philippines
// BIR TIN): reported only where a label asks for them (none has a check strong enough to stand alone), and a value
// in another scheme's printed shape or structure is never read as one of them without that label.
import { describe, expect, it } from 'vitest';
import { recognizeIdentifier } from '../../../lib/ids';
import { find, schemes } from './helpers';

describe('tax ids of other countries', () => {
  it.each([
    ['ACUPA7085R', 'in.pan'],
    ['0100233488', 'vn.mst'],
    ['197401143C', 'sg.uen'],
    ['0994000617721', 'th.moa'],
  ])('%s is %s only with a label', (value, scheme) => {
    expect(find(value, scheme)).toBeUndefined();
    expect(find(value, scheme, 'Tax ID')).toEqual({ kind: 'tax_id', scheme, valid: true });
  });

  it('a generic tax label names every tax scheme the value fits, a specific one only its own', () => {
    expect(schemes('0100233488', 'TIN')).toContain('vn.mst');
    expect(schemes('0100233488', 'PAN')).toEqual([]);
    expect(schemes('ACUPA7085R', 'Mã số thuế')).toEqual([]);
  });

  it('a Thai personal ID number stays a national id; the company number is the one that starts with 0', () => {
    expect(recognizeIdentifier('3100600445635')[0]?.scheme).toBe('th.idnr');
    expect(find('3100600445635', 'th.moa', 'Tax ID')).toBeUndefined();
  });

  it('a Singapore NRIC is never read as a UEN, nor a UEN as an NRIC', () => {
    expect(find('S1234567D', 'sg.uen', 'UEN')).toBeUndefined();
    expect(find('S16FC0121D', 'sg.nric')).toBeUndefined();
  });

  it.each([
    ['IG115002000', 'my.tin', 'LHDN TIN'],
    ['123-456-789-000', 'ph.tin', 'BIR TIN'],
  ])('%s is %s only with a label', (value, scheme, label) => {
    expect(find(value, scheme)).toBeUndefined();
    expect(find(value, scheme, label)).toEqual({ kind: 'tax_id', scheme, valid: true });
    expect(schemes(value, 'TIN')).toContain(scheme);
  });

  it('a Malaysian NRIC is never read as an LHDN TIN, nor a PH TIN without its label', () => {
    expect(find('880101-14-5566', 'my.tin', 'LHDN TIN')).toBeUndefined();
    expect(find('123456789000', 'ph.tin', 'Aadhaar')).toBeUndefined();
  });

  it('twelve digits printed 3-3-3-3 (a PH TIN with its branch) are not read as an Aadhaar that validates', () => {
    expect(recognizeIdentifier('234123412346')[0]?.scheme).toBe('in.aadhaar');
    expect(recognizeIdentifier('234-123-412-346')).toEqual([]);
  });

  it('an MST printed with its branch suffix is not read as any other scheme without a label', () => {
    expect(recognizeIdentifier('0314409058-002')).toEqual([]);
  });
});

/** The first number counting up from `from` whose unlabelled reading includes `scheme` and that is a valid `other`
 * under `label`. */
function validInBoth(from: number, scheme: string, other: string, label: string): string {
  for (let n = from; n < from + 100_000; n++) {
    const v = String(n);
    if (find(v, scheme) && find(v, other, label)?.valid) return v;
  }
  throw new Error('no such number in range');
}

describe('Australian TFN, US ITIN and EIN, UK UTR (label-only tax ids)', () => {
  it.each([
    ['123 456 782', 'au.tfn', 'Tax File Number (TFN)'],
    ['912-90-3456', 'us.itin', 'ITIN'],
    ['91-1144442', 'us.ein', 'Employer Identification Number (EIN)'],
    ['19558 39661', 'gb.utr', 'Self Assessment UTR'],
  ])('%s is %s only with a label, and a generic tax label names it too', (value, scheme, label) => {
    expect(find(value, scheme)).toBeUndefined();
    expect(recognizeIdentifier(value, { label })[0]).toEqual({ kind: 'tax_id', scheme, valid: true });
    expect(schemes(value, 'Tax ID')).toContain(scheme);
    expect(schemes(value, 'NPWP')).not.toContain(scheme);
  });

  it('an ITIN is never an SSN, nor an SSN an ITIN: the SSN never starts with 9', () => {
    expect(find('912-90-3456', 'us.ssn', 'SSN')?.valid).toBe(false);
    expect(find('536-90-4399', 'us.itin', 'ITIN')).toBeUndefined();
    expect(schemes('536-90-4399', 'SSN or ITIN')).toEqual(['us.ssn']);
    expect(schemes('912-90-3456', 'SSN or ITIN')[0]).toBe('us.itin');
  });

  it('a UTR printed 5-5 is not read as the NHS number it also is', () => {
    const both = validInBoth(4_000_000_000, 'gb.nhs', 'gb.utr', 'UTR');
    const utrPrint = `${both.slice(0, 5)} ${both.slice(5)}`;
    expect(schemes(both)).toContain('gb.nhs');
    expect(schemes(utrPrint)).toEqual([]);
    expect(schemes(utrPrint, 'UTR')[0]).toBe('gb.utr');
    expect(schemes(`${both.slice(0, 3)} ${both.slice(3, 6)} ${both.slice(6)}`)).toEqual(['gb.nhs']);
  });

  it('an EIN printed 2-7 is not read as the Dutch BSN it also is', () => {
    const both = validInBoth(911_000_000, 'nl.bsn', 'us.ein', 'EIN');
    const einPrint = `${both.slice(0, 2)}-${both.slice(2)}`;
    expect(schemes(einPrint)).toEqual([]);
    expect(schemes(einPrint, 'EIN')).toEqual(['us.ein']);
  });
});
