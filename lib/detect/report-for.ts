// A report for a control whose kind is known from elsewhere (its typed value matched an identifier scheme):
// the same label, path and attributes a label-detected field would carry.
import type { FieldKind } from '../kinds/field-kinds';
import type { FieldReport } from '../report/types';
import { cssPath } from './css-path';
import { fieldReport } from './detect-units';
import { describeField } from './describe-field';
import type { ScanLimits } from './limits';

export function reportForElement(
  el: Element,
  kind: FieldKind,
  limits?: Partial<ScanLimits>,
): Omit<FieldReport, 'source' | 'filled' | 'form'> {
  return fieldReport(el, describeField(el, limits), kind, cssPath(el));
}
