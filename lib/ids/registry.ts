// Scheme → rules and scheme → field kind (../shared/CONTRACTS.md §1). Both are `Record<SchemeId, …>`, so a
// scheme added to SCHEME_IDS fails to compile until it has rules and a kind.
import type { FieldKind } from '../kinds/field-kinds';
import type { SchemeId, SchemeRule } from './scheme';
import { SCHEME_IDS } from './scheme';
import { MAX_IDENTIFIER_LENGTH } from './compact';
import { shapeOwners } from './printed-shape';
import { nik } from './schemes/id-nik';
import { kk } from './schemes/id-kk';
import { npwp } from './schemes/id-npwp';
import { bpjs } from './schemes/id-bpjs';
import { ihs } from './schemes/id-ihs';
import { rm } from './schemes/id-rm';
import { rawat } from './schemes/id-rawat';
import { idPassport, intlPassport } from './schemes/passport';
import { sgNric } from './schemes/sg-nric';
import { myNric } from './schemes/my-nric';
import { thIdnr } from './schemes/th-idnr';
import { philsys } from './schemes/ph-philsys';
import { philhealth } from './schemes/ph-philhealth';
import { aadhaar } from './schemes/in-aadhaar';
import { abha } from './schemes/in-abha';
import { auIhi } from './schemes/au-ihi';
import { auMedicare } from './schemes/au-medicare';
import { nhs } from './schemes/gb-nhs';
import { mbi } from './schemes/us-mbi';
import { deKvnr } from './schemes/de-kvnr';
import { nlBsn } from './schemes/nl-bsn';
import { ssn } from './schemes/us-ssn';
import { inPan } from './schemes/in-pan';
import { vnMst } from './schemes/vn-mst';
import { sgUen } from './schemes/sg-uen';
import { thMoa } from './schemes/th-moa';
import { myTin } from './schemes/my-tin';
import { phTin } from './schemes/ph-tin';
import { auTfn } from './schemes/au-tfn';
import { usItin } from './schemes/us-itin';
import { usEin } from './schemes/us-ein';
import { gbUtr } from './schemes/gb-utr';

export const SCHEME_RULES: Readonly<Record<SchemeId, SchemeRule>> = {
  'id.nik': nik,
  'id.kk': kk,
  'id.npwp': npwp,
  'id.bpjs': bpjs,
  'id.ihs': ihs,
  'id.rm': rm,
  'id.rawat': rawat,
  'id.passport': idPassport,
  'sg.nric': sgNric,
  'my.nric': myNric,
  'th.idnr': thIdnr,
  'ph.philsys': philsys,
  'ph.philhealth': philhealth,
  'in.aadhaar': aadhaar,
  'in.abha': abha,
  'au.ihi': auIhi,
  'au.medicare': auMedicare,
  'gb.nhs': nhs,
  'us.mbi': mbi,
  'de.kvnr': deKvnr,
  'nl.bsn': nlBsn,
  'us.ssn': ssn,
  'in.pan': inPan,
  'vn.mst': vnMst,
  'sg.uen': sgUen,
  'th.moa': thMoa,
  'my.tin': myTin,
  'ph.tin': phTin,
  'au.tfn': auTfn,
  'us.itin': usItin,
  'us.ein': usEin,
  'gb.utr': gbUtr,
  'intl.passport': intlPassport,
};

export const SCHEME_KIND: Readonly<Record<SchemeId, FieldKind>> = {
  'id.nik': 'national_id',
  'id.kk': 'family_card',
  'id.npwp': 'tax_id',
  'id.bpjs': 'health_insurance_id',
  'id.ihs': 'medical_record_number',
  'id.rm': 'medical_record_number',
  'id.rawat': 'medical_record_number',
  'id.passport': 'passport',
  'sg.nric': 'national_id',
  'my.nric': 'national_id',
  'th.idnr': 'national_id',
  'ph.philsys': 'national_id',
  'ph.philhealth': 'health_insurance_id',
  'in.aadhaar': 'national_id',
  'in.abha': 'health_insurance_id',
  'au.ihi': 'health_insurance_id',
  'au.medicare': 'health_insurance_id',
  'gb.nhs': 'health_insurance_id',
  'us.mbi': 'health_insurance_id',
  'de.kvnr': 'health_insurance_id',
  'nl.bsn': 'national_id',
  'us.ssn': 'national_id',
  'in.pan': 'tax_id',
  'vn.mst': 'tax_id',
  'sg.uen': 'tax_id',
  'th.moa': 'tax_id',
  'my.tin': 'tax_id',
  'ph.tin': 'tax_id',
  'au.tfn': 'tax_id',
  'us.itin': 'tax_id',
  'us.ein': 'tax_id',
  'gb.utr': 'tax_id',
  'intl.passport': 'passport',
};

const BY_LENGTH: readonly SchemeId[][] = Array.from({ length: MAX_IDENTIFIER_LENGTH + 1 }, (_, n) =>
  SCHEME_IDS.filter((s) => SCHEME_RULES[s].lengths[0] <= n && n <= SCHEME_RULES[s].lengths[1]),
);

/** The schemes, in SCHEME_IDS order, whose compacted values can be `n` characters long. */
export function schemesOfLength(n: number): readonly SchemeId[] {
  return BY_LENGTH[n] ?? [];
}

/** Printed shape ("3-3-4") → the schemes printed that way. */
export const SHAPE_OWNERS: ReadonlyMap<string, readonly SchemeId[]> = shapeOwners(SCHEME_RULES);
