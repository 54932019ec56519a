import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromeSchemaErrors, valueErrors } from './chrome-schema';
import { readRegFile, regKeyAt, regKeyToJson } from './registry-file';
import { MANAGED_POLICY_KEYS, effectiveSettings, parseManagedPolicy } from '../../../lib/settings/managed';
import { parseSettings } from '../../../lib/settings/validate';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../../../scripts/build/manifest';

const root = join(__dirname, '../../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const schema = readJson('public/managed-schema.json') as Record<string, unknown> & {
  properties: Record<string, Record<string, unknown>>;
};

describe('managed-schema.json', () => {
  it('is in the subset Chrome accepts', () => {
    expect(chromeSchemaErrors(schema)).toEqual([]);
  });

  it('declares exactly the keys of ManagedPolicy', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_POLICY_KEYS].sort());
  });

  it('describes every key for the administrator', () => {
    for (const [key, prop] of Object.entries(schema.properties)) {
      expect(typeof prop.title, key).toBe('string');
      expect(typeof prop.description, key).toBe('string');
    }
  });

  it('is what the manifest points at', async () => {
    const { buildManifest } = await import('../../../scripts/build/manifest');
    expect(buildManifest('chrome').storage).toEqual({ managed_schema: 'managed-schema.json' });
  });
});

describe('the schema checker catches what Chrome refuses', () => {
  it.each([
    ['top level not an object', { type: 'array', items: { type: 'string' } }],
    ['additionalProperties at the top', { type: 'object', additionalProperties: { type: 'string' } }],
    ['unknown attribute', { type: 'object', properties: { a: { type: 'string', format: 'uri' } } }],
    ['enum on boolean', { type: 'object', properties: { a: { type: 'boolean', enum: [true] } } }],
    ['empty enum', { type: 'object', properties: { a: { type: 'string', enum: [] } } }],
    ['array without items', { type: 'object', properties: { a: { type: 'array' } } }],
    ['minimum on string', { type: 'object', properties: { a: { type: 'string', minimum: 1 } } }],
    ['required of an undeclared key', { type: 'object', properties: {}, required: ['a'] }],
    ['$schema key', { $schema: 'x', type: 'object', properties: {} }],
    ['minimum above maximum', { type: 'object', properties: { a: { type: 'integer', minimum: 5, maximum: 1 } } }],
  ])('%s', (_name, bad) => {
    expect(chromeSchemaErrors(bad).length).toBeGreaterThan(0);
  });
});

type Policy = Record<string, unknown>;

function checkPolicyBlock(block: unknown) {
  expect(valueErrors(block as never, schema)).toEqual([]);
  const parsed = parseManagedPolicy(block);
  expect(parsed.problems).toEqual([]);
  // Every key given in the file survived parsing.
  expect(Object.keys(parsed.policy).sort()).toEqual(Object.keys(block as Policy).sort());
  return parsed.policy;
}

const linux = (name: string) =>
  readJson(`docs/policies/${name}`) as Policy & {
    ExtensionSettings: Record<string, Policy>;
    '3rdparty': { extensions: Record<string, Policy> };
  };
const firefox = (name: string) =>
  readJson(`docs/policies/${name}`) as {
    policies: { ExtensionSettings: Record<string, Policy>; '3rdparty': { Extensions: Record<string, Policy> } };
  };

