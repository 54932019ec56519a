// Issue 19: a value written in one scheme's printed shape is never read as another scheme that happens to
// validate, and an unlabelled number needs more than a plausible date inside it.
import { describe, expect, it } from 'vitest';
import { recognizeIdentifier } from '../../../lib/ids';
import { printedShape } from '../../../lib/ids/printed-shape';
import { SCHEME_RULES, SHAPE_OWNERS } from '../../../lib/ids/registry';
import { SCHEME_IDS } from '../../../lib/ids/scheme';

const schemes = (value: string, label?: string) =>
  recognizeIdentifier(value, label === undefined ? undefined : { label }).map((m) => m.scheme);

/** The first ten-digit number (from a fixed start) that validates both as an NHS number and an AU Medicare number. */
function nhsAndMedicare(): string {
  for (let n = 2_000_000_000; n < 2_000_000_000 + 200_000; n++) {
    const found = schemes(String(n));
    if (found.includes('gb.nhs') && found.includes('au.medicare')) return String(n);
  }
  throw new Error('no such number in range');
}

describe('printedShape', () => {
  it('reads digit groups between separators', () => {
    expect(printedShape('943 476 5919')).toBe('3-3-4');
    expect(printedShape('536-90-4399')).toBe('3-2-4');
    expect(printedShape('3171.0117.0845.0001')).toBe('4-4-4-4');
    expect(printedShape('9434765919')).toBe('');
    expect(printedShape(' 943  476 - 5919 ')).toBe('3-3-4');
  });
});

describe('a value printed in one scheme’s shape is not another scheme', () => {
  const both = nhsAndMedicare();
  const nhsPrint = `${both.slice(0, 3)} ${both.slice(3, 6)} ${both.slice(6)}`;
  const medicarePrint = `${both.slice(0, 4)} ${both.slice(4, 9)} ${both.slice(9)}`;

  it('unspaced, a number valid in two schemes is both', () => {
    expect(schemes(both)).toEqual(expect.arrayContaining(['gb.nhs', 'au.medicare']));
  });

  it('printed 3-3-4 it is an NHS number only; printed 4-5-1 a Medicare number only', () => {
    expect(schemes(nhsPrint)).toEqual(['gb.nhs']);
    expect(schemes(medicarePrint)).toEqual(['au.medicare']);
  });

  it('an SSN-shaped 3-2-4 value is not read as a Dutch BSN without a label', () => {
    expect(schemes('111222333')).toContain('nl.bsn');
    expect(schemes('111-22-2333')).toEqual([]);
  });

  it('a label still names the scheme, whatever the print', () => {
    expect(schemes('111-22-2333', 'BSN')).toEqual(['nl.bsn']);
    expect(schemes(nhsPrint, 'Medicare number')[0]).toBe('au.medicare');
  });

  it('a shape no scheme prints changes nothing', () => {
    expect(schemes('94-347659-19')).toEqual(schemes('9434765919'));
  });
});

describe('an unlabelled number needs more than a plausible date', () => {
  it('twelve digits holding a date and a birthplace code are not a MyKad on their own', () => {
    expect(schemes('770305021234')).not.toContain('my.nric');
  });

  it('printed as a MyKad, or labelled as one, they are', () => {
    expect(schemes('770305-02-1234')).toContain('my.nric');
    expect(schemes('770305021234', 'No. Kad Pengenalan')).toContain('my.nric');
  });
});

describe('a NIK with no label needs a district that exists, not only a possible birth date', () => {
  // Jakarta Pusat (31.71) has eight districts; 31.99 is no regency. Each value passes every NIK rule.
  it.each(['3199011708450001', '3171091708450001', '3171991708450001', '5166011708450001'])(
    '%s is a valid NIK under a NIK label and nothing without one',
    (value) => {
      expect(recognizeIdentifier(value, { label: 'NIK' })[0]).toEqual({
        kind: 'national_id',
        scheme: 'id.nik',
        valid: true,
      });
      expect(recognizeIdentifier(value)).toEqual([]);
      expect(recognizeIdentifier(value.replace(/(\d{4})(?=\d)/g, '$1 '))).toEqual([]);
    },
  );

  it.each(['3171 0117 0845 0001', '31.71.01.170845.0001', '317101-170845-0001', '3171081708450001'])(
    '%s (a coded district, printed as a NIK or not at all) is a NIK on its own',
    (value) => {
      expect(schemes(value)).toEqual(['id.nik']);
    },
  );

  it('a NIK-valid number printed in another scheme’s shape is not a NIK without a label', () => {
    // 2-3-3-1-3-4 and 3-3-3-1-3-3 borrow the NPWP's dots and dash.
    for (const value of ['31.710.117.0-845.0001', '317.101.170.8-450.001']) {
      expect(schemes(value.replace(/\D/g, ''))).toEqual(['id.nik']);
      expect(schemes(value)).toEqual([]);
      expect(schemes(value, 'NIK')).toEqual(['id.nik']);
      expect(schemes(value, 'NPWP')).toEqual(['id.npwp']);
    }
  });
});

