// Clinic mode through the browsers' own policy engines, with the example hospital policy from docs/policies:
// Chromium reads /etc/chromium/policies/managed/*.json, Firefox ESR reads <install>/distribution/policies.json.
// The test writes them (as root, like an administrator would), launches the browsers, and removes them after.
// Left out of the example for the test: ExtensionSettings (force-install from the hospital's update server,
// which does not exist here; the extension is loaded as in every other test) and listSources (a download
// from the hospital's server: the list-source scenario covers downloads against a loopback server).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll } from '../../scripts/harness/driver';
import { findFirefox } from '../../scripts/lib/find-browser.mjs';
import { realpathSync } from 'node:fs';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROME_ID = 'eaiopmneipmeakcfpngkebnffpkmilde';
const FIREFOX_ID = 'jaga-data@jagadata.example';
const CHROMIUM_POLICY = '/etc/chromium/policies/managed/jaga-data-e2e.json';

function firefoxPolicyFile(): string {
  const bin = realpathSync(findFirefox());
  return resolve(dirname(bin), 'distribution/policies.json');
}

function examplePolicy(
  file: string,
  pick: (raw: Record<string, unknown>) => Record<string, unknown>,
): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(resolve(ROOT, 'docs/policies', file), 'utf8')) as Record<string, unknown>;
  const policy = { ...pick(raw) };
  delete policy.listSources;
  return policy;
}

const chromePolicy = examplePolicy(
  'chromium-hospital.json',
  (raw) => (raw['3rdparty'] as { extensions: Record<string, Record<string, unknown>> }).extensions[CHROME_ID]!,
);
const firefoxPolicy = examplePolicy(
  'firefox-hospital.policies.json',
  (raw) =>
    ((raw.policies as Record<string, unknown>)['3rdparty'] as { Extensions: Record<string, Record<string, unknown>> })
      .Extensions[FIREFOX_ID]!,
);
// Firefox hands `3rdparty` values through unchecked (Chrome drops a value its schema refuses before the extension
// sees it): an administrator's "false" typed as text must still keep the way through closed, and be reported.
firefoxPolicy.allowBypass = 'false';
let firefoxFile = '';
let firefoxHadFile = false;

beforeAll(() => {
  mkdirSync(dirname(CHROMIUM_POLICY), { recursive: true });
  writeFileSync(
    CHROMIUM_POLICY,
    JSON.stringify({ '3rdparty': { extensions: { [CHROME_ID]: chromePolicy } } }, null, 2),
  );
  firefoxFile = firefoxPolicyFile();
  firefoxHadFile = existsSync(firefoxFile);
  if (firefoxHadFile) throw new Error(`${firefoxFile} already exists; not overwriting an administrator's policy`);
  mkdirSync(dirname(firefoxFile), { recursive: true });
  writeFileSync(
    firefoxFile,
    JSON.stringify({ policies: { '3rdparty': { Extensions: { [FIREFOX_ID]: firefoxPolicy } } } }, null, 2),
  );
});

afterAll(() => {
  rmSync(CHROMIUM_POLICY, { force: true });
  if (firefoxFile && !firefoxHadFile) rmSync(firefoxFile, { force: true });
});

interface SettingsView {
  settings: {
    mode: string;
    language: string;
    submitCheck: string;
    trusted: Array<{ scope: string; value: string; managed?: boolean }>;
    warningLog: { enabled: boolean; retentionDays: number };
  };
  locked: string[];
  changesAllowed: boolean;
  bypassAllowed: boolean;
  submitCheckMandatory: boolean;
  policyProblems: string[];
  lists: Array<{ id: string }>;
}

const FORM = (action: string) => `<!doctype html><html lang="id"><title>SIMRS</title>
<form action="${action}" method="post"><label for="rm">No. Rekam Medis</label><input id="rm" name="no_rm"><label for="nik">NIK Pasien</label><input id="nik" name="nik_pasien"><button>Simpan</button></form></html>`;

