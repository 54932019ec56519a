// One line per label reading, for the golden file of test/unit/ids/label-readings.test.ts: the schemes in the
// order the label names them, the generic identifier kinds, and whether the label refuses.
import { readLabel } from '../../../lib/ids/label/read-label';

export function labelReadingText(label: string): string {
  const r = readLabel(label);
  return `${r.schemes.join(',')}|${[...r.kinds].sort().join(',')}|${r.refuses ? 'refuses' : ''}`;
}
