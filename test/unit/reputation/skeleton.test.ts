import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import table from '../../../lib/reputation/data/confusables.json';
import lure from '../../../lib/reputation/data/lure-words.json';
import policy from '../../../lib/reputation/data/lookalike-policy.json';
import { BUNDLED_PROTECTED_DOMAINS } from '../../../lib/reputation/protected-domains';
import { nameOf } from '../../../lib/reputation/lookalike-names';
import { letterSkeleton, skeleton } from '../../../lib/reputation/skeleton';
import {
  ASCII_ADDITIONS,
  buildConfusables,
  buildConfusablesFromText,
  defaultConfusablesPath,
} from '../../../scripts/data/confusables.mjs';

describe('skeletons', () => {
  it('maps look-alike letters from other scripts onto Latin', () => {
    expect(skeleton('kеmkes')).toBe(skeleton('kemkes')); // Cyrillic е
    expect(skeleton('ѕаtusehat')).toBe('satusehat'); // Cyrillic ѕ, а
    expect(skeleton('halodос')).toBe('halodoc');
    expect(skeleton('ɡoogle')).toBe('google'); // Latin script g
  });

  it('drops accents through NFD and maps ASCII look-alikes', () => {
    expect(skeleton('kemkés')).toBe(skeleton('kemkes'));
    expect(skeleton('kernkes')).toBe(skeleton('kemkes')); // rn looks like m
    expect(skeleton('vvatsons')).toBe(skeleton('watsons')); // vv looks like w (an ASCII addition)
    expect(skeleton('ԝatsons')).toBe(skeleton('watsons')); // Cyrillic ԝ, whose prototype w becomes vv
    expect(skeleton('ha1odoc')).toBe('halodoc');
    expect(skeleton('g00gle')).toBe('google');
    expect(skeleton('KEMKES')).toBe(skeleton('kemkes'));
  });

  it('keeps different names apart', () => {
    expect(skeleton('kemah')).not.toBe(skeleton('kemkes'));
    expect(skeleton('paypal')).not.toBe(skeleton('paypai'));
    expect(skeleton('vatsons')).not.toBe(skeleton('watsons'));
  });

  it('letterSkeleton leaves digits as digits', () => {
    expect(letterSkeleton('daftar2024')).toBe('daftar2024');
    expect(skeleton('daftar2024')).toBe('daftar2o24');
  });
});

describe('confusables table (data)', () => {
  const map = (table as { map: Record<string, string> }).map;

  it('names its source, version, date and hash', () => {
    expect(table.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(table.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(table.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(table.licence).toContain('Unicode');
    expect(table.count).toBe(Object.keys(map).length);
    expect(table.count).toBeGreaterThan(1000);
  });

  it('maps single folded characters onto a-z, 0-9 and "-" only, and is idempotent', () => {
    for (const [source, target] of Object.entries(map)) {
      expect([...source]).toHaveLength(1);
      expect(source.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe(source);
      expect(target).toMatch(/^[a-z0-9-]+$/);
      for (const c of target) expect(map[c], `${source} → ${target}`).toBeUndefined();
    }
  });

  it('adds the ASCII look-alikes Unicode lacks, and names them', () => {
    expect(table.additions).toEqual(ASCII_ADDITIONS);
    for (const [source, target] of Object.entries(ASCII_ADDITIONS)) expect(map[source]).toBe(target);
  });

  it('derives the additions with the table: a prototype that is an added source is mapped again', () => {
    const text = '# Version: 1.0.0\n# Date: 2025-01-01\n0561 ;\t0077 ;\tMA\n006D ;\t0072 006E ;\tMA\n';
    expect(buildConfusablesFromText(text).map).toEqual({ m: 'rn', w: 'vv', ա: 'vv' });
  });

  const source = defaultConfusablesPath() as string;
  describe.skipIf(!existsSync(source))('rebuild', () => {
    it('is exactly what the script derives from confusables.txt', () => {
      expect(buildConfusables(source)).toEqual(table);
    });
  });
});

describe('lure words and policy (data)', () => {
  const names = new Set(BUNDLED_PROTECTED_DOMAINS.flatMap((p) => [nameOf(p.domain), ...(p.names ?? [])]));

  it('are lower-case a-z words, unique, and never a protected name (bar common-word names)', () => {
    // A common-word name (indonesia.go.id) never takes part in brand + lure matching, so the
    // same word may still be a lure next to another brand (kemkes-indonesia.com).
    const common = new Set(policy.commonWords);
    const all = [...lure.words, ...lure.fillers];
    expect(new Set(all).size).toBe(all.length);
    for (const w of all) {
      expect(w).toMatch(/^[a-z]{2,20}$/);
      expect(names.has(w) && !common.has(w), w).toBe(false);
    }
    expect(lure.words).toEqual(expect.arrayContaining(['daftar', 'login', 'klaim', 'verifikasi', 'bansos', 'cek']));
  });

  it('lists common-word names that really are protected names', () => {
    for (const w of policy.commonWords) expect(names.has(w), w).toBe(true);
  });
});
