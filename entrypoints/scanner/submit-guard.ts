// The pre-submit check. A form holding sensitive values that is about to be sent over plain HTTP, to another
// site, or from a danger site is stopped (our listener runs first: at the window, in the capture phase,
// registered at document_start by the bootstrap) and the person is asked: don't send, send once, or trust.
// Normal forms are not touched. What a content script cannot catch (documented in README): `form.submit()`
// called by a script (no submit event), and data a page sends itself with fetch/XHR without a form submit.
// A forged (untrusted) submit event is left alone too: Firefox sends the form on one, just as on form.submit(),
// and stopping it would only tell the page the extension is there (it can call form.submit() anyway).
import { h } from 'preact';
import { send } from '../../lib/messaging/send';
import { SubmitDialog } from '../../components/SubmitDialog';
import { I18nContext, i18nFor } from '../../components/i18n';
import { OVERLAY_CSS } from '../../components/overlay-css';
import { safeUrl } from '../../lib/report/safe-url';
import type { Reason } from '../../lib/risk/reason-codes';
import { destinationTrusted, riskOfSubmission, submissionDestination } from '../../lib/risk/submission-risk';
import type { FieldKind } from '../../lib/kinds/field-kinds';
import type { SubmitChoice } from '../../lib/report/views';
import { openOverlay } from './overlay-host';
import type { Session } from './session';
import { hasValue } from './values';
import { call, get } from '../../lib/dom/read';

/** Where this submission goes, read from the form and the button that sent it (the rule is in lib/risk). */
function destinationOf(form: HTMLFormElement, submitter: HTMLElement | null): string {
  const sub = submitter as HTMLButtonElement | HTMLInputElement | null;
  const submitterAction = sub && call(sub, 'hasAttribute', 'formaction') ? get(sub, 'formAction') : null;
  return submissionDestination(submitterAction, get(form, 'action'), get(get(form, 'ownerDocument'), 'location').href);
}

export function startSubmitGuard(
  doc: Document,
  session: Session,
  register: (handler: (e: SubmitEvent) => void) => void,
): void {
  const allowedOnce = new WeakSet<HTMLFormElement>();
  let asking = false;

  const ask = (
    form: HTMLFormElement,
    submitter: HTMLElement | null,
    kinds: FieldKind[],
    destination: string,
    reasons: Reason[],
  ) => {
    const advice = session.advice!;
    asking = true;
    const overlay = openOverlay(doc, {
      css: OVERLAY_CSS,
      modal: true,
      coveredText: i18nFor(advice.locale).t('overlayCovered'),
      // A removed dialog is no choice: nothing is sent and nothing is recorded.
      onLost: () => (asking = false),
    });
    get(overlay.box, 'classList').toggle('jd-danger', advice.level === 'danger');
    // The dialog itself is the alert dialog, named by its title and described by its first line.
    call(overlay.box, 'setAttribute', 'role', 'alertdialog');
    call(overlay.box, 'setAttribute', 'aria-labelledby', 'jd-submit-title');
    call(overlay.box, 'setAttribute', 'aria-describedby', 'jd-submit-lead');
    const danger = advice.level === 'danger';
    const choose = (choice: SubmitChoice) => {
      overlay.close();
      asking = false;
      void send('submitDecision', { choice, kinds, destination: safeUrl(destination) })
        .then((next) => next && session.setAdvice(next))
        .catch(() => undefined);
      if (choice === 'cancel') return;
      allowedOnce.add(form);
      const still =
        submitter && get(submitter, 'isConnected') && get(submitter as HTMLButtonElement, 'form') === form
          ? submitter
          : null;
      call(form, 'requestSubmit', still as HTMLButtonElement | null);
    };
    call(overlay.box, 'addEventListener', 'cancel', (e) => {
      e.preventDefault();
      // Escape counts like a click: not while covered, not in the first moment.
      if (overlay.accepts(e)) choose('cancel');
    });
    // The browser may close a dialog whose cancel was refused (repeated Escape): nothing is sent, no choice.
    call(overlay.box, 'addEventListener', 'close', () => {
      if (!overlay.open) return;
      overlay.close();
      asking = false;
    });
    overlay.render(
      h(
        I18nContext.Provider,
        { value: i18nFor(advice.locale) },
        h(SubmitDialog, {
          kinds,
          destination: safeUrl(destination),
          reasons,
          site: advice.site,
          mandatory: advice.submitCheck === 'mandatory',
          trustSite: advice.ruleSite ?? '',
          canTrust: !danger && advice.bypassAllowed && advice.ruleSite !== null,
          canSend: !danger || advice.bypassAllowed,
          onChoice: choose,
        }),
      ),
    );
    // The safe choice has the focus, so Enter or Space never sends by accident.
    overlay.box.querySelector<HTMLElement>('[autofocus]')?.focus();
  };

  const onSubmit = (event: SubmitEvent) => {
    // A forged submit event sends nothing, so there is nothing to ask about; and reacting to it at all (even
    // calling preventDefault) would tell the page that the extension is there. Checked before anything else.
    if (!event.isTrusted) return;
    const form = event.target as HTMLFormElement | null;
    if (!form || get(form, 'localName') !== 'form') return;
    if (allowedOnce.has(form)) {
      allowedOnce.delete(form);
      return;
    }
    const advice = session.advice;
    if (!advice || advice.paused) return;
    const filled = session.sensitiveFieldsIn(form).filter((f) => hasValue(f.element));
    if (filled.length === 0) return;
    const danger = advice.level === 'danger';
    if (advice.submitCheck === 'off' && !danger) return;
    const destination = destinationOf(form, event.submitter);
    const reasons = riskOfSubmission(advice.site, destination, advice.reasons, danger);
    if (reasons.length === 0) return;
    // A destination the person (or the organisation) already trusts is not asked about again; a trusted page
    // sending somewhere that is not trusted is.
    if (
      !danger &&
      advice.level === 'trusted' &&
      destinationTrusted(advice.site, advice.trustedDestinations, destination)
    )
      return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (asking) return;
    ask(
      form,
      event.submitter,
      filled.map((f) => f.report.kind),
      destination,
      reasons,
    );
  };
  // This frame's own submissions: the bootstrap's listener, registered before the page's.
  register(onSubmit);
  // Script-less frames this scanner covers (srcdoc, about:blank) have no bootstrap of their own.
  const own = get(doc, 'defaultView');
  session.eachWindow((win) => {
    if (win !== own)
      call(win, 'addEventListener', 'submit', (e: Event) => onSubmit(e as SubmitEvent), { capture: true });
  });
}
