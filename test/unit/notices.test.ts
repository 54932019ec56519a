// THIRD_PARTY_NOTICES.txt: generated, never stale, and naming every npm package whose code is bundled.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { OUTPUTS, buildNotices, bundledPackages } from '../../scripts/notices.mjs';

const ROOT = resolve(__dirname, '../..');

describe('third-party notices', () => {
  const text = buildNotices(ROOT) as string;

  it('is committed, in the repository and in public/ (copied into every build), exactly as the script writes it', () => {
    for (const out of OUTPUTS as string[]) expect(readFileSync(join(ROOT, out), 'utf8'), out).toBe(text);
  });

  it('has an entry with licence text for every bundled npm package', () => {
    const packages = bundledPackages(ROOT) as string[];
    for (const name of ['preact', 'tldts', 'tldts-core', 'punycode', 'webextension-polyfill']) {
      expect(packages).toContain(name);
    }
    for (const name of packages) {
      const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
      const at = text.indexOf(`\nPackage: ${name}@${version}\n`);
      expect(at, `${name}@${version} has no entry`).toBeGreaterThan(0);
      const section = text.slice(at, text.indexOf('\n=====', at + 1));
      expect(section, name).toMatch(/Permission is hereby granted|Mozilla Public License|carries no licence file/);
    }
    expect(text).not.toMatch(/Package: @types\//);
  });

  it('credits every bundled data set with its licence, and says the HIBP data was adapted', () => {
    expect(text).toContain('Phishing.Database');
    expect(text).toContain('Copyright (c) 2018-2025 Mitchell Krog');
    expect(text).toContain('The Block List Project');
    expect(text).toContain('This is free and unencumbered software released into the public domain.');
    expect(text).toContain('UNICODE LICENSE V3');
    expect(text).toMatch(/Have I Been Pwned[\s\S]*CC BY 4\.0[\s\S]*Changes: adapted/);
  });

  it('finds a newly imported package and its dependencies (so a missing entry fails the test above)', () => {
    const root = mkdtempSync(join(tmpdir(), 'jaga-notices-'));
    try {
      for (const dir of ['entrypoints', 'lib', 'components']) mkdirSync(join(root, dir));
      writeFileSync(join(root, 'wxt.config.ts'), "export default { modules: ['mod-a'] };\n");
      writeFileSync(join(root, 'lib/x.ts'), "import { a } from 'pkg-a/sub';\nimport type { T } from 'types-only';\n");
      const pkg = (name: string, extra: object) => {
        mkdirSync(join(root, 'node_modules', name), { recursive: true });
        writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, ...extra }));
      };
      pkg('pkg-a', { dependencies: { 'pkg-b': '1' } });
      pkg('pkg-b', {});
      pkg('mod-a', {
        peerDependencies: { 'peer-c': '*', 'peer-opt': '*' },
        peerDependenciesMeta: { 'peer-opt': { optional: true } },
      });
      pkg('peer-c', {});
      expect(bundledPackages(root)).toEqual(['mod-a', 'peer-c', 'pkg-a', 'pkg-b']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
