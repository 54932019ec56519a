// The settings page's components, rendered with fixture data and fake callbacks: what the organisation fixed is
// greyed out and marked, its entries cannot be removed, import problems are listed by line in the person's
// language, and choosing a language re-renders the page in it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { I18nContext, i18nFor } from '../../../components/i18n';
import { SettingsPage, type SettingsPageActions } from '../../../components/SettingsPage';
import { SettingsScreen } from '../../../components/SettingsScreen';
import { ruleFromInput } from '../../../components/SettingsRuleAdd';
import type { ImportOutcome, SettingsBackend, SettingsData } from '../../../components/SettingsTypes';
import type { Locale } from '../../../lib/report/views';
import type { Settings } from '../../../lib/settings/types';
import type { WarningEntry } from '../../../lib/warning-log/types';

function fixture(over: Partial<SettingsData> = {}, settings: Partial<Settings> = {}): SettingsData {
  return {
    settings: {
      mode: 'patient',
      eagerness: 'normal',
      language: 'auto',
      trusted: [
        { scope: 'domain', value: 'rs-contoh.example', managed: true },
        { scope: 'domain', value: 'bpjs-kesehatan.go.id' },
      ],
      blocked: [{ scope: 'host', value: 'bpjs-kesehatan-online.example', managed: true }],
      paused: [{ scope: 'host', value: 'lab.example' }],
      protectedDomains: [],
      listSources: [
        {
          id: 'managed:reputation:https://l.rs-contoh.example/x',
          kind: 'reputation',
          url: 'https://l.rs-contoh.example/x',
          enabled: true,
          managed: true,
        },
        { id: 'own-1', kind: 'breaches', url: 'https://data.example/b.json', enabled: false },
      ],
      disabledBundledLists: [],
      submitCheck: 'ask',
      warningLog: { enabled: true, retentionDays: 30 },
      ...settings,
    },
    locked: [],
    managed: { trusted: [], blocked: [], protectedDomains: [] },
    changesAllowed: true,
    bypassAllowed: true,
    submitCheckMandatory: false,
    hasPolicy: false,
    policyProblems: [],
    warningLogEntries: 0,
    locale: 'en',
    lists: [
      {
        id: 'blp-phishing',
        title: 'Block List Project: phishing',
        entries: 190209,
        licence: 'Unlicense',
        attribution: 'From the Block List Project.',
        enabled: true,
      },
    ],
    sources: [],
    breachCatalogue: { entries: 914, imported: 0, attribution: 'Breach data from Have I Been Pwned (CC BY 4.0)' },
    inputCapturers: [],
    ...over,
  };
}

const LOG: WarningEntry[] = [
  {
    time: '2026-11-20T08:00:00.000Z',
    site: 'older.example',
    fieldKinds: ['date_of_birth'],
    reasons: [],
    action: 'shown',
    listVersions: {},
  },
  {
    time: '2026-11-27T09:15:00.000Z',
    site: 'klinik-palsu.example',
    fieldKinds: ['national_id', 'health_insurance_id'],
    reasons: ['lookalike', 'insecure_form_action'],
    action: 'cancelled',
    listVersions: {},
  },
];

function fakeActions(over: Partial<SettingsPageActions> = {}): SettingsPageActions {
  return {
    save: vi.fn(),
    importSites: vi.fn(async (): Promise<ImportOutcome> => ({ ok: true, count: 0 })),
    exportSites: vi.fn(),
    importBreaches: vi.fn(async (): Promise<ImportOutcome> => ({ ok: true, count: 0 })),
    refreshSources: vi.fn(async () => []),
    exportLog: vi.fn(),
    clearLog: vi.fn(async () => ({ ok: true as const })),
    ...over,
  };
}

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

function mount(node: ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(node, host!));
  return host;
}

function page(data: SettingsData, actions = fakeActions(), locale: Locale = data.locale, log: WarningEntry[] = LOG) {
  return mount(
    <I18nContext.Provider value={i18nFor(locale)}>
      <SettingsPage data={data} log={log} status={null} actions={actions} />
    </I18nContext.Provider>,
  );
}

const all = <T extends Element = HTMLElement>(root: ParentNode, selector: string) =>
  [...root.querySelectorAll<T>(selector)] as T[];
const one = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const radios = (root: ParentNode, name: string) => all<HTMLInputElement>(root, `input[name="${name}"]`);
const buttonNamed = (root: ParentNode, text: string) => {
  const b = all<HTMLButtonElement>(root, 'button').find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b;
};

