// The scanner: injected by the background into a frame where the bootstrap found a form control.
// It finds sensitive fields, reports them (never their values), shows the notice and runs the pre-submit check.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { onBackgroundMessage } from '../../lib/messaging/send';
import { armSubmit, bootstrapHooks } from './hooks';
import { startSession } from './session';
import { startNotices } from './notice';
import { startSubmitGuard } from './submit-guard';
import { startSentNotices } from './sent-notice';
import { get } from '../../lib/dom/read';

export default defineUnlistedScript(() => {
  const hooks = bootstrapHooks();
  if (hooks.scannerStarted) return;
  hooks.scannerStarted = true;

  const session = startSession(document);
  const notices = startNotices(document, session);
  startSentNotices(session);
  startSubmitGuard(document, session, (handler) => (hooks.onSubmit = handler));
  // The bootstrap's submit listener is gone if the document was opened anew since document_start (an opener
  // writing a form into an about:blank pop-up); so are ours if it is opened again later. A new <html> is the
  // sign: arm them again then (a no-op for listeners still registered).
  armSubmit(hooks, globalThis);
  let root = get(document, 'documentElement');
  new MutationObserver(() => {
    const now = get(document, 'documentElement');
    if (now === root) return;
    root = now;
    armSubmit(hooks, globalThis);
    notices.rearm();
  }).observe(document, { childList: true });
  onBackgroundMessage({ adviceChanged: (advice) => session.setAdvice(advice) });
  // Back from the back/forward cache: the background forgot this document; tell it again.
  addEventListener('pageshow', (e) => {
    if ((e as PageTransitionEvent).persisted) session.reportNow();
  });
});
