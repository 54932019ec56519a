import type { FieldReport } from '../lib/report/types';
import { KIND_LABEL } from '../lib/i18n/describe';
import { useI18n } from './i18n';

/** The sensitive fields found: what kind of data, and the page's own label for it. */
export function FieldList(props: { fields: FieldReport[] }) {
  const { t } = useI18n();
  if (props.fields.length === 0) return null;
  return (
    <section class="card" aria-labelledby="fields-title">
      <h3 id="fields-title">{t('fieldsTitle')}</h3>
      <ul class="fields">
        {props.fields.map((f, i) => (
          <li key={f.path + i}>
            <span class="field-kind">{t(KIND_LABEL[f.kind])}</span>
            {f.label && f.label !== t(KIND_LABEL[f.kind]) ? <span class="field-label">“{f.label}”</span> : null}
            {f.source === 'value' ? <span class="field-note">{t('fieldFromValue')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