async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('settings page: what the organisation fixed', () => {
  it('disables exactly the locked keys and says who set them', () => {
    const root = page(fixture({ locked: ['mode', 'eagerness', 'warningLog.enabled'] }));
    expect(radios(root, 'mode').length).toBe(2);
    expect(radios(root, 'mode').every((r) => r.disabled)).toBe(true);
    expect(radios(root, 'eagerness').every((r) => r.disabled)).toBe(true);
    expect(radios(root, 'language').some((r) => r.disabled)).toBe(false);
    expect(one<HTMLInputElement>(root, 'input[name="submitCheck"]').disabled).toBe(false);
    expect(one<HTMLInputElement>(root, 'input[name="warningLogEnabled"]').disabled).toBe(true);
    expect(one<HTMLInputElement>(root, '#settings-log-days').disabled).toBe(false);
    expect(one(root, '[data-setting="mode"]').textContent).toContain('Set by your organisation');
    expect(one(root, '[data-setting="language"]').textContent).not.toContain('Set by your organisation');
  });

  it('keeps a mandatory pre-submit check on and says the organisation requires it', () => {
    const root = page(fixture({ submitCheckMandatory: true, locked: ['submitCheck'] }, { submitCheck: 'ask' }));
    const box = one<HTMLInputElement>(root, 'input[name="submitCheck"]');
    expect(box.disabled).toBe(true);
    expect(box.checked).toBe(true);
    expect(one(root, '[data-setting="submitCheck"]').textContent).toContain('Required by your organisation');
  });

  it('with changes not allowed, shows the banner and leaves only language (and exports) usable', () => {
    const data = fixture({
      changesAllowed: false,
      locked: [
        'mode',
        'eagerness',
        'trusted',
        'blocked',
        'paused',
        'listSources',
        'disabledBundledLists',
        'submitCheck',
        'warningLog',
      ],
    });
    const root = page(data);
    expect(one(root, '.settings-managed').textContent).toContain('Your organisation manages these settings');
    const controls = all<HTMLInputElement>(root, 'input, select, textarea');
    const free = controls.filter((c) => !c.disabled).map((c) => c.name || c.id);
    expect(free).toEqual(['language', 'language', 'language']);
    const freeButtons = all<HTMLButtonElement>(root, 'button')
      .filter((b) => !b.disabled)
      .map((b) => b.textContent);
    expect(freeButtons).toEqual([
      'Save this list as a file',
      'Save this list as a file',
      'Save this list as a file',
      'Save as a spreadsheet (CSV)',
      'Save as JSON',
    ]);
  });

  it('shows organisation entries as such, with no remove button; the person’s own can be removed', async () => {
    const actions = fakeActions();
    const root = page(fixture(), actions);
    const org = one(root, '[data-list="trusted"] [data-rule="*.rs-contoh.example"]');
    expect(org.querySelector('button')).toBeNull();
    expect(org.textContent).toContain('Set by your organisation');
    const blockedOrg = one(root, '[data-list="blocked"] [data-rule="bpjs-kesehatan-online.example"]');
    expect(blockedOrg.querySelector('button')).toBeNull();
    const own = one(root, '[data-list="trusted"] [data-rule="*.bpjs-kesehatan.go.id"]');
    const remove = one<HTMLButtonElement>(own, 'button');
    expect(remove.getAttribute('aria-label')).toBe('Remove bpjs-kesehatan.go.id');
    await click(remove);
    // Only the person's own entries are saved: the organisation's come from policy.
    expect(actions.save).toHaveBeenCalledWith({ trusted: [] });
  });

  it('marks organisation list sources and offers no switch or remove for them', () => {
    const root = page(fixture());
    const managed = one(root, '[data-source="https://l.rs-contoh.example/x"]');
    expect(managed.querySelector('input, button')).toBeNull();
    expect(managed.textContent).toContain('Set by your organisation');
    expect(one(root, '[data-source="https://data.example/b.json"]').querySelectorAll('input, button').length).toBe(2);
  });
});

