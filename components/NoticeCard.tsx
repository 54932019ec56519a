import type { FieldKind } from '../lib/kinds/field-kinds';
import type { BreachView, PageAdvice } from '../lib/report/views';
import { KIND_LABEL, describeReason } from '../lib/i18n/describe';
import { formatDate } from '../lib/i18n/translate';
import { isSiteFinding } from '../lib/risk/reason-codes';
import { useI18n } from './i18n';
import { STATUS_LABEL, breachTitle, shortDateLabel } from './breach-words';

export interface NoticeProps {
  kind: FieldKind;
  advice: PageAdvice;
  /** Clinic staff get the short form: the findings, without the patient advice. */
  compact: boolean;
  onClose(): void;
}

const SHOWN_REASONS = 3;

/** The small notice next to a sensitive field: what is asked, what is wrong, what the person can do. */
export function NoticeCard({ kind, advice, compact, onClose }: NoticeProps) {
  const { t, locale } = useI18n();
  const danger = advice.level === 'danger';
  const reasons = advice.reasons.filter(isSiteFinding).slice(0, SHOWN_REASONS);
  const breaches: BreachView[] = advice.breaches.slice(0, 2);
  const lead = danger
    ? t('noticeDangerLead')
    : reasons.length || breaches.length || advice.inputCapturers.length
      ? t('noticeCautionLead')
      : t('noticeInfoLead');
  return (
    <div>
      <p class="brand">{t('extName')}</p>
      <h2>{t('noticeTitle', { kind: t(KIND_LABEL[kind]) })}</h2>
      <p class="lead">{lead}</p>
      <ul>
        {reasons.map((r, i) => {
          const words = describeReason(r, t, advice.site);
          // Short by design: the explanation of the first finding only; the popup has all of them.
          return (
            <li key={r.code}>
              <p class="title">{words.title}</p>
              {compact || i > 0 ? null : <p class="more">{words.more}</p>}
            </li>
          );
        })}
        {advice.inputCapturers.length > 0 ? (
          <li>
            <p class="title">{t('noticeReplay', { companies: advice.inputCapturers.join(', ') })}</p>
          </li>
        ) : null}
        {breaches.map((b) => (
          <li key={b.id}>
            <p class="title">
              {t('noticeBreach', {
                title: breachTitle(b, locale),
                date: t(shortDateLabel(b), { date: formatDate(locale, b.date) }),
                status: t(STATUS_LABEL[b.status]),
              })}
            </p>
          </li>
        ))}
      </ul>
      {compact ? null : <p class="advice">{t(danger ? 'noticeAdviceDanger' : 'noticeAdviceCaution')}</p>}
      <div class="row">
        <button type="button" onClick={onClose}>
          {t('noticeClose')}
        </button>
      </div>
      <p class="hint">{t('noticeMore')}</p>
    </div>
  );
}
