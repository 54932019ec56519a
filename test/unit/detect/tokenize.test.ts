import { describe, expect, it } from 'vitest';
import { foldText, splitCamel, tokenize } from '../../../lib/detect/tokenize';
import { vocabulary } from '../../../lib/detect/vocabulary';

const aliases = vocabulary().aliases;

describe('tokenize', () => {
  it('splits ids and names the way people write them', () => {
    expect(tokenize('no_rkm_medis', aliases, true)).toEqual(['no', 'rkm', 'medis']);
    expect(tokenize('nikPasien', aliases, true)).toEqual(['nik', 'pasien']);
    expect(tokenize('i1subscriber_ss', aliases, true)).toEqual(['i', '1', 'subscriber', 'ss']);
    expect(tokenize('txtNoKTP', aliases, true)).toEqual(['txt', 'no', 'ktp']);
    expect(tokenize('NIKPasien', aliases, true)).toEqual(['nik', 'pasien']);
    expect(splitCamel('dateOfBirth')).toBe('date Of Birth');
  });

  it('joins dotted and slashed acronyms and maps spelling variants', () => {
    expect(tokenize('S.S.N.', aliases)).toEqual(['ssn']);
    expect(tokenize('No. K/P', aliases)).toEqual(['no', 'kp']);
    expect(tokenize('Nomor Rekam Medis', aliases)).toEqual(['no', 'rekam', 'medis']);
    expect(tokenize('Tanggal Lahir', aliases)).toEqual(['tgl', 'lahir']);
    expect(tokenize('ICD-10', aliases)).toEqual(['icd', '10']);
  });

  it('folds case and Latin diacritics', () => {
    expect(foldText('Diagnóstico Médico')).toBe('diagnostico medico');
    expect(tokenize('Số thẻ BHYT', aliases)).toEqual(['so', 'the', 'bhyt']);
  });
});
