// What the page flags for a field, combining the kind its label gave (lib/detect) with what the typed value
// turned out to be.
import type { FieldKind } from '../kinds/field-kinds';
import { IS_IDENTIFIER } from '../kinds/field-kinds';
import type { IdentifierMatch } from './types';

/** The scheme reported when only the label said which identifier it is (no match of that kind). */
export const LABEL_SCHEME = 'label';

/**
 * The label's kind wins when it is an identifier kind: with the scheme of the first match of that kind (a
 * valid one preferred), else `LABEL_SCHEME`. Otherwise the first valid match; null when there is none.
 */
export function resolveFieldKind(
  labelKind: FieldKind | null,
  matches: IdentifierMatch[],
): { kind: FieldKind; scheme: string } | null {
  if (labelKind !== null && IS_IDENTIFIER[labelKind]) {
    const same = matches.find((m) => m.kind === labelKind && m.valid) ?? matches.find((m) => m.kind === labelKind);
    return { kind: labelKind, scheme: same?.scheme ?? LABEL_SCHEME };
  }
  const first = matches.find((m) => m.valid);
  return first ? { kind: first.kind, scheme: first.scheme } : null;
}
