// Made-up values the audit's `--fill` types into detected fields: each identifier passes every structure and
// checksum rule of its scheme (test/unit/sends/synthetic-values.test.ts asks the recogniser), and each health
// answer is plainly an example. None belongs to a person. One entry per field kind: a new kind fails to compile.
import type { FieldKind } from '../../lib/kinds/field-kinds';

export const SYNTHETIC_VALUES: Readonly<Record<FieldKind, { value: string; label: string } | null>> = {
  national_id: { value: '3171015708450001', label: 'NIK' },
  family_card: { value: '3171011708450001', label: 'No. KK' },
  health_insurance_id: { value: '0011336526592', label: 'No. Kartu BPJS' },
  medical_record_number: { value: '00123456', label: 'No. RM' },
  tax_id: { value: '016090524017000', label: 'NPWP' },
  passport: { value: 'A1234567', label: 'Nomor Paspor' },
  diagnosis_or_condition: { value: 'Contoh audit: hipertensi esensial', label: 'Diagnosis' },
  medication: { value: 'Contoh audit: amlodipin 5 mg', label: 'Obat' },
  allergy: { value: 'Contoh audit: alergi penisilin', label: 'Alergi' },
  blood_type: null, // a choice, not typed text (and "O+" is too short to match anything reliably)
  lab_or_imaging_result: { value: 'Contoh audit: hemoglobin normal', label: 'Hasil lab' },
  health_history: { value: 'Contoh audit: operasi usus buntu 2010', label: 'Riwayat penyakit' },
  other_health: { value: 'Contoh audit: demam tiga hari', label: 'Keluhan' },
  date_of_birth: null, // date inputs differ in how they take keys; a date of birth alone is not sent-matched
};