describe('settings page: adding sites', () => {
  it('reads what people type or paste as the rule notation of lib/settings/rules.ts', () => {
    expect(ruleFromInput('kemkes.go.id', true)).toEqual({ rule: { scope: 'domain', value: 'kemkes.go.id' } });
    expect(ruleFromInput('kemkes.go.id', false)).toEqual({ rule: { scope: 'host', value: 'kemkes.go.id' } });
    expect(ruleFromInput('https://www.Kemkes.go.id/layanan?x=1', true)).toEqual({
      rule: { scope: 'domain', value: 'kemkes.go.id' },
    });
    expect(ruleFromInput('sirs.rs-contoh.example/daftar', false)).toEqual({
      rule: { scope: 'host', value: 'sirs.rs-contoh.example' },
    });
    expect(ruleFromInput('*.rs-contoh.example', false)).toEqual({
      rule: { scope: 'domain', value: 'rs-contoh.example' },
    });
    expect(ruleFromInput('10.20.1.5', true)).toEqual({ rule: { scope: 'host', value: '10.20.1.5' } });
    expect(ruleFromInput('simrs', true)).toEqual({ rule: { scope: 'host', value: 'simrs' } });
    expect(ruleFromInput('10.20.7.9/16', true)).toEqual({ rule: { scope: 'range', value: '10.20.0.0/16' } });
    expect(ruleFromInput('go.id', true)).toEqual({
      code: 'public_suffix',
      problem: 'a public suffix cannot be a domain rule',
    });
    expect(ruleFromInput('not a site', true)).toHaveProperty('problem');
  });

  it('adds the person’s rule to their own entries, and takes it off their blocked list', async () => {
    const actions = fakeActions();
    const root = page(fixture({}, { blocked: [{ scope: 'domain', value: 'kemkes.go.id' }] }), actions);
    const input = one<HTMLInputElement>(root, '#settings-trusted-input');
    await typeInto(input, 'https://www.kemkes.go.id/layanan');
    await act(
      () => void one(root, '[data-list="trusted"] form').dispatchEvent(new Event('submit', { cancelable: true })),
    );
    expect(actions.save).toHaveBeenCalledWith({
      trusted: [
        { scope: 'domain', value: 'bpjs-kesehatan.go.id' },
        { scope: 'domain', value: 'kemkes.go.id' },
      ],
      blocked: [],
    });
    expect(one(root, '#settings-trusted-message').textContent).toBe('Added kemkes.go.id.');
  });

  it('explains a refused site in the person’s language and saves nothing', async () => {
    const actions = fakeActions();
    const root = page(fixture({ locale: 'id' }), actions);
    await typeInto(one<HTMLInputElement>(root, '#settings-blocked-input'), 'co.id');
    await act(
      () => void one(root, '[data-list="blocked"] form').dispatchEvent(new Event('submit', { cancelable: true })),
    );
    expect(actions.save).not.toHaveBeenCalled();
    expect(one(root, '#settings-blocked-message').textContent).toContain('Ini terlalu luas');
  });
});

describe('settings page: imports', () => {
  const errors: ImportOutcome = {
    ok: false,
    errors: [
      { line: 3, code: 'invalid_host', problem: 'Not a valid host name.' },
      { line: 7, code: 'exception_rule', problem: 'Exception rules (@@) cannot be imported.' },
      { line: null, code: 'code_we_do_not_know', problem: 'Something new went wrong.' },
    ],
  };

  it('lists every problem with its line number and a translated reason', async () => {
    const importSites = vi.fn(async () => errors);
    const root = page(fixture({ locale: 'id' }), fakeActions({ importSites }));
    await typeInto(one<HTMLTextAreaElement>(root, '#settings-trusted-import-text'), 'a\nb\nnot a site');
    await click(buttonNamed(one(root, '[data-list="trusted"]'), 'Tambahkan situs-situs ini'));
    expect(importSites).toHaveBeenCalledWith('trusted', 'a\nb\nnot a site', 'auto');
    const items = all(root, '[data-list="trusted"] .settings-errors li').map((li) => li.textContent);
    expect(items).toEqual([
      'Baris 3: Ini bukan alamat situs.',
      'Baris 7: Aturan pengecualian (yang diawali @@) tidak bisa ditambahkan.',
      'Seluruh file: Something new went wrong.',
    ]);
  });

  it('shows breach-file problems by entry, with the technical detail for IT staff', async () => {
    const importBreaches = vi.fn(async (): Promise<ImportOutcome> => ({
      ok: false,
      errors: [{ line: 2, code: 'missing_field', problem: 'Breach2: Title must be non-empty text' }],
    }));
    const root = page(fixture(), fakeActions({ importBreaches }));
    await typeInto(one<HTMLTextAreaElement>(root, '#settings-breach-import-text'), '[{}]');
    await click(buttonNamed(root, 'Add these breaches'));
    const item = one(root, '#settings-section-breaches .settings-errors li');
    expect(item.textContent).toBe(
      'Entry 2: A required part of this entry is missing.Technical detail: Breach2: Title must be non-empty text',
    );
    expect(one(root, '#settings-section-breaches').textContent).toContain(
      'the breaches Jaga Data already knew are unchanged',
    );
  });

  it('says in words why the background refused a whole import (policy or the stored limit)', async () => {
    const importSites = vi.fn(async (): Promise<ImportOutcome> => ({
      ok: false,
      errors: [],
      refused: { code: 'too_many_rules', list: 'blocked', limit: 5000 },
    }));
    const root = page(fixture(), fakeActions({ importSites }));
    await typeInto(one<HTMLTextAreaElement>(root, '#settings-blocked-import-text'), 'a.example');
    await click(buttonNamed(one(root, '[data-list="blocked"]'), 'Add these sites'));
    const item = one(root, '[data-list="blocked"] .settings-errors li');
    expect(item.getAttribute('data-code')).toBe('too_many_rules');
    expect(item.textContent).toBe(
      'The whole file: The list would hold more than 5000 sites, so nothing was added. Remove old entries or import a shorter list.',
    );
  });

  it('says how many were added when an import succeeds', async () => {
    const root = page(fixture(), fakeActions({ importSites: async () => ({ ok: true, count: 4 }) }));
    await typeInto(one<HTMLTextAreaElement>(root, '#settings-paused-import-text'), 'a.example');
    await click(buttonNamed(one(root, '[data-list="paused"]'), 'Add these sites'));
    expect(one(root, '[data-list="paused"] .settings-ok').textContent).toBe('Added 4 sites.');
  });
});

