// A page that echoes a typed identifier into a label, an id, a path or an address does not get it kept:
// the report sanitiser passes every page text through the identifier recogniser first.
import { describe, expect, it } from 'vitest';
import { REDACTED, redactIdentifiers } from '../../../lib/report/redact-identifiers';
import { frameReportSanitizer, sanitizeFrameReport } from '../../../lib/report/sanitize-report';

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

describe('frameReportSanitizer', () => {
  const report = (fields: Array<Record<string, unknown>>, url = 'https://rs.example/daftar') => ({
    url,
    fields: fields.map((f) => ({ kind: 'national_id', tag: 'input', type: 'text', source: 'label', form: -1, ...f })),
    forms: [],
    thirdParties: [],
    truncated: false,
  });
  // A number shaped like a NIK whose checksum fails counts as one only under a label naming NIK (the context).
  // A label is redacted in its first 800 characters with all of it as the context: two long labels can share
  // the text redacted and differ in the context, and only the one naming NIK loses the number.
  const odd = '3201234567890001';
  const head = `Nomor ${odd} ${'isi '.repeat(200)}`;
  const long = `${head} NIK`;
  const other = `${head} Kode`;
  const reports = [
    report([
      { label: 'No. KTP / NIK', id: 'nik', name: 'nik', path: '#nik' },
      { label: `NIK ${NIK}`, id: `nik_${NIK}`, name: odd, path: `form > #nik_${NIK}` },
      { label: long, id: odd, name: odd, path: 'form > input' },
    ]),
    // The page echoed what was typed somewhere else, and one label changed under the same id.
    report([
      { label: 'No. KTP / NIK', id: 'nik', name: 'nik', path: '#nik' },
      { label: `Kode ${odd}`, id: `nik_${NIK}`, name: odd, path: `form > #nik_${NIK}` },
      { label: `NIK ${odd}`, id: odd, name: `x-${NIK}`, path: 'form > input' },
      { label: long, id: 'ok', name: odd, path: `#${odd}` },
      { label: other, id: 'ok2', name: odd, path: 'form > input' },
    ]),
    report([{ label: `NIK ${NIK}`, id: odd, name: odd, path: '#nik' }], `https://rs.example/${NIK}`),
    report([]),
    report([{ label: long, id: odd, name: odd, path: 'form > input' }]),
    report([{ label: other, id: odd, name: odd, path: 'form > input' }]),
  ];

  it("gives each of a frame's successive reports exactly what sanitizeFrameReport gives it", () => {
    const sanitize = frameReportSanitizer();
    for (const r of [...reports, ...reports.toReversed()]) expect(sanitize(r)).toEqual(sanitizeFrameReport(r));
    expect(sanitize(reports[1]!)!.fields.map((f) => f.label.slice(0, 9))).toEqual([
      'No. KTP /',
      `Kode ${odd.slice(0, 4)}`,
      `NIK ${REDACTED}`,
      `Nomor ${REDACTED}`,
      `Nomor ${odd.slice(0, 3)}`,
    ]);
    expect(JSON.stringify(reports.map((r) => sanitize(r)))).not.toContain(NIK);
  });
});
