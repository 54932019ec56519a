// The audit's synthetic values are what the product recognises: each identifier is valid for its kind (every
// checksum rule), each answer is long enough to be matched.
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_VALUES } from '../../../scripts/lib/synthetic-values';
import { recognizeIdentifier } from '../../../lib/ids';
import { KINDS, type FieldKind } from '../../../lib/kinds/field-kinds';
import { normaliseSent } from '../../../lib/sends';

describe('audit --fill values', () => {
  for (const [kind, entry] of Object.entries(SYNTHETIC_VALUES) as Array<
    [FieldKind, { value: string; label: string }]
  >) {
    if (!entry) continue;
    it(`${kind}: ${KINDS[kind].identifier ? 'a valid identifier of that kind' : 'a matchable answer'}`, () => {
      if (KINDS[kind].identifier) {
        const first = recognizeIdentifier(entry.value, { label: entry.label })[0];
        expect(first).toMatchObject({ kind, valid: true });
      } else {
        expect(normaliseSent(entry.value)).not.toBeNull();
      }
    });
  }
});
