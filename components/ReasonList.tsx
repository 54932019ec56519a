import type { BreachStatus } from '../lib/report/views';
import type { Reason } from '../lib/risk/reason-codes';
import { describeReason } from '../lib/i18n/describe';
import { useI18n } from './i18n';

/** Every finding: the plain sentence first, the explanation (with any technical word) underneath. The statuses of the
 * site's breaches word the breach line as firmly as the entries allow. */
export function ReasonList(props: { reasons: Reason[]; site: string; breachStatuses: readonly BreachStatus[] }) {
  const { t } = useI18n();
  if (props.reasons.length === 0) return null;
  return (
    <ul class="reasons">
      {props.reasons.map((r) => {
        const words = describeReason(r, t, props.site, { breachStatuses: props.breachStatuses });
        return (
          <li key={r.code + (r.detail ?? '')} class={`reason reason-${r.code}`}>
            <p class="reason-title">{words.title}</p>
            <p class="reason-more">{words.more}</p>
          </li>
        );
      })}
    </ul>
  );
}
