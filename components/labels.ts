// Words for breach data classes and tracker categories; unknown values are shown as they come.
import type { Translate } from '../lib/i18n/translate';

export function classLabelFor(_t: Translate): (c: string) => string {
  return (c) => c;
}

export function categoryLabelFor(_t: Translate): (c: string) => string {
  return (c) => c.replace(/_/g, ' ');
}
