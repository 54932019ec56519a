// How a value was grouped as typed: "943 476 5919" is 3-3-4 (an NHS number's print), "536-90-4399" 3-2-4 (an
// SSN's), "3171 0117 0845 0001" 4-4-4-4 (a NIK's). A value written in one scheme's printed shape is that
// scheme's or nothing: it is never reported, without a label, as another scheme that happens to validate.
import { isSeparator } from './compact';
import type { SchemeId, SchemeRule } from './scheme';

/** Lengths of the runs between separators, joined by "-"; '' when the value has one run (no grouping). */
export function printedShape(value: string, limit = 64): string {
  const runs: number[] = [];
  let run = 0;
  for (let i = 0; i < value.length && i < limit * 2; i++) {
    if (isSeparator(value.charCodeAt(i))) {
      if (run > 0) runs.push(run);
      run = 0;
    } else run++;
  }
  if (run > 0) runs.push(run);
  return runs.length > 1 ? runs.join('-') : '';
}

/** Whether `scheme` may be read, without a label, from a value printed in `shape`: when some scheme prints
 * that shape, only such a scheme may. */
export function shapeAllows(
  scheme: SchemeId,
  shape: string,
  owners: ReadonlyMap<string, readonly SchemeId[]>,
): boolean {
  if (shape === '') return true;
  const claimed = owners.get(shape);
  return claimed === undefined || claimed.includes(scheme);
}

/** Printed shape → the schemes printed that way. */
export function shapeOwners(rules: Readonly<Record<SchemeId, SchemeRule>>): Map<string, SchemeId[]> {
  const out = new Map<string, SchemeId[]>();
  for (const [scheme, rule] of Object.entries(rules) as Array<[SchemeId, SchemeRule]>)
    for (const shape of rule.shapes ?? []) out.set(shape, [...(out.get(shape) ?? []), scheme]);
  return out;
}
