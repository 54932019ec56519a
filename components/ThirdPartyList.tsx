import { SourceLinks } from './SourceLinks';
import type { ThirdPartyView } from '../lib/report/views';
import { useI18n } from './i18n';

/** Who else is on a page that asks for sensitive data, and what they can see. */
export function ThirdPartyList(props: { parties: ThirdPartyView[]; categoryLabel: (c: string) => string }) {
  const { t } = useI18n();
  if (props.parties.length === 0) return null;
  const known = props.parties.filter((p) => p.company !== null);
  const others = props.parties.filter((p) => p.company === null);
  return (
    <section class="card" aria-labelledby="tp-title">
      <h3 id="tp-title">{t('thirdPartiesTitle')}</h3>
      <p class="muted">{t('thirdPartiesLead')}</p>
      <ul class="parties">
        {known.map((p) => (
          <li key={p.site} class={p.capturesInput ? 'party party-captures' : 'party'}>
            <span class="party-name">{p.company}</span> <span class="party-site">({p.site})</span>
            <span class="party-cat"> · {props.categoryLabel(p.category)}</span>
            {p.capturesInput ? <p class="party-warn">{t('thirdPartyCaptures')}</p> : null}
            {p.capturesInput && p.captureSources.length > 0 ? (
              <p class="party-note">
                {t('thirdPartyCaptureSource')} <SourceLinks sources={p.captureSources} />
              </p>
            ) : null}
            {p.loadsOthers ? <p class="party-note">{t('thirdPartyLoadsOthers')}</p> : null}
            {p.breaches.length > 0 ? <p class="party-note">{t('thirdPartyBreached')}</p> : null}
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <p class="muted">{t('thirdPartyOtherSites', { sites: others.map((o) => o.site).join(', ') })}</p>
      ) : null}
    </section>
  );
}
