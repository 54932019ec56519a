// The envelope: a version travels with each item, migrations run one step at a time, a failing step keeps what
// the current parser can still read, and data from a newer release is read as far as it can be.
// The item here is test-only (clinic notes: v1 a list of sites; v2 `{ sites }`; v3 `{ sites: [{ site, since }] }`),
// with before and after fixtures in test/fixtures/storage/migration.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEnvelope, sealEnvelope, type ItemSpec } from '../../../lib/storage/envelope';

const DIR = resolve(__dirname, '../../fixtures/storage/migration');
const read = (file: string): { v: number; data: unknown } => JSON.parse(readFileSync(join(DIR, file), 'utf8'));

interface Notes {
  sites: Array<{ site: string; since: string | null }>;
}

const migrated: number[] = [];

/** Lenient like the real parsers: keeps every entry it can read (a bare site name from v2 included). */
function parseNotes(data: unknown): { value: Notes; problems: string[] } {
  const sites = (data as { sites?: unknown } | null)?.sites;
  if (!Array.isArray(sites)) return { value: { sites: [] }, problems: ['notes: no list of sites'] };
  const value: Notes = { sites: [] };
  const problems: string[] = [];
  sites.forEach((s: unknown, i) => {
    if (typeof s === 'string') value.sites.push({ site: s, since: null });
    else if (typeof s === 'object' && s !== null && typeof (s as { site?: unknown }).site === 'string') {
      const since = (s as { since?: unknown }).since;
      value.sites.push({ site: (s as { site: string }).site, since: typeof since === 'string' ? since : null });
    } else problems.push(`notes.sites[${i}]: unreadable, dropped`);
  });
  return { value, problems };
}

const NOTES: ItemSpec<Notes> = {
  key: 'notes',
  version: 3,
  migrations: {
    2: (old) => {
      migrated.push(2);
      if (!Array.isArray(old)) throw new Error('v1 notes are a list');
      return { sites: old };
    },
    3: (old) => {
      migrated.push(3);
      return {
        sites: (old as { sites: unknown[] }).sites.map((s) => {
          if (typeof s !== 'string') throw new Error('a v2 site is text');
          return { site: s, since: null };
        }),
      };
    },
  },
  parse: parseNotes,
  fallback: () => ({ sites: [] }),
};

const after = read('notes.v3.json');

describe('migrations', () => {
  it('v1 → v2 → v3: each step once, in order, and the result is what a v3 store holds', () => {
    migrated.length = 0;
    const opened = openEnvelope(read('notes.v1.json'), NOTES);
    expect(migrated).toEqual([2, 3]);
    expect(opened).toEqual({ value: after.data, from: 1, rewrite: true, problems: [] });
    expect(sealEnvelope(opened.value, NOTES)).toEqual(after);
  });

  it('v2 → v3 runs only the step it needs', () => {
    migrated.length = 0;
    expect(openEnvelope(read('notes.v2.json'), NOTES)).toEqual({
      value: after.data,
      from: 2,
      rewrite: true,
      problems: [],
    });
    expect(migrated).toEqual([3]);
  });

  it('a current store runs no migration and needs no rewrite', () => {
    migrated.length = 0;
    expect(openEnvelope(after, NOTES)).toEqual({ value: after.data, from: 3, rewrite: false, problems: [] });
    expect(migrated).toEqual([]);
  });

  it('a failing step stops the chain; the current parser keeps what it can read of the last good data', () => {
    const opened = openEnvelope(read('notes.v1-damaged.json'), NOTES);
    expect(opened.value).toEqual({
      sites: [
        { site: 'rs-contoh.co.id', since: null },
        { site: 'klinik.example', since: null },
      ],
    });
    expect(opened.rewrite).toBe(true);
    expect(opened.problems).toEqual([
      'migration to v3 failed: a v2 site is text',
      'notes.sites[1]: unreadable, dropped',
    ]);
  });

  it('a first step that fails on junk falls back to what the parser makes of it', () => {
    const opened = openEnvelope({ v: 1, data: 'not a list' }, NOTES);
    expect(opened.value).toEqual({ sites: [] });
    expect(opened.problems[0]).toBe('migration to v2 failed: v1 notes are a list');
  });

  it('a store from a newer release is read by the current parser, untouched by migrations', () => {
    migrated.length = 0;
    const opened = openEnvelope(
      { v: 7, data: { sites: [{ site: 'a.example', since: '2030-01-01', tags: [] }] } },
      NOTES,
    );
    expect(migrated).toEqual([]);
    expect(opened.value).toEqual({ sites: [{ site: 'a.example', since: '2030-01-01' }] });
    expect(opened.problems).toEqual(['stored version 7 is newer than 3']);
    expect(opened.rewrite).toBe(true);
  });

  it('versions at or below 0, however far, run every migration once', () => {
    for (const v of [0, -1, -1e300, Number.MIN_SAFE_INTEGER]) {
      migrated.length = 0;
      expect(openEnvelope({ v, data: ['a.example'] }, NOTES).value).toEqual({
        sites: [{ site: 'a.example', since: null }],
      });
      expect(migrated).toEqual([2, 3]);
    }
  });

  it('something that is not an envelope is read as the current shape', () => {
    for (const raw of [{ sites: ['a.example'] }, { v: '3', data: {} }, { v: 1.5, data: {} }, { v: 3 }, 'x', 5, [1]]) {
      const opened = openEnvelope(raw, NOTES);
      expect(opened.from).toBe(0);
      expect(opened.rewrite).toBe(true);
      expect(opened.problems[0]).toBe('not a versioned envelope');
    }
    expect(openEnvelope({ sites: ['a.example'] }, NOTES).value).toEqual({
      sites: [{ site: 'a.example', since: null }],
    });
  });

  it('null and undefined are "nothing stored": the fallback, no rewrite', () => {
    for (const raw of [null, undefined]) {
      expect(openEnvelope(raw, NOTES)).toEqual({ value: { sites: [] }, from: 0, rewrite: false, problems: [] });
    }
  });
});
