#!/usr/bin/env node
// Writes THIRD_PARTY_NOTICES.txt (repository root) and public/THIRD_PARTY_NOTICES.txt (copied into every build):
// the licence text and copyright lines of every npm package whose code is bundled into the extension and of every
// bundled data set. The package list is computed, not typed: bare imports in entrypoints/, lib/ and components/,
// the WXT modules named in wxt.config.ts, and their runtime dependencies. A unit test regenerates the file and
// fails when it differs or when a bundled package has no entry.
//   npm run notices
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUTS = ['THIRD_PARTY_NOTICES.txt', 'public/THIRD_PARTY_NOTICES.txt'];
const SOURCE_DIRS = ['entrypoints', 'lib', 'components'];

// wxt is a build tool: of it only the runtime subpaths we import (wxt/browser, wxt/utils/define-*) reach the bundle,
// and those import nothing but @wxt-dev/browser. Every other package follows its `dependencies` and
// `peerDependencies` (@wxt-dev/webextension-polyfill routes wxt/browser to its peer webextension-polyfill).
// @types/* packages hold no code.
const RUNTIME_DEPENDENCIES = { wxt: ['@wxt-dev/browser'] };

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'data' || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(m?[jt]sx?)$/.test(name) && !/\.d\.m?ts$/.test(name)) out.push(path);
  }
  return out;
}

const packageName = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

/** Names of the npm packages whose code ends up in the built extension, sorted. */
export function bundledPackages(root = ROOT) {
  const direct = new Set();
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(join(root, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^[ \t]*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1];
        if (spec.startsWith('.') || spec.startsWith('/') || spec.includes(':')) continue;
        if (/^import\s+type\b/.test(m[0].trim())) continue;
        direct.add(packageName(spec));
      }
    }
  }
  const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
  const modules = /modules:\s*\[([^\]]*)\]/.exec(config);
  for (const m of modules ? modules[1].matchAll(/['"]([^'"]+)['"]/g) : []) direct.add(m[1]);
  const all = new Set();
  const visit = (name) => {
    if (all.has(name) || name.startsWith('@types/')) return;
    all.add(name);
    const manifest = readJson(join(root, 'node_modules', name, 'package.json'));
    const deps = RUNTIME_DEPENDENCIES[name] ?? [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}).filter((p) => !manifest.peerDependenciesMeta?.[p]?.optional),
    ];
    for (const dep of deps) visit(dep);
  };
  for (const name of direct) visit(name);
  return [...all].sort();
}

function licenceFile(dir) {
  const name = readdirSync(dir).find((f) => /^(licen[cs]e|copying)([.-].*)?$/i.test(f));
  return name ? readFileSync(join(dir, name), 'utf8').trim() : null;
}

function person(p) {
  if (!p) return null;
  return typeof p === 'string' ? p : [p.name, p.email ? `<${p.email}>` : null].filter(Boolean).join(' ');
}

const RULE = '='.repeat(78);

function packageSection(root, name) {
  const dir = join(root, 'node_modules', name);
  const manifest = readJson(join(dir, 'package.json'));
  const text = licenceFile(dir);
  const repo = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const lines = [
    RULE,
    `Package: ${name}@${manifest.version}`,
    `Licence: ${manifest.license}`,
    ...(repo ? [`Source: ${repo.replace(/^git\+/, '')}`] : []),
  ];
  if (name === 'tldts-core' || name === 'tldts') {
    lines.push(
      'Includes Public Suffix List data (publicsuffix.org), Mozilla Public License 2.0; see webextension-polyfill',
    );
    lines.push('below for the MPL 2.0 text.');
  }
  lines.push('');
  if (text) lines.push(text);
  else {
    const author = person(manifest.author);
    lines.push(
      `The published package carries no licence file; its package.json declares ${manifest.license}` +
        (author ? ` and names ${author} as author.` : '.'),
      manifest.license === 'MIT' ? 'The MIT License text is reproduced under preact in this file.' : '',
    );
  }
  return lines.join('\n').trimEnd();
}