describe('settings page: record of warnings', () => {
  it('shows entries newest first, with kinds, reasons and actions in words', () => {
    const root = page(fixture({ locale: 'id' }));
    const rows = all(root, '.settings-log tbody tr');
    expect(rows.length).toBe(2);
    const cells = all(rows[0]!, 'td').map((td) => td.textContent);
    expect(cells[1]).toBe('klinik-palsu.example');
    expect(cells[2]).toBe('Nomor identitas (NIK / KTP), Nomor asuransi kesehatan (misalnya BPJS)');
    expect(cells[3]).toBe('Meniru situs lain, Formulir mengirim tanpa perlindungan');
    expect(cells[4]).toBe('Tidak jadi dikirim');
    expect(all(rows[1]!, 'td')[1]!.textContent).toBe('older.example');
  });

  it('asks before deleting the record', async () => {
    const actions = fakeActions();
    const root = page(fixture(), actions);
    await click(buttonNamed(root, 'Delete the record'));
    expect(actions.clearLog).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Delete all 2 entries? This cannot be undone.');
    await click(buttonNamed(root, 'Cancel'));
    expect(actions.clearLog).not.toHaveBeenCalled();
    await click(buttonNamed(root, 'Delete the record'));
    await click(buttonNamed(root, 'Yes, delete'));
    expect(actions.clearLog).toHaveBeenCalledTimes(1);
  });

  it('offers no delete where the organisation keeps the record, and says so when the background refuses', async () => {
    const kept = page(fixture({ locked: ['warningLog.enabled'] }));
    expect(buttonNamed(kept, 'Delete the record').hasAttribute('disabled')).toBe(true);
    render(null, host!);
    host!.remove();
    host = null;
    const clearLog = vi.fn(async () => ({ ok: false as const, error: { code: 'managed' as const } }));
    const root = page(fixture(), fakeActions({ clearLog }));
    await click(buttonNamed(root, 'Delete the record'));
    await click(buttonNamed(root, 'Yes, delete'));
    expect(clearLog).toHaveBeenCalledTimes(1);
    expect(root.textContent).toContain('Your organisation keeps this record; it cannot be deleted here.');
  });

  it('refuses a retention outside 1–365 days and saves a valid one', async () => {
    const actions = fakeActions();
    const root = page(fixture(), actions);
    const days = one<HTMLInputElement>(root, '#settings-log-days');
    await typeInto(days, '400');
    await act(() => void days.dispatchEvent(new Event('change', { bubbles: true })));
    expect(actions.save).not.toHaveBeenCalled();
    expect(one(root, '#settings-log-days-hint').textContent).toBe('Enter a whole number from 1 to 365.');
    await typeInto(days, '90');
    await act(() => void days.dispatchEvent(new Event('change', { bubbles: true })));
    expect(actions.save).toHaveBeenCalledWith({ warningLog: { enabled: true, retentionDays: 90 } });
  });
});

