import { useState } from 'preact/hooks';
import type { FieldKind } from '../lib/kinds/field-kinds';
import type { Reason } from '../lib/risk/reason-codes';
import type { SubmitChoice } from '../lib/report/views';
import { KIND_LABEL, describeReason } from '../lib/i18n/describe';
import { useI18n } from './i18n';

export interface SubmitDialogProps {
  kinds: FieldKind[];
  destination: string;
  reasons: Reason[];
  site: string;
  /** The organisation made the check mandatory: sending needs an explicit confirmation. */
  mandatory: boolean;
  /** Exactly what "Trust" trusts: the page's own site (never where the form sends). */
  trustSite: string;
  /** Trusting is not offered on a danger site or where policy forbids bypassing. */
  canTrust: boolean;
  /** Sending anyway is not offered on a danger site where policy forbids bypassing warnings. */
  canSend: boolean;
  onChoice(choice: SubmitChoice): void;
}

/** Stops a risky submission of sensitive data and asks. The safe choice comes first and has focus. */
export function SubmitDialog(props: SubmitDialogProps) {
  const { t } = useI18n();
  const [confirmed, setConfirmed] = useState(!props.mandatory);
  const kinds = [...new Set(props.kinds)].map((k) => t(KIND_LABEL[k])).join(', ');
  return (
    <div>
      <p class="brand">{t('extName')}</p>
      <h2 id="jd-submit-title">{t('submitTitle')}</h2>
      <p id="jd-submit-lead" class="lead">
        {t('submitLead', { kinds })}
      </p>
      <p>
        {t('submitTo', { destination: '' })}
        <span class="dest">{props.destination}</span>
      </p>
      <ul>
        {props.reasons.map((r) => {
          const words = describeReason(r, t, props.site);
          return (
            <li key={r.code + (r.detail ?? '')}>
              <p class="title">{words.title}</p>
              <p class="more">{words.more}</p>
            </li>
          );
        })}
      </ul>
      {props.mandatory ? (
        <>
          <p class="hint">{t('submitMandatoryNote')}</p>
          <label>
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(e) => setConfirmed((e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{t('submitConfirmCheck')}</span>
          </label>
        </>
      ) : null}
      <div class="row">
        <button type="button" autoFocus onClick={() => props.onChoice('cancel')}>
          {t('submitCancel')}
        </button>
        {props.canSend ? (
          <button type="button" class="risky" disabled={!confirmed} onClick={() => props.onChoice('send_once')}>
            {t('submitSendOnce')}
          </button>
        ) : null}
        {props.canTrust ? (
          <button type="button" class="secondary" disabled={!confirmed} onClick={() => props.onChoice('trust')}>
            {t('submitTrust', { site: props.trustSite })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
