import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import meta from '../../../lib/reputation/data/bundled-lists.meta.json';
import { loadHashList, lookupHost } from '../../../lib/reputation/hash-list';
import { BUNDLED_PROTECTED_DOMAINS } from '../../../lib/reputation/protected-domains';
import { buildReputation, defaultSharedDataDir, OUT_BIN } from '../../../scripts/data/reputation.mjs';

const bytes = readFileSync(resolve(__dirname, '../../../lib/reputation/data/bundled-lists.bin'));
const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
const list = loadHashList(buffer);

describe('bundled reputation lists', () => {
  it('matches its metadata: size, hash, entry counts and list ids', () => {
    expect(meta.bytes).toBe(bytes.length);
    expect(meta.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(list.size).toBe(meta.entries);
    expect(list.lists.map((l) => l.id)).toEqual(meta.lists.map((l) => l.id));
    expect(list.lists.map((l) => l.entries)).toEqual(meta.lists.map((l) => l.entries));
    expect(meta.entries).toBeGreaterThan(200_000);
  });

  it("keeps each list's licence, attribution, source and dates", () => {
    for (const l of meta.lists) {
      expect(l.licence).toMatch(/^(MIT|Unlicense)$/);
      expect(l.attribution.length).toBeGreaterThan(20);
      expect(l.licenceSummary).toContain(l.licence === 'MIT' ? 'MIT License' : 'public domain');
      expect(l.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(l.sourceDate <= meta.builtFrom).toBe(true);
      if (l.licence === 'MIT') expect(l.copyright.length).toBeGreaterThan(0);
    }
    expect(meta.builtFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('flags listed hosts (and their subdomains) with the right list', () => {
    expect(lookupHost(list, '0001interac.com')?.listId).toBe('blp-phishing');
    expect(lookupHost(list, 'www.0-google.com')?.listId).toBe('blp-scam');
    expect(lookupHost(list, 'rztzfuqfqk.duckdns.org')?.listId).toBe('phishing-database');
  });

  it('keeps compromised government hosts: a .go.id ending is no pass', () => {
    expect(lookupHost(list, 'balangankab.go.id')?.listId).toBe('blp-phishing');
  });

  it('does not flag the protected official domains themselves', () => {
    const flagged = BUNDLED_PROTECTED_DOMAINS.filter((p) => lookupHost(list, p.domain) !== null).map((p) => p.domain);
    expect(flagged).toEqual([]);
  });

  const shared = defaultSharedDataDir() as string;
  describe.skipIf(!existsSync(join(shared, 'reputation/blocklistproject-phishing-nl.txt')))('rebuild', () => {
    it('is byte-for-byte what the build script makes from the shared sources', () => {
      const fresh = buildReputation(shared) as { bin: Uint8Array; meta: unknown };
      expect(Buffer.from(fresh.bin).equals(readFileSync(OUT_BIN as string))).toBe(true);
      expect(fresh.meta).toEqual(meta);
    });
  });
});
