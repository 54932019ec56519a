import type { DangerView as DangerData } from '../lib/report/views';
import { describeReason } from '../lib/i18n/describe';
import { useI18n } from './i18n';
import { LevelIcon } from './LevelIcon';

export interface DangerActions {
  back(): void;
  continueOnce(): void;
  continueAlways(): void;
}

/** Full-page warning shown instead of a suspected dangerous site. Hedged words: "suspected", never "is". */
export function DangerView({ data, actions }: { data: DangerData; actions: DangerActions }) {
  const { t } = useI18n();
  return (
    <main class="danger-page">
      <div class="danger-box" role="alert" aria-labelledby="danger-title">
        <p class="danger-icon" aria-hidden="true">
          <LevelIcon level="danger" size={44} />
        </p>
        <h1 id="danger-title">{t('dangerTitle')}</h1>
        <p class="danger-lead">{t('dangerLead')}</p>
        <p class="danger-address">
          <span class="muted">{t('dangerAddress')}: </span>
          <strong>{data.site}</strong>
        </p>
        {data.reasons.length === 0 ? <p>{t('dangerNothing')}</p> : null}
        <ul class="reasons">
          {data.reasons.map((r) => {
            const words = describeReason(r, t, data.site);
            return (
              <li key={r.code} class={`reason reason-${r.code}`}>
                <p class="reason-title">{words.title}</p>
                <p class="reason-more">{words.more}</p>
              </li>
            );
          })}
        </ul>
        <div class="danger-actions">
          <button type="button" onClick={actions.back} autoFocus>
            {t('dangerBack')}
          </button>
        </div>
        {data.bypassAllowed ? (
          <details class="danger-more">
            <summary>{t('dangerMore')}</summary>
            <p class="muted">{t('dangerHedge')}</p>
            <div class="danger-actions">
              <button type="button" class="danger" onClick={actions.continueOnce}>
                {t('dangerContinueOnce')}
              </button>
              {data.ruleSite === null ? null : (
                <button type="button" class="secondary" onClick={actions.continueAlways}>
                  {t('dangerContinueAlways', { site: data.ruleSite })}
                </button>
              )}
            </div>
          </details>
        ) : (
          <p class="muted">{t('dangerNoBypass')}</p>
        )}
      </div>
    </main>
  );
}