function dataSections(root) {
  const licence = (file) => readFileSync(join(root, 'data/licences', file), 'utf8').trim();
  const lists = readJson(join(root, 'lib/reputation/data/bundled-lists.meta.json')).lists;
  const unicode = readJson(join(root, 'lib/reputation/data/confusables.json'));
  const hibpCount = readJson(join(root, 'lib/breaches/data/catalogue.json')).stats.hibp.kept;
  const LIST_LICENCE = { Unlicense: 'blocklistproject-Unlicense.txt', MIT: 'phishing-database-MIT.txt' };
  const sections = lists.map((l) =>
    [
      RULE,
      `Data set: ${l.title}`,
      `Source: ${l.sourceUrl} (${l.sourceDate})`,
      `Licence: ${l.licence}${l.licenceNote ? ` (${l.licenceNote})` : ''}`,
      'Used as: domains re-encoded as hashes in the bundled list of dangerous sites.',
      ...(l.copyright.length ? l.copyright : []),
      '',
      licence(LIST_LICENCE[l.licence]),
    ].join('\n'),
  );
  sections.push(
    [
      RULE,
      `Data set: Unicode confusables.txt ${unicode.version} (${unicode.date}), UTS #39 Unicode Security Mechanisms`,
      `Source: ${unicode.sourceUrl}`,
      'Licence: Unicode License v3 (SPDX Unicode-3.0)',
      'Used as: adapted; a subset of the mappings, folded to lower-case Latin letters and digits, for lookalike checks.',
      '',
      licence('Unicode-3.0.txt'),
    ].join('\n'),
  );
  sections.push(
    [
      RULE,
      'Data set: Have I Been Pwned breach list (haveibeenpwned.com/api/v3/breaches, snapshot of 2026-02-26)',
      'Source: https://haveibeenpwned.com/',
      'Licence: Creative Commons Attribution 4.0 International (CC BY 4.0),',
      '         https://creativecommons.org/licenses/by/4.0/ (legal code: https://creativecommons.org/licenses/by/4.0/legalcode)',
      'Attribution: Breach data from Have I Been Pwned (Troy Hunt), https://haveibeenpwned.com/',
      `Changes: adapted. Jaga Data keeps facts only from ${hibpCount} verified breaches (name, title, domain, dates,`,
      'count, data classes, sensitive flag), maps the data classes to its own vocabulary, reduces domains to the',
      'registrable domain, leaves out unverified, fabricated, spam-list and retired breaches, and replaces some',
      'entries with its own curated ones. No descriptions and no logos are included.',
      'No warranties are given. The licence does not grant trademark rights.',
    ].join('\n'),
  );
  sections.push(
    [
      RULE,
      "Jaga Data's own data (no third-party licence): the curated breach list (data/breaches/additions.json and",
      'the curated Indonesian and health-sector list), the tracker catalogue (data/trackers/trackers.src.json) and the',
      'protected Indonesian domains (data/protected-domains.csv). Facts with their cited sources; texts are our own.',
    ].join('\n'),
  );
  return sections;
}

/** The whole notices text. */
export function buildNotices(root = ROOT) {
  const packages = bundledPackages(root);
  return (
    [
      'THIRD-PARTY NOTICES for Jaga Data',
      '',
      'Generated by scripts/notices.mjs (npm run notices); do not edit by hand.',
      'Jaga Data bundles the following npm packages and data sets. Each is listed with its licence text and',
      'copyright lines as its authors publish them.',
      '',
      `npm packages (${packages.length}): ${packages.join(', ')}`,
      '',
      ...packages.map((name) => packageSection(root, name) + '\n'),
      ...dataSections(root).map((s) => s + '\n'),
    ].join('\n') + '\n'
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = buildNotices();
  for (const out of OUTPUTS) {
    if (!existsSync(dirname(join(ROOT, out)))) continue;
    writeFileSync(join(ROOT, out), text);
  }
  console.warn(`THIRD_PARTY_NOTICES.txt: ${Buffer.byteLength(text)} bytes, ${bundledPackages().length} npm packages`);
}
