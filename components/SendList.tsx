import type { SendVia } from '../lib/sends/classify';
import type { SendView } from '../lib/report/views';
import type { MessageKey } from '../lib/i18n/translate';
import { KIND_LABEL } from '../lib/i18n/describe';
import { useI18n } from './i18n';

export const VIA_LABEL: Readonly<Record<SendVia, MessageKey>> = {
  form: 'sendVia_form',
  fetch: 'sendVia_fetch',
  xhr: 'sendVia_xhr',
  beacon: 'sendVia_beacon',
  navigation: 'sendVia_navigation',
};

/** Where recognised values typed on this page were seen going: per site, what, how, and what is wrong with it. */
export function SendList(props: { sends: SendView[] }) {
  const { t } = useI18n();
  if (props.sends.length === 0) return null;
  return (
    <section class="card" aria-labelledby="sends-title">
      <h3 id="sends-title">{t('sendsTitle')}</h3>
      <p class="muted">{t('sendsLead')}</p>
      <ul class="sends">
        {props.sends.map((s) => (
          <li key={s.site} class={s.risky ? 'send send-risky' : 'send'} data-site={s.site}>
            <span class="send-site">{s.site}</span>
            {s.kinds.length > 0 ? (
              <>
                <span class="send-kinds">: {s.kinds.map((k) => t(KIND_LABEL[k])).join(', ')}</span>
                <p class="send-how">
                  {[
                    s.vias.map((v) => t(VIA_LABEL[v])).join(', '),
                    t(s.secure ? 'sendSecure' : 'sendInsecure'),
                    t(s.party === 'first' ? 'sendFirstParty' : 'sendThirdParty'),
                    ...(s.listed ? [t('sendListed', { list: s.listed })] : []),
                    ...(s.lookalike ? [t('sendLookalike', { domain: s.lookalike })] : []),
                    ...(s.risky ? [] : [t('sendExpected')]),
                  ].join(' · ')}
                </p>
              </>
            ) : null}
            {s.unreadable > 0 ? <p class="muted">{t('sendUnreadable', { count: s.unreadable })}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
