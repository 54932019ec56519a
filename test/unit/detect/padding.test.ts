// A page cannot hide its real fields behind thousands of hidden or decoy controls (issue 15): the scan limit
// counts controls a person can fill; hidden ones are passed over at a far higher bound of their own.
import { describe, expect, it } from 'vitest';
import { scanRoot } from '../../../lib/detect/scan';
import { page } from './dom-helpers';

describe('padding', () => {
  it('finds a visible NIK field after 20,000 hidden inputs', () => {
    const hidden = Array.from({ length: 20_000 }, (_, i) => `<input name="h${i}" hidden>`).join('');
    page(`<form>${hidden}<label for="nik">No. KTP / NIK</label><input id="nik" name="nik"></form>`);
    const r = scanRoot(document);
    expect(r.fields.map((f) => [f.element.id, f.report.kind])).toEqual([['nik', 'national_id']]);
    expect(r.truncated).toBe(false);
  });

  it('still stops at the limit of fillable controls, and says so', () => {
    page(
      Array.from({ length: 30 }, (_, i) => `<input hidden><label for="n${i}">NIK</label><input id="n${i}">`).join(''),
    );
    const r = scanRoot(document, { limits: { maxControls: 10 } });
    expect(r.truncated).toBe(true);
    expect(r.fields.length).toBe(10);
  });
});
