// The scanner: injected by the background into a frame where the bootstrap found a form control.
// It finds sensitive fields, reports them (never their values), shows the notice and runs the pre-submit check.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { onBackgroundMessage } from '../../lib/messaging/send';
import { bootstrapHooks } from './hooks';
import { startSession } from './session';
import { startNotices } from './notice';
import { startSubmitGuard } from './submit-guard';
import { startSentNotices } from './sent-notice';

export default defineUnlistedScript(() => {
  const hooks = bootstrapHooks();
  if (hooks.scannerStarted) return;
  hooks.scannerStarted = true;

  const session = startSession(document);
  startNotices(document, session);
  startSentNotices(session);
  startSubmitGuard(document, session, (handler) => (hooks.onSubmit = handler));
  onBackgroundMessage({ adviceChanged: (advice) => session.setAdvice(advice) });
  // Back from the back/forward cache: the background forgot this document; tell it again.
  addEventListener('pageshow', (e) => {
    if ((e as PageTransitionEvent).persisted) session.reportNow();
  });
});
