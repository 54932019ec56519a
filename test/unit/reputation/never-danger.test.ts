// The never-danger set (data/never-danger.json): popular, real hosts that the bundled data must never send to the
// danger page. Each host is one test, against the bundled lists (after the shared-host and public-body rules)
// and the lookalike engine; and a rebuild that would list one fails, naming the source line.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import neverDanger from '../../../data/never-danger.json';
import { loadHashList, lookupHost } from '../../../lib/reputation/hash-list';
import { institutionIndex, isInstitutionHost } from '../../../lib/reputation/list-scope.mjs';
import { createLookalikeIndex } from '../../../lib/reputation/lookalike';
import { BUNDLED_PROTECTED_DOMAINS } from '../../../lib/reputation/protected-domains';
import { buildReputation, defaultSharedDataDir } from '../../../scripts/data/reputation.mjs';

const bytes = readFileSync(resolve(__dirname, '../../../lib/reputation/data/bundled-lists.bin'));
const list = loadHashList(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const lookalikes = createLookalikeIndex(BUNDLED_PROTECTED_DOMAINS);
const institutions = institutionIndex(BUNDLED_PROTECTED_DOMAINS);
const groups = Object.entries(neverDanger.hosts as Record<string, string[]>);
const all = groups.flatMap(([, hosts]) => hosts);

describe('never-danger set', () => {
  it('holds at least 300 distinct, valid host names across every group', () => {
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(300);
    for (const h of all) expect(h).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(groups.map(([g]) => g).sort()).toEqual(
      ['global', 'id-banks', 'id-commerce', 'id-government', 'id-health', 'id-insurers', 'id-news'].sort(),
    );
  });

  for (const [group, hosts] of groups) {
    describe(group, () => {
      it.each(hosts)('%s is never danger', (host) => {
        const listed = lookupHost(list, host);
        // A listed public body's or institution's own site is a caution ("reported as abused"), never danger.
        if (listed)
          expect({ host, listed, institution: isInstitutionHost(host, institutions) }).toMatchObject({
            institution: true,
          });
        expect(lookalikes.check(host)).toBeNull();
      });
    });
  }

  const shared = defaultSharedDataDir() as string;
  describe.skipIf(!existsSync(join(shared, 'reputation/blocklistproject-phishing-nl.txt')))('rebuild guard', () => {
    it('refuses to build lists that would put a never-danger host in danger, naming the source line', () => {
      // 00apple00.com is on The Block List Project's phishing list: pretend it were a never-danger host.
      const text = readFileSync(join(shared, 'reputation/blocklistproject-phishing-nl.txt'), 'utf8').split('\n');
      const line = text.findIndex((l) => l.trim() === '00apple00.com') + 1;
      expect(line).toBeGreaterThan(0);
      expect(() => buildReputation(shared, [...all, 'www.00apple00.com'])).toThrow(
        `blocklistproject-phishing-nl.txt:${line}: "00apple00.com" would put never-danger host(s) www.00apple00.com`,
      );
    }, 60_000);
  });
});
