// Hosts the reputation figures are measured on, shared by bench/node/reputation.bench.ts and the two-checkout A/B
// (bench/reputation-ab/run.ts), so both time the same work.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const TLDS = ['com', 'net', 'org', 'id', 'co.id', 'xyz', 'top', 'info', 'online', 'site', 'app', 'dev'];

export function randomLabel(next: () => number, min: number, max: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const len = min + Math.floor(next() * (max - min + 1));
  let s = letters[Math.floor(next() * 26)]!;
  for (let i = 1; i < len; i++) s += letters[Math.floor(next() * letters.length)];
  return s;
}

/** A random registrable domain, a third of them with a subdomain. */
export function randomHost(next: () => number): string {
  const parts = next() < 0.3 ? [randomLabel(next, 3, 10)] : [];
  parts.push(randomLabel(next, 6, 13), TLDS[Math.floor(next() * TLDS.length)]!);
  return parts.join('.');
}

/** A host on no list and imitating nothing: two random labels above a random domain. */
export function ordinaryHost(next: () => number): string {
  return `${randomLabel(next, 3, 8)}.${randomLabel(next, 3, 8)}.${randomHost(next)}`;
}

/** One host per technique the lookalike engine catches: suffix, combo, typo, punycode, embedded. */
export const IMITATING_HOSTS = [
  'kemkes.com',
  'bpjs-kesehatan-verifikasi.com',
  'kemkez.com',
  'xn--kmkes-zwe.com',
  'kemkes-go-id.com',
] as const;

/**
 * Hosts on the bundled lists (the danger-level hosts Chrome's rulesets name, lib/reputation/data/dnr), every other
 * one with a `www.` in front so the parent walk is timed too.
 */
export function bundledListedHosts(root: string, count: number): string[] {
  const hosts: string[] = [];
  for (const file of ['blp-phishing', 'phishing-database', 'blp-scam']) {
    const rules = JSON.parse(readFileSync(resolve(root, `lib/reputation/data/dnr/${file}.json`), 'utf8')) as Array<{
      condition: { requestDomains?: string[] };
    }>;
    for (const r of rules) hosts.push(...(r.condition.requestDomains ?? []));
  }
  const step = Math.max(1, Math.floor(hosts.length / count));
  return Array.from({ length: Math.min(count, hosts.length) }, (_, i) => (i % 2 ? 'www.' : '') + hosts[i * step]!);
}