describeInBrowsers('clinic policy', (driver, browser) => {
  it('applies the organisation\u2019s settings, which win and cannot be changed here', async () => {
    const d = driver();
    // Browsers read policy asynchronously at start: wait until it has reached the extension.
    const view = await poll(
      () => d.send<SettingsView>('getSettingsView', {}),
      (v) => v.locked.length > 0,
      20_000,
      'the policy to reach the extension',
    );
    expect(view.settings.mode).toBe('clinic');
    expect(view.settings.language).toBe('id');
    expect(view.changesAllowed).toBe(false);
    expect(view.bypassAllowed).toBe(false);
    expect(view.submitCheckMandatory).toBe(true);
    expect(view.settings.warningLog).toEqual({ enabled: true, retentionDays: 180 });
    expect(view.settings.trusted).toContainEqual({ scope: 'range', value: '10.20.0.0/16', managed: true });
    expect(view.locked).toEqual(expect.arrayContaining(['mode', 'language']));
    expect(view.policyProblems).toEqual(
      browser === 'firefox' ? ['allowBypass: expected true or false, the safe value false applies'] : [],
    );
    const saved = await d.send<{ ok: boolean }>('saveSettings', { patch: { mode: 'patient' } });
    expect(saved.ok).toBe(false);
    expect((await d.send<SettingsView>('getSettingsView', {})).settings.mode).toBe('clinic');
  });

  it('does not warn about a trusted portal on the hospital network, but does when it sends data elsewhere', async () => {
    const d = driver();
    const simrs = 'http://10.20.1.5/simrs/pendaftaran';
    d.web.html(simrs, FORM('/simrs/simpan'));
    const page = await d.open(simrs);
    const view = await d.waitForView(simrs, (v) => v.fields.length === 2);
    expect(view.level).toBe('trusted');
    expect(view.statusManaged).toBe(true);
    await page.close();

    const leaking = 'http://10.20.1.6/simrs/rujukan';
    d.web.html(leaking, FORM('https://rujukan-pihak-ketiga.example/terima'));
    const page2 = await d.open(leaking);
    const view2 = await d.waitForView(leaking, (v) => v.fields.length === 2);
    expect(view2.level).toBe('caution');
    expect(view2.reasons.map((r) => r.code)).toContain('cross_site_form_action');
    await page2.close();
  });

  it('stops a site the organisation blocked, with no way through', async () => {
    const d = driver();
    const url = 'https://bpjs-kesehatan.login-verifikasi.example/';
    d.web.html(url, FORM('/x'));
    const danger = await d.send<{ reasons: Array<{ code: string }>; bypassAllowed: boolean }>('getDangerView', { url });
    expect(danger.reasons.map((r) => r.code)).toContain('user_blocked');
    expect(danger.bypassAllowed).toBe(false);
    const proceed = await d.send<{ ok: boolean }>('proceedFromDanger', { url, always: false });
    expect(proceed.ok).toBe(false);
  });

  it('refuses in the background what the policy forbids: imports, clearing the record, switching lists off, trusting, pausing', async () => {
    const d = driver();
    const view = await poll(
      () => d.send<SettingsView>('getSettingsView', {}),
      (v) => v.locked.length > 0,
      20_000,
      'the policy applied',
    );
    const managed = { code: 'managed' };
    expect(await d.send('importSiteList', { list: 'blocked', text: 'a.example\n', format: 'auto' })).toEqual({
      ok: false,
      errors: [],
      refused: managed,
    });
    expect(await d.send('importBreaches', { text: '[]' })).toEqual({ ok: false, errors: [], refused: managed });
    expect(await d.send('clearWarningLog', {})).toEqual({ ok: false, error: managed });
    const listId = view.lists[0]!.id;
    expect(await d.send('saveSettings', { patch: { disabledBundledLists: [listId] } })).toEqual({
      ok: false,
      problems: [managed],
    });
    expect(await d.send('setSiteStatus', { site: 'someone.github.io', status: 'trusted' })).toEqual({
      ok: false,
      error: managed,
    });
    expect(await d.send('setPaused', { site: 'someone.github.io', paused: true })).toEqual({
      ok: false,
      error: managed,
    });
    const after = await d.send<SettingsView & { settings: { disabledBundledLists: string[] } }>('getSettingsView', {});
    expect(after.settings.disabledBundledLists).toEqual([]);
    expect(after.settings.trusted.some((r) => r.value === 'someone.github.io')).toBe(false);
  });
});
