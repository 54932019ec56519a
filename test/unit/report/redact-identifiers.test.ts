// A page that echoes a typed identifier into a label, an id, a path or an address does not get it kept:
// the report sanitiser passes every page text through the identifier recogniser first.
import { describe, expect, it } from 'vitest';
import { REDACTED, redactIdentifiers } from '../../../lib/report/redact-identifiers';
import { sanitizeFrameReport } from '../../../lib/report/sanitize-report';

const NIK = '3171011708450001';

describe('redactIdentifiers', () => {
  it('replaces a recognised identifier, with or without separators, and keeps the words around it', () => {
    expect(redactIdentifiers(`NIK anda: ${NIK}`)).toBe(`NIK anda: ${REDACTED}`);
    expect(redactIdentifiers('No. KTP 3171 0117 0845 0001 benar?')).toBe(`No. KTP ${REDACTED} benar?`);
    expect(redactIdentifiers(`nik-${NIK}`)).toBe(`nik-${REDACTED}`);
    expect(redactIdentifiers('NHS 943 476 5919')).toBe(`NHS ${REDACTED}`);
  });

  it('leaves ordinary labels alone', () => {
    for (const label of ['No. KTP / NIK', 'Tanggal lahir (dd/mm/yyyy)', 'Kode pos 40115', 'RT 03 / RW 07', '']) {
      expect(redactIdentifiers(label)).toBe(label);
    }
  });
});

describe('sanitizeFrameReport', () => {
  const field = {
    kind: 'national_id',
    sensitivity: 'special',
    label: `No. KTP / NIK ${NIK}`,
    tag: 'input',
    type: 'text',
    id: `nik_${NIK}`,
    name: NIK,
    path: `form > #nik_${NIK}`,
    source: 'label',
    form: 0,
    filled: true,
  };

  it('keeps no identifier a page echoed into labels, ids, names, paths or addresses', () => {
    const clean = sanitizeFrameReport({
      url: `https://rs.example/pasien/${NIK}?nik=${NIK}`,
      fields: [field],
      forms: [{ action: `https://rs.example/simpan/${NIK}#${NIK}`, method: 'get', sensitive: true }],
      thirdParties: [],
      truncated: false,
    });
    expect(JSON.stringify(clean)).not.toContain(NIK);
    expect(clean!.fields[0]!.label).toBe(`No. KTP / NIK ${REDACTED}`);
    expect(clean!.url).toBe(`https://rs.example/pasien/${REDACTED}`);
  });

  it("takes the frame's address from the browser, not from the report", () => {
    const clean = sanitizeFrameReport(
      { url: 'https://trusted.example/', fields: [], forms: [], thirdParties: [], truncated: false },
      'http://203.0.113.9/daftar?nik=1#x',
    );
    expect(clean!.url).toBe('http://203.0.113.9/daftar');
  });
});
