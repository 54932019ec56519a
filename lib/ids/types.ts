// ../shared/CONTRACTS.md §4.
import type { FieldKind } from '../kinds/field-kinds';

export interface IdentifierMatch {
  kind: FieldKind;
  /** The format: `id.nik`, `id.kk`, `id.bpjs`, `id.npwp`, `us.ssn`, `gb.nhs`, `in.aadhaar`, `sg.nric`, `my.nric`… */
  scheme: string;
  /** True only when every structure and checksum rule of the scheme holds. */
  valid: boolean;
}

export interface IdentifierContext {
  /** The field's label as a person reads it; lets label-only schemes (BPJS, MRN…) be recognised. */
  label?: string;
}