describe.each(['chromium-small-clinic.json', 'chromium-hospital.json'])('%s', (name) => {
  const file = linux(name);
  it('force-installs the extension by its pinned id from an https update URL', () => {
    expect(Object.keys(file).sort()).toEqual(['3rdparty', 'ExtensionSettings']);
    const entry = file.ExtensionSettings[CHROME_EXTENSION_ID];
    expect(entry?.installation_mode).toBe('force_installed');
    expect(String(entry?.update_url)).toMatch(/^https:\/\//);
  });
  it('has an extension block that fits the schema and parses without problems', () => {
    expect(Object.keys(file['3rdparty'].extensions)).toEqual([CHROME_EXTENSION_ID]);
    checkPolicyBlock(file['3rdparty'].extensions[CHROME_EXTENSION_ID]);
  });
});

describe.each(['firefox-small-clinic.policies.json', 'firefox-hospital.policies.json'])('%s', (name) => {
  const file = firefox(name);
  it('force-installs the add-on by its id from an https URL', () => {
    const entry = file.policies.ExtensionSettings[FIREFOX_EXTENSION_ID];
    expect(entry?.installation_mode).toBe('force_installed');
    expect(String(entry?.install_url)).toMatch(/^https:\/\//);
  });
  it('has an extension block that fits the schema and parses without problems', () => {
    expect(Object.keys(file.policies['3rdparty'].Extensions)).toEqual([FIREFOX_EXTENSION_ID]);
    checkPolicyBlock(file.policies['3rdparty'].Extensions[FIREFOX_EXTENSION_ID]);
  });
});

describe('the same organisation gets the same policy through every channel', () => {
  const chromium = checkPolicyBlock(linux('chromium-hospital.json')['3rdparty'].extensions[CHROME_EXTENSION_ID]);

  it('Firefox policies.json', () => {
    const ff = firefox('firefox-hospital.policies.json').policies['3rdparty'].Extensions[FIREFOX_EXTENSION_ID];
    expect(parseManagedPolicy(ff).policy).toEqual(chromium);
  });

  it('Google Admin console ("Value" per key)', () => {
    const wrapped = readJson('docs/policies/google-admin-console-hospital.json') as Record<string, { Value: unknown }>;
    for (const v of Object.values(wrapped)) expect(Object.keys(v)).toEqual(['Value']);
    const unwrapped = Object.fromEntries(Object.entries(wrapped).map(([k, v]) => [k, v.Value]));
    expect(checkPolicyBlock(unwrapped)).toEqual(chromium);
  });

  it('Windows registry (.reg read the way Chrome converts it)', () => {
    const reg = readRegFile(readFileSync(join(root, 'docs/policies/chrome-hospital.reg'), 'utf8'));
    const key = regKeyAt(
      reg,
      `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`,
    );
    expect(key).toBeDefined();
    const block = regKeyToJson(key!, schema);
    expect(checkPolicyBlock(block)).toEqual(chromium);
    const chrome = regKeyAt(reg, 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome');
    const ext = chrome?.values.get('ExtensionSettings');
    expect(ext?.kind).toBe('sz');
    const settings = JSON.parse(ext?.kind === 'sz' ? ext.text : '{}') as Record<string, Policy>;
    expect(settings[CHROME_EXTENSION_ID]).toEqual(
      linux('chromium-hospital.json').ExtensionSettings[CHROME_EXTENSION_ID],
    );
  });
});

describe('example policies override what the person chose', () => {
  const person = parseSettings({
    mode: 'patient',
    eagerness: 'eager',
    language: 'en',
    submitCheck: 'off',
    trusted: [{ scope: 'domain', value: 'cek-bpjs-online.example' }],
    paused: [{ scope: 'host', value: 'portal.lain.example' }],
    warningLog: { enabled: false, retentionDays: 7 },
  }).settings;

  it('small clinic: organisation values win, the person keeps their own trusted sites', () => {
    const block = linux('chromium-small-clinic.json')['3rdparty'].extensions[CHROME_EXTENSION_ID];
    const eff = effectiveSettings(person, parseManagedPolicy(block).policy);
    expect(eff.settings.mode).toBe('clinic');
    expect(eff.settings.language).toBe('id');
    expect(eff.settings.submitCheck).toBe('ask');
    expect(eff.settings.warningLog).toEqual({ enabled: true, retentionDays: 90 });
    expect(eff.settings.eagerness).toBe('eager'); // not set by this policy
    expect(eff.settings.trusted.filter((r) => !r.managed)).toEqual([
      { scope: 'domain', value: 'cek-bpjs-online.example' },
    ]);
    expect(eff.bypassAllowed).toBe(true);
    expect(eff.changesAllowed).toBe(true);
  });

  it('hospital: everything is the organisation’s, and its block beats the person’s trust', () => {
    const block = linux('chromium-hospital.json')['3rdparty'].extensions[CHROME_EXTENSION_ID];
    const eff = effectiveSettings(person, parseManagedPolicy(block).policy);
    expect(eff.settings.mode).toBe('clinic');
    expect(eff.settings.eagerness).toBe('normal');
    expect(eff.settings.submitCheck).toBe('ask');
    expect(eff.submitCheckMandatory).toBe(true);
    expect(eff.bypassAllowed).toBe(false);
    expect(eff.changesAllowed).toBe(false);
    expect(eff.settings.trusted.every((r) => r.managed)).toBe(true);
    expect(eff.settings.paused).toEqual([]);
    expect(eff.settings.warningLog).toEqual({ enabled: true, retentionDays: 180 });
  });
});
