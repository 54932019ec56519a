import type { FieldKind } from '../lib/kinds/field-kinds';
import { KIND_LABEL } from '../lib/i18n/describe';
import { useI18n } from './i18n';

/** "Your NIK was sent to …": shown once, next to the field, when a page sends a recognised value where it should not. */
export function SentNoticeCard(props: { site: string; kinds: FieldKind[]; how: string; onClose(): void }) {
  const { t } = useI18n();
  const kind = props.kinds.map((k) => t(KIND_LABEL[k])).join(', ');
  return (
    <div>
      <p class="brand">{t('extName')}</p>
      <h2>{t('sentNoticeTitle', { kind, site: props.site })}</h2>
      <p class="lead">{t('sentNoticeLead', { site: props.site, how: props.how })}</p>
      <div class="row">
        <button type="button" onClick={props.onClose}>
          {t('noticeClose')}
        </button>
      </div>
      <p class="hint">{t('noticeMore')}</p>
    </div>
  );
}