describe('SIMRS visit numbers (SIMRS Khanza / mLITE no_rawat, YYYY/MM/DD/NNNNNN)', () => {
  it('are a record number when the label names them', () => {
    expect(recognizeIdentifier('2024/11/10/000080', { label: 'No. Rawat' })).toEqual([
      { kind: 'medical_record_number', scheme: 'id.rawat', valid: true },
    ]);
  });

  it('are not valid with an impossible date or a zero serial', () => {
    expect(recognizeIdentifier('2024/02/30/000080', { label: 'No. Rawat' })[0]?.valid).toBe(false);
    expect(recognizeIdentifier('2024/11/10/000000', { label: 'No. Rawat' })[0]?.valid).toBe(false);
  });

  it('are nothing without a label: a date and a counter', () => {
    expect(recognizeIdentifier('2024/11/10/000080')).toEqual([]);
    expect(recognizeIdentifier('20241110000080')).toEqual([]);
  });
});

describe('SIMRS GOS registration numbers (NOPEN: YYMMDD and a 4-digit daily serial)', () => {
  it('are a record number when the label names them, before any scheme the digits also pass', () => {
    for (const label of ['No. Pendaftaran', 'NOPEN', 'Nomor Pendaftaran Pasien']) {
      expect(recognizeIdentifier('2412100001', { label })[0]).toEqual({
        kind: 'medical_record_number',
        scheme: 'id.rawat',
        valid: true,
      });
    }
  });

  it('are not valid with an impossible date or a zero serial', () => {
    expect(recognizeIdentifier('2402300001', { label: 'No. Pendaftaran' })[0]?.valid).toBe(false);
    expect(recognizeIdentifier('2412100000', { label: 'No. Pendaftaran' })[0]?.valid).toBe(false);
  });

  it('are never a visit number without a label', () => {
    expect(schemes('2412100001')).not.toContain('id.rawat');
    expect(schemes('2412100002')).not.toContain('id.rawat');
  });

  it('a NORM label (SIMRS GOS for No. RM) names a record number', () => {
    expect(recognizeIdentifier('00123456', { label: 'NORM' })[0]).toEqual({
      kind: 'medical_record_number',
      scheme: 'id.rm',
      valid: true,
    });
  });
});

describe('every printed shape, against every scheme that does not print it', () => {
  // For each shape a scheme prints and each other scheme of that length that can be reported with no label,
  // find a digit string that is that other scheme, print it in the shape, and check it is no longer read so.
  const cases: Array<[shape: string, other: string, value: string]> = [];
  for (const [shape, owners] of SHAPE_OWNERS) {
    const length = shape.split('-').reduce((n, run) => n + Number(run), 0);
    for (const other of SCHEME_IDS) {
      if (owners.includes(other)) continue;
      const [min, max] = SCHEME_RULES[other].lengths;
      if (length < min || length > max) continue;
      let found: string | undefined;
      let seed = 19;
      for (let i = 0; i < 200_000 && !found; i++) {
        let candidate = '';
        while (candidate.length < length) {
          seed = (seed * 48_271) % 2_147_483_647; // Park–Miller: fixed, so the cases are the same every run
          candidate += String(seed % 10);
        }
        if (schemes(candidate).includes(other)) found = candidate;
      }
      if (found) cases.push([shape, other, found]);
    }
  }

  it('finds such values for the digit schemes that stand alone', () => {
    expect(new Set(cases.map(([, other]) => other))).toEqual(
      new Set(['id.nik', 'in.aadhaar', 'au.medicare', 'gb.nhs', 'nl.bsn', 'th.idnr']),
    );
  });

  it.each(cases)('a value printed %s is not read as %s (%s)', (shape, other, value) => {
    let at = 0;
    const printed = shape
      .split('-')
      .map((run) => value.slice(at, (at += Number(run))))
      .join(' ');
    expect(printedShape(printed)).toBe(shape);
    expect(schemes(printed)).not.toContain(other);
    expect(schemes(value)).toContain(other);
  });
});
