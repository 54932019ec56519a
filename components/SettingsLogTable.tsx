// The recorded warnings, newest first, in the person's words. On a narrow screen each row becomes a small card
// (theme.css), with the column name written before each value.
import type { WarningEntry } from '../lib/warning-log/types';
import { KIND_LABEL } from '../lib/i18n/describe';
import { useI18n } from './i18n';
import { ACTION_WORDS, REASON_SHORT, dateTimeText } from './SettingsWords';

/** More rows than this make the page slow on a modest machine; the exports hold everything. */
export const LOG_ROWS_SHOWN = 200;

export function SettingsLogTable({ entries }: { entries: WarningEntry[] }) {
  const { t, locale } = useI18n();
  const rows = entries.slice(-LOG_ROWS_SHOWN).reverse();
  const head = {
    time: t('settingsLogTime'),
    site: t('settingsLogSite'),
    kinds: t('settingsLogKinds'),
    reasons: t('settingsLogReasons'),
    action: t('settingsLogAction'),
  };
  return (
    <>
      {entries.length > rows.length ? (
        <p class="settings-hint">{t('settingsLogShowing', { shown: rows.length, total: entries.length })}</p>
      ) : null}
      <table class="settings-log">
        <caption>{t('settingsLogCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{head.time}</th>
            <th scope="col">{head.site}</th>
            <th scope="col">{head.kinds}</th>
            <th scope="col">{head.reasons}</th>
            <th scope="col">{head.action}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e, i) => (
            <tr key={`${e.time}-${i}`}>
              <td data-label={head.time}>
                <time dateTime={e.time}>{dateTimeText(locale, e.time)}</time>
              </td>
              <td data-label={head.site} class="settings-log-site">
                {e.site}
              </td>
              <td data-label={head.kinds}>{e.fieldKinds.map((k) => t(KIND_LABEL[k])).join(', ') || '–'}</td>
              <td data-label={head.reasons}>{e.reasons.map((r) => t(REASON_SHORT[r])).join(', ') || '–'}</td>
              <td data-label={head.action}>{t(ACTION_WORDS[e.action])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
