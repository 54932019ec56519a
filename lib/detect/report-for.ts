// A report for a control whose kind is known from elsewhere (its typed value matched an identifier scheme):
// the same label, path and attributes a label-detected field would carry.
import { SENSITIVITY, type FieldKind } from '../kinds/field-kinds';
import type { FieldReport } from '../report/types';
import { pageText } from '../report/page-text';
import { cssPath } from './css-path';
import { humanLabel } from './detect-units';
import { controlTag, describeField } from './describe-field';
import type { ScanLimits } from './limits';

export function reportForElement(
  el: Element,
  kind: FieldKind,
  limits?: Partial<ScanLimits>,
): Omit<FieldReport, 'source' | 'filled' | 'form'> {
  const d = describeField(el, limits);
  return {
    kind,
    sensitivity: SENSITIVITY[kind],
    label: pageText(humanLabel(d)),
    tag: controlTag(el),
    type: pageText(d.type),
    id: pageText(el.getAttribute('id') ?? ''),
    name: pageText(el.getAttribute('name') ?? ''),
    path: pageText(cssPath(el), 2000),
  };
}
