// Lists downloaded whole from an address. Added lists start switched off (lib/settings/types.ts ListSource); the
// warning says plainly what switching one on does: the whole list is fetched, nothing about browsing is sent.
import { useState } from 'preact/hooks';
import type { ListKind, ListSource, Settings } from '../lib/settings/types';
import { normaliseListUrl } from '../lib/settings/list-source';
import { formatNumber } from '../lib/i18n/translate';
import { useI18n } from './i18n';
import { SettingsLockNote } from './SettingsChoice';
import { dateTimeText, sourceErrorWords } from './SettingsWords';
import { isLocked, type SettingsData, type SourceRefresh, type SourceState } from './SettingsTypes';

export interface SettingsSourcesProps {
  data: SettingsData;
  save(patch: Partial<Settings>): void;
  refreshSources(): Promise<SourceRefresh[]>;
}

/** A short stable id for an address (FNV-1a): ids are bounded in length, addresses are not. */
export function sourceId(kind: ListKind, url: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193) >>> 0;
  return `own-${kind}-${h.toString(16).padStart(8, '0')}`;
}

const own = (sources: ListSource[]) => sources.filter((s) => !s.managed).map(({ managed: _m, ...s }) => s);

function SourceStatus({ state, refresh }: { state: SourceState | undefined; refresh: SourceRefresh | undefined }) {
  const { t, locale } = useI18n();
  const error = refresh && !refresh.ok ? (refresh.error ?? '') : refresh?.ok ? null : (state?.lastError ?? null);
  return (
    <>
      {state?.lastOk ? (
        <p class="settings-hint">
          {t('settingsSourceOk', {
            time: dateTimeText(locale, state.lastOk),
            count: formatNumber(locale, refresh?.entries ?? state.entries),
          })}
        </p>
      ) : refresh?.ok ? null : (
        <p class="settings-hint">{t('settingsSourceNever')}</p>
      )}
      {error !== null ? (
        <p class="settings-problem">{t('settingsSourceError', { error: sourceErrorWords(error, t) })}</p>
      ) : null}
    </>
  );
}

export function SettingsSources({ data, save, refreshSources }: SettingsSourcesProps) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<ListKind>('reputation');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [results, setResults] = useState<SourceRefresh[] | null>(null);
  const [busy, setBusy] = useState(false);
  const locked = isLocked(data, 'listSources');
  const sources = data.settings.listSources;
  const mine = own(sources);

  const add = (e: Event) => {
    e.preventDefault();
    const href = normaliseListUrl(url);
    if (!href) return setMessage({ ok: false, text: t('settingsSourceBadUrl') });
    if (sources.some((s) => s.url === href)) return setMessage({ ok: false, text: t('settingsSourceDuplicate') });
    save({ listSources: [...mine, { id: sourceId(kind, href), kind, url: href, enabled: false }] });
    setUrl('');
    setMessage({ ok: true, text: t('settingsSourceAdded') });
  };
  const update = (id: string, change: (s: ListSource) => ListSource | null) =>
    save({ listSources: mine.flatMap((s) => (s.id === id ? (change(s) ?? []) : [s])) });
  const refresh = async () => {
    setBusy(true);
    try {
      setResults(await refreshSources());
    } catch {
      setResults(null);
      setMessage({ ok: false, text: t('settingsActionFailed') });
    } finally {
      setBusy(false);
    }
  };
  const okCount = results?.filter((r) => r.ok).length ?? 0;

  return (
    <section class="settings-sub" aria-labelledby="settings-sources-title">
      <h3 id="settings-sources-title">{t('settingsSourcesTitle')}</h3>
      <p class="settings-warning">{t('settingsSourcesWarning')}</p>
      <p class="settings-hint">{t('settingsSourcesTrust')}</p>
      {locked ? <SettingsLockNote /> : null}
      {sources.length === 0 ? <p class="muted">{t('settingsSourcesNone')}</p> : null}
      <ul class="settings-rules">
        {sources.map((s) => (
          <li key={s.id} class="settings-source" data-source={s.url}>
            <p class="settings-source-url">{s.url}</p>
            <p class="settings-hint">
              {t('settingsSourceKindLine', {
                kind: t(s.kind === 'breaches' ? 'settingsSourceKindBreaches' : 'settingsSourceKindReputation'),
              })}
            </p>
            <SourceStatus
              state={data.sources.find((x) => x.id === s.id)}
              refresh={results?.find((r) => r.id === s.id)}
            />
            {s.managed ? (
              <span class="settings-org">{t('settingsSetByOrg')}</span>
            ) : (
              <div class="settings-row">
                <label class="settings-option settings-option-small">
                  <input
                    type="checkbox"
                    checked={s.enabled}
                    disabled={locked}
                    onChange={(e) =>
                      update(s.id, (x) => ({ ...x, enabled: (e.currentTarget as HTMLInputElement).checked }))
                    }
                  />
                  <span class="settings-option-label">{t('settingsSourceOn')}</span>
                </label>
                <button
                  type="button"
                  class="secondary"
                  disabled={locked}
                  aria-label={t('settingsRemoveLabel', { site: s.url })}
                  onClick={() => update(s.id, () => null)}
                >
                  {t('settingsRemove')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {sources.length > 0 ? (
        <div class="settings-row">
          <button
            type="button"
            id="settings-refresh"
            class="secondary"
            disabled={busy || !data.changesAllowed}
            onClick={() => void refresh()}
          >
            {busy ? t('settingsBusy') : t('settingsRefresh')}
          </button>
          <span aria-live="polite" class="settings-hint" id="settings-refresh-result">
            {results === null
              ? ''
              : results.length === 0
                ? t('settingsRefreshNone')
                : t('settingsRefreshDone', { ok: okCount, failed: results.length - okCount })}
          </span>
        </div>
      ) : null}
      <form class="settings-add" onSubmit={add} noValidate>
        <label class="settings-field" for="settings-source-url">
          {t('settingsSourceUrl')}
        </label>
        <p class="settings-hint" id="settings-source-url-hint">
          {t('settingsSourceUrlHint')}
        </p>
        <input
          id="settings-source-url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          aria-describedby="settings-source-url-hint settings-source-message"
          value={url}
          disabled={locked}
          onInput={(e) => {
            setUrl((e.currentTarget as HTMLInputElement).value);
            setMessage(null);
          }}
        />
        <label class="settings-field" for="settings-source-kind">
          {t('settingsSourceKind')}
        </label>
        <select
          id="settings-source-kind"
          value={kind}
          disabled={locked}
          onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as ListKind)}
        >
          <option value="reputation">{t('settingsSourceKindReputation')}</option>
          <option value="breaches">{t('settingsSourceKindBreaches')}</option>
        </select>
        <div class="settings-row">
          <button type="submit" disabled={locked}>
            {t('settingsSourceAdd')}
          </button>
        </div>
        <p id="settings-source-message" class={message?.ok ? 'settings-ok' : 'settings-problem'} aria-live="polite">
          {message?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
