// "Your NIK was sent to …": when the background saw a recognised value typed here go somewhere it should not
// (a third party that is not the form's destination, plain HTTP, a listed site or a lookalike), the frame where
// it was typed shows it next to the field, in the same closed overlay as the notice, and closes with Escape the
// same way (overlay-host's onEscape). Once per tab: the background names at most one destination in a tab's life
// (lib/sends/record.ts sentNoticeFor); `told` keeps this document from showing it again on each later advice.
import { h } from 'preact';
import type { PageAdvice } from '../../lib/report/views';
import { SentNoticeCard } from '../../components/SentNoticeCard';
import { VIA_LABEL } from '../../components/SendList';
import { I18nContext, i18nFor } from '../../components/i18n';
import { OVERLAY_CSS } from '../../components/overlay-css';
import { openOverlay } from './overlay-host';
import { placeNear } from './notice';
import type { Session } from './session';
import { get } from '../../lib/dom/read';

export function startSentNotices(session: Session): void {
  const told = new Set<string>();
  session.onAdvice((advice: PageAdvice) => {
    const field = session.sends.lastField();
    if (!field || !get(field, 'isConnected') || advice.paused) return;
    const alert = advice.sentAlerts.find((a) => !told.has(a.site));
    if (!alert) return;
    told.add(alert.site);
    const i18n = i18nFor(advice.locale);
    const how = [
      ...alert.vias.map((v) => i18n.t(VIA_LABEL[v])),
      i18n.t(alert.secure ? 'sendSecure' : 'sendInsecure'),
    ].join(', ');
    const doc = get(field, 'ownerDocument');
    const overlay = openOverlay(doc, {
      css: OVERLAY_CSS,
      coveredText: i18n.t('overlayCovered'),
      onEscape: () => overlay.close(),
      onLost: () => undefined,
    });
    overlay.box.setAttribute('role', 'alert');
    overlay.box.setAttribute('aria-label', i18n.t('noticeLabel'));
    overlay.render(
      h(
        I18nContext.Provider,
        { value: i18n },
        h(SentNoticeCard, { site: alert.site, kinds: alert.kinds, how, onClose: () => overlay.close() }),
      ),
    );
    placeNear(overlay, field, get(doc, 'defaultView') ?? window);
  });
}
