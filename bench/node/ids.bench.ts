// Recognition cost per input event (../shared/CONTRACTS.md §4): the page calls mightBeIdentifier and then
// recognizeIdentifier on every input event of a field. Measured, never asserted.
import { it } from 'vitest';
import { mightBeIdentifier, recognizeIdentifier } from '../../lib/ids';
import { nsPerCall, recordBench } from './record';

const TARGET = '≤ 50 µs';
const PARAGRAPH =
  'Pasien datang dengan keluhan demam sejak 3 hari, batuk berdahak, nyeri tenggorokan dan lemas. ' +
  'Riwayat hipertensi 5 tahun, rutin minum amlodipin 5 mg. Tidak ada alergi obat yang diketahui. ';
const LONG_PARAGRAPH = PARAGRAPH.repeat(11); // ≈ 2,000 characters

const CASES: { name: string; value: string; label: string }[] = [
  { name: 'typical NIK, labelled "No. KTP / NIK"', value: '3171 0117 0845 0001', label: 'No. KTP / NIK' },
  { name: 'typical NIK, no label', value: '3171011708450001', label: '' },
  { name: 'non-identifier text, labelled "Alamat"', value: 'Jl. Merdeka No. 10, Jakarta', label: 'Alamat' },
  { name: '16-digit card number, labelled "Nomor Kartu"', value: '5555 5555 5555 4444', label: 'Nomor Kartu' },
  { name: 'long paragraph (2,000 chars), labelled "Keluhan utama"', value: LONG_PARAGRAPH, label: 'Keluhan utama' },
  {
    name: 'NIK under a 100,000-char label (cached after the first call)',
    value: '3171011708450001',
    label: 'x '.repeat(50_000) + 'NIK',
  },
];

it('identifier recognition per input event', () => {
  const figures = CASES.map(({ name, value, label }) => {
    const context = label ? { label } : undefined;
    const ns = nsPerCall(() => (mightBeIdentifier(value) ? recognizeIdentifier(value, context) : null), 20_000);
    return { name: `recognise: ${name}`, value: Math.round(ns), unit: 'ns/call', target: TARGET };
  });
  const full = nsPerCall(() => recognizeIdentifier(LONG_PARAGRAPH, { label: 'Keluhan utama' }), 20_000);
  figures.push({
    name: 'recognise without the pre-check: long paragraph',
    value: Math.round(full),
    unit: 'ns/call',
    target: TARGET,
  });
  const uncachedLabel = nsPerCall(
    (i) => recognizeIdentifier('3171011708450001', { label: `No. KTP / NIK ${i}` }),
    20_000,
  );
  figures.push({
    name: 'recognise: typical NIK, label never seen before (label read each call)',
    value: Math.round(uncachedLabel),
    unit: 'ns/call',
    target: TARGET,
  });
  recordBench('ids', figures);
  for (const f of figures) console.warn(`${f.name}: ${f.value} ${f.unit}`);
});
