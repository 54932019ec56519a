import type { BreachView } from '../lib/report/views';
import { formatDate, formatNumber } from '../lib/i18n/translate';
import { useI18n } from './i18n';
import { DATA_LABEL, RECORDS_LABEL, STATUS_LABEL, breachNote, breachTitle, dateLabel } from './breach-words';
import { sourceLabels } from './SourceLinks';

/** Known breaches of the site: the status as the entry knows it with its one-sentence note, whether the date is when it
 * happened or only when it was reported, and who gave the count. */
export function BreachList(props: { breaches: BreachView[]; classLabel: (c: string) => string; attribution: string }) {
  const { t, locale } = useI18n();
  const needsHibp = props.breaches.some((b) => b.origin === 'hibp');
  if (props.breaches.length === 0) return null;
  return (
    <section class="card" aria-labelledby="breaches-title">
      <h3 id="breaches-title">{t('breachesTitle')}</h3>
      <ul class="breaches">
        {props.breaches.map((b) => {
          const note = breachNote(b, locale);
          const labels = sourceLabels(b.sources);
          return (
            <li key={b.id} class="breach">
              <p class="breach-title">
                {breachTitle(b, locale)} <span class={`pill pill-${b.status}`}>{t(STATUS_LABEL[b.status])}</span>
              </p>
              {note ? <p class="breach-note">{note}</p> : null}
              <p class="breach-meta">
                {t(dateLabel(b), { date: formatDate(locale, b.date) })}
                {b.records !== null
                  ? ' · ' + t(RECORDS_LABEL[b.recordsSource], { count: formatNumber(locale, b.records) })
                  : null}
              </p>
              {b.dataClasses.length > 0 ? (
                <p class="breach-data">
                  {t(DATA_LABEL[b.status], { classes: b.dataClasses.map(props.classLabel).join(', ') })}
                </p>
              ) : null}
              {b.sources.length > 0 ? (
                <details class="breach-sources">
                  <summary>{t('breachSources')}</summary>
                  <ul>
                    {b.sources.map((s, i) => (
                      <li key={s}>
                        <a href={s} target="_blank" rel="noreferrer noopener">
                          {labels[i]}
                        </a>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      {needsHibp ? (
        <p class="attribution">
          <a href="https://haveibeenpwned.com/" target="_blank" rel="noreferrer noopener">
            {props.attribution || t('hibpAttribution')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
