// `npm run audit` reports what the person saw (issue 14, item 7; ../shared/CONTRACTS.md §3 and §5): one case per
// reason code, all from one run of the real command on the built extension in Chromium. A stopped navigation is
// reported at the stopped address, with its site, level `danger` and its reasons; never as the extension's page.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REASON_CODES, type ReasonCode } from '../../lib/risk/reason-codes';

const ROOT = resolve(import.meta.dirname, '../..');
const F = 'test/fixtures/audit';

/** Per reason code: the target, the level the line must carry, and the reason expected in it. */
const CASES: Record<ReasonCode, { target: string; level: string; reason: { code: ReasonCode; detail?: string } }> = {
  blocklisted: {
    target: `${F}/form.html=https://00apple00.com/login`,
    level: 'danger',
    reason: { code: 'blocklisted', detail: 'The Block List Project: phishing' },
  },
  user_blocked: {
    target: `${F}/form.html=https://klinik-diblokir.example/daftar`,
    level: 'danger',
    reason: { code: 'user_blocked' },
  },
  lookalike: {
    target: `${F}/form.html=https://bpjs-kesehatan-verifikasi.com/klaim`,
    level: 'danger',
    reason: { code: 'lookalike', detail: 'bpjs-kesehatan.go.id' },
  },
  ip_host: {
    target: `${F}/form.html=https://203.0.113.7/daftar`,
    level: 'caution',
    reason: { code: 'ip_host', detail: '203.0.113.7' },
  },
  insecure_page: {
    target: `${F}/form.html=http://rs-contoh.example/daftar`,
    level: 'caution',
    reason: { code: 'insecure_page', detail: 'http://rs-contoh.example' },
  },
  insecure_form_action: {
    target: `${F}/form-http-action.html=https://rs-contoh.example/a`,
    level: 'caution',
    reason: { code: 'insecure_form_action', detail: 'http://203.0.113.10/simrs/simpan' },
  },
  cross_site_form_action: {
    target: `${F}/form-cross-site.html=https://rs-contoh.example/b`,
    level: 'caution',
    reason: { code: 'cross_site_form_action', detail: 'https://formulir-pihak-ketiga.example/terima' },
  },
  third_party_trackers: {
    target: `${F}/form-tracker.html=https://rs-contoh.example/c`,
    level: 'caution',
    reason: { code: 'third_party_trackers', detail: 'hotjar.com' },
  },
  known_breach: {
    target: `${F}/form.html=https://bpjs-kesehatan.go.id/daftar`,
    level: 'caution',
    reason: { code: 'known_breach', detail: 'id-bpjs-kesehatan-2021' },
  },
};

type Line = {
  target: string;
  url: string;
  site: string;
  level: string;
  badge: string;
  reasons: unknown[];
  fields: unknown[];
  error?: string;
};
let lines: Line[] = [];
let status: number | null = null;

describe('npm run audit, one case per reason code [chromium]', () => {
  beforeAll(() => {
    const targets = REASON_CODES.map((c) => CASES[c].target);
    const r = spawnSync(
      'npx',
      ['tsx', 'scripts/audit.ts', '--no-build', '--wait', '1000', '--block', 'klinik-diblokir.example', ...targets],
      { cwd: ROOT, encoding: 'utf8', timeout: 240_000 },
    );
    status = r.status;
    lines = r.stdout
      .split('\n')
      .filter((l) => l.trim().startsWith('{'))
      .map((l) => JSON.parse(l) as Line);
    for (const l of lines) console.warn(`[audit] ${JSON.stringify({ ...l, fields: l.fields.length })}`);
  }, 300_000);

  it('audits every target, in order, exit status 0', () => {
    expect(status).toBe(0);
    expect(lines.map((l) => l.target)).toEqual(REASON_CODES.map((c) => CASES[c].target));
  });

  it.each(REASON_CODES.map((c) => [c]))('%s', (code) => {
    const c = CASES[code as ReasonCode];
    const line = lines.find((l) => l.target === c.target)!;
    const url = c.target.slice(c.target.indexOf('=') + 1);
    expect(line.error).toBeUndefined();
    // The address audited, never the extension's own page.
    expect(line.url).toBe(url);
    expect(line.site).toBe(new URL(url).hostname.replace(/^www\./, ''));
    expect(line.level).toBe(c.level);
    expect(line.reasons).toContainEqual(c.reason);
    if (c.level === 'danger') {
      // Stopped before it loaded: nothing of the page was seen.
      expect(line.fields).toEqual([]);
      expect(line.badge).toBe('');
    }
  });
});
