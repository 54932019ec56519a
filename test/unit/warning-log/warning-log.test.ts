import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CSV_COLUMNS,
  WARNING_ACTIONS,
  appendWarning,
  csvCell,
  exportCsv,
  exportJson,
  parseWarningLog,
  toWarningEntry,
  type WarningEntry,
} from '../../../lib/warning-log';
import { FIELD_KINDS } from '../../../lib/kinds/field-kinds';
import { REASON_CODES } from '../../../lib/risk/reason-codes';

const DAY = 86_400_000;
const NOW = Date.parse('2025-06-01T08:00:00.000Z');
const at = (ms: number) => new Date(ms).toISOString();

const entry = (over: Partial<WarningEntry> = {}): WarningEntry => ({
  time: at(NOW),
  site: 'rs-contoh.example',
  fieldKinds: ['national_id'],
  reasons: ['insecure_form_action'],
  action: 'shown',
  listVersions: { 'bundled-reputation': '2025.05.30' },
  ...over,
});

const opts = { maxEntries: 100, retentionDays: 30, now: NOW };

/** RFC 4180 reader, to check exports independently of the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  expect(cell).toBe('');
  return rows;
}

const entryArb: fc.Arbitrary<WarningEntry> = fc.record({
  time: fc.integer({ min: NOW - 29 * DAY, max: NOW }).map(at),
  site: fc.oneof(fc.domain(), fc.ipV4()),
  fieldKinds: fc.subarray([...FIELD_KINDS]),
  reasons: fc.subarray([...REASON_CODES]),
  action: fc.constantFrom(...WARNING_ACTIONS),
  listVersions: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), fc.stringMatching(/^[0-9][0-9.]{0,9}$/), {
    maxKeys: 3,
  }),
});

describe('entries', () => {
  it('keep only known fields: a URL or a typed value passed along is not recorded', () => {
    const sneaky = {
      ...entry(),
      url: 'https://rs-contoh.example/daftar?nik=3174012345678901',
      value: '3174012345678901',
    };
    const out = toWarningEntry(sneaky);
    expect(out).toEqual({ entry: entry() });
    expect(JSON.stringify(out)).not.toContain('3174012345678901');
  });

  it.each([
    ['a full URL as site', { site: 'https://rs-contoh.example/daftar' }],
    ['a path as site', { site: 'rs-contoh.example/daftar' }],
    ['text as site', { site: 'NIK 3174012345678901' }],
    ['a local time', { time: '2025-06-01 08:00' }],
    ['an unknown field kind', { fieldKinds: ['name'] }],
    ['an unknown reason', { reasons: ['suspicious'] }],
    ['an unknown action', { action: 'ignored' }],
    ['free text as a list version', { listVersions: { rep: 'v1 pasien budi' } }],
    ['a non-string list version', { listVersions: { rep: 3 } }],
  ])('refuse %s', (_name, over) => {
    expect(toWarningEntry({ ...entry(), ...over })).toHaveProperty('problem');
  });

  it('sort and deduplicate kinds and reasons into their canonical order', () => {
    const out = toWarningEntry(
      entry({ fieldKinds: ['date_of_birth', 'national_id', 'national_id'], reasons: ['known_breach', 'lookalike'] }),
    );
    expect(out).toMatchObject({
      entry: { fieldKinds: ['national_id', 'date_of_birth'], reasons: ['lookalike', 'known_breach'] },
    });
  });
});

describe('appendWarning', () => {
  it('adds a valid entry and returns a new log', () => {
    const log: WarningEntry[] = [];
    const next = appendWarning(log, entry(), opts);
    expect(next).toEqual([entry()]);
    expect(log).toEqual([]);
  });

  it('does not add an invalid entry', () => {
    expect(appendWarning([entry()], entry({ site: 'https://x.example/' }), opts)).toEqual([entry()]);
  });

  it('drops entries older than the retention period and ones dated in the far future', () => {
    const old = entry({ time: at(NOW - 31 * DAY) });
    const edge = entry({ time: at(NOW - 30 * DAY) });
    const future = entry({ time: at(NOW + 2 * DAY) });
    expect(appendWarning([old, edge, future], entry(), opts)).toEqual([edge, entry()]);
  });

  it('keeps the newest entries within the cap', () => {
    const log = Array.from({ length: 10 }, (_, i) => entry({ time: at(NOW - (10 - i) * 60_000) }));
    const next = appendWarning(log, entry(), { ...opts, maxEntries: 4 });
    expect(next).toEqual([...log.slice(7), entry()]);
  });

  it('never exceeds the cap or keeps anything outside the window', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 30 }),
        (entries, max, days) => {
          let log: WarningEntry[] = [];
          for (const e of entries) log = appendWarning(log, e, { maxEntries: max, retentionDays: days, now: NOW });
          expect(log.length).toBeLessThanOrEqual(max);
          for (const e of log) expect(Date.parse(e.time)).toBeGreaterThanOrEqual(NOW - days * DAY);
        },
      ),
    );
  });
});

describe('exportCsv', () => {
  it('writes a header and one CRLF-terminated row per entry', () => {
    const csv = exportCsv([
      entry({ fieldKinds: ['national_id', 'health_insurance_id'], listVersions: { a: '1', b: '2' } }),
    ]);
    expect(csv).toBe(
      'time,site,field_kinds,reasons,action,list_versions\r\n' +
        '2025-06-01T08:00:00.000Z,rs-contoh.example,national_id;health_insurance_id,insecure_form_action,shown,a=1;b=2\r\n',
    );
  });

  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(readCsv(`${csvCell(`${start}cmd|' /C calc'!A0`)}\r\n`)[0]![0]).toBe(`'${start}cmd|' /C calc'!A0`);
    }
    expect(csvCell('=HYPERLINK("http://x.example","klik")')).toBe(`"'=HYPERLINK(""http://x.example"",""klik"")"`);
    expect(csvCell('rs.example')).toBe('rs.example');
    // Text that already starts with ' keeps it, behind ours: "'-" and "-" export differently.
    expect(csvCell("'-")).toBe("''-");
    expect(csvCell('-')).toBe("'-");
  });

  it('reads back to the same cells, and no cell can start a formula', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 10 }), (log) => {
        const rows = readCsv(exportCsv(log));
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(log.length + 1);
        rows.slice(1).forEach((row, i) => {
          const e = log[i]!;
          expect(row[0]).toBe(e.time);
          expect(row[1]).toBe(e.site);
          expect(row[2]).toBe(e.fieldKinds.join(';'));
          expect(row[4]).toBe(e.action);
        });
        for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('defuses any cell text, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const rows = readCsv(`${csvCell(text)}\r\n`);
        expect(rows).toHaveLength(1);
        const cell = rows[0]![0]!;
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell.replace(/^'(?=['=+\-@\t\r])/, '')).toBe(text);
      }),
    );
  });
});

describe('exportJson and parseWarningLog', () => {
  it('round-trip through the JSON export', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 10 }), (entries) => {
        const log = entries.map((e) => (toWarningEntry(e) as { entry: WarningEntry }).entry);
        expect(parseWarningLog(JSON.parse(exportJson(log)))).toEqual({ log, problems: [] });
        expect(parseWarningLog(JSON.parse(JSON.stringify(log)))).toEqual({ log, problems: [] });
      }),
    );
  });

  it('salvage the valid entries of a damaged store', () => {
    const out = parseWarningLog([entry(), { time: 'x' }, 'junk', entry({ action: 'proceeded' })]);
    expect(out.log).toEqual([entry(), entry({ action: 'proceeded' })]);
    expect(out.problems).toEqual(['entry 1: bad time, dropped', 'entry 2: not an entry, dropped']);
  });

  it('start afresh from something that is not a log, and never throw', () => {
    expect(parseWarningLog(undefined)).toEqual({ log: [], problems: [] });
    expect(parseWarningLog('x').problems).toHaveLength(1);
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const { log } = parseWarningLog(raw);
        for (const e of log) expect(toWarningEntry(e)).toEqual({ entry: e });
      }),
    );
  });
});