describe('settings screen', () => {
  function fakeBackend(start: SettingsData) {
    let data = start;
    const save = vi.fn(async (patch: Partial<Settings>) => {
      data = { ...data, settings: { ...data.settings, ...patch } };
      if (patch.language) data = { ...data, locale: patch.language === 'id' ? 'id' : 'en' };
      return { ok: true, problems: [] };
    });
    const backend: SettingsBackend = {
      load: async () => data,
      loadLog: async () => LOG,
      save,
      importSites: async () => ({ ok: true, count: 0 }),
      exportSites: async () => {},
      importBreaches: async () => ({ ok: true, count: 0 }),
      refreshSources: async () => [],
      exportLog: async () => {},
      clearLog: async () => ({ ok: true as const }),
    };
    return { backend, save };
  }
  /** Waits until `check` passes, letting the page render between tries (act flushes pending renders). */
  const until = (check: () => void) =>
    vi.waitFor(async () => {
      await act(async () => {});
      check();
    });

  it('re-renders in the chosen language once it is saved', async () => {
    const { backend, save } = fakeBackend(fixture());
    const root = mount(<SettingsScreen backend={backend} />);
    await until(() => expect(one(root, 'h1').textContent).toBe('Jaga Data settings'));
    const indonesian = radios(root, 'language').find((r) => r.value === 'id')!;
    await click(indonesian);
    await until(() => expect(one(root, 'h1').textContent).toBe('Pengaturan Jaga Data'));
    expect(save).toHaveBeenCalledWith({ language: 'id' });
    expect(one(root, '[role="status"].settings-status').textContent).toContain('Tersimpan.');
    expect(radios(root, 'language').find((r) => r.checked)?.value).toBe('id');
  });

  it('shows the problems saveSettings answers with', async () => {
    const { backend } = fakeBackend(fixture());
    backend.save = async () => ({ ok: false, problems: [{ code: 'managed' as const }] });
    const root = mount(<SettingsScreen backend={backend} />);
    await until(() => expect(radios(root, 'eagerness').length).toBeGreaterThan(0));
    await click(radios(root, 'eagerness').find((r) => r.value === 'eager')!);
    await until(() => expect(one(root, '.settings-status').textContent).toContain('Not saved:'));
    const status = one(root, '.settings-status').textContent;
    expect(status).toContain('Not saved:');
    expect(status).toContain('Your organisation manages these settings');
  });

  it('says what was kept when saveSettings drops part of a change', async () => {
    const { backend } = fakeBackend(fixture({ locale: 'id' }));
    backend.save = async () => ({
      ok: true,
      problems: [{ code: 'invalid' as const, detail: 'trusted: entry 3 dropped' }],
    });
    const root = mount(<SettingsScreen backend={backend} />);
    await until(() => expect(radios(root, 'mode').length).toBeGreaterThan(0));
    await click(radios(root, 'mode').find((r) => r.value === 'clinic')!);
    await until(() =>
      expect(one(root, '.settings-status').textContent).toBe('Tersimpan, kecuali:trusted: entry 3 dropped'),
    );
  });
});

describe('settings page: list sources', () => {
  it('refuses an address that cannot be downloaded and adds a good one switched off', async () => {
    const actions = fakeActions();
    const root = page(fixture({}, { listSources: [] }), actions);
    const url = one<HTMLInputElement>(root, '#settings-source-url');
    const submit = () =>
      act(
        () =>
          void one(root, '#settings-source-url')
            .closest('form')!
            .dispatchEvent(new Event('submit', { cancelable: true })),
      );
    await typeInto(url, 'http://lists.example/bad.txt');
    await submit();
    expect(actions.save).not.toHaveBeenCalled();
    expect(one(root, '#settings-source-message').textContent).toContain('It must start with https://');
    await typeInto(url, 'https://lists.example/bad.txt');
    await submit();
    expect(actions.save).toHaveBeenCalledWith({
      listSources: [
        {
          id: expect.stringMatching(/^own-reputation-[0-9a-f]{8}$/),
          kind: 'reputation',
          url: 'https://lists.example/bad.txt',
          enabled: false,
        },
      ],
    });
    expect(one(root, '#settings-section-lists').textContent).toContain(
      'Jaga Data downloads the whole list from its address',
    );
  });

  it('shows downloaded lists among the sources, not as lists that came with Jaga Data', () => {
    const lists = [
      ...fixture().lists,
      { id: 'own-1', title: 'data.example', entries: 3, licence: '', attribution: '', enabled: true },
    ];
    const root = page(fixture({ lists }));
    const bundled = all(root, '[data-list-id]').map((el) => el.getAttribute('data-list-id'));
    expect(bundled).toEqual(['blp-phishing']);
    expect(one(root, '[data-list-id="blp-phishing"]').textContent).toContain('190,209 sites · Licence: Unlicense');
  });
});
