// The scanner's state for one frame: the sensitive fields found (by label, or by what was typed), the
// frame's forms and third parties, and the background's latest advice. It reports to the background,
// debounced, and never puts a value into a report.
import { watchFields, type DetectedField } from '../../lib/detect/watch';
import { describeForm } from '../../lib/detect/describe-form';
import { reportForElement } from '../../lib/detect/report-for';
import { observeThirdPartyHosts } from '../../lib/trackers/observe-resources';
import { safeUrl } from '../../lib/report/safe-url';
import { frameReportSanitizer } from '../../lib/report/sanitize-report';
import { SENSITIVITY } from '../../lib/kinds/field-kinds';
import type { FieldReport, FormReport, FrameReport } from '../../lib/report/types';
import type { PageAdvice } from '../../lib/report/views';
import { send } from '../../lib/messaging/send';
import { watchValues, type ValueWatch } from './values';
import { schemeText } from '../../lib/ids';
import { get } from '../../lib/dom/read';
import { startSendWatch, type SendWatch } from './sends';

export interface Session {
  advice: PageAdvice | null;
  /** The field a control belongs to, with its kind (from its label or its value). */
  fieldOf(el: Element): { report: FieldReport; element: Element; form: HTMLFormElement | null } | null;
  sensitiveFieldsIn(form: HTMLFormElement): Array<{ report: FieldReport; element: Element }>;
  values: ValueWatch;
  /** Keyed digests of recognised values, for the background's observed sends. */
  sends: SendWatch;
  /**
   * Calls `fn` for this frame's window and for the window of every script-less same-origin frame the scan
   * enters (srcdoc, about:blank), now and as they appear, so their forms get the same notice and check.
   */
  eachWindow(fn: (win: Window) => void): void;
  onAdvice(listener: (advice: PageAdvice) => void): void;
  setAdvice(advice: PageAdvice | null): void;
  reportNow(): void;
  stop(): void;
}

const FIRST_REPORT_MS = 30;
const REPORT_MS = 300;

export function startSession(doc: Document): Session {
  let detected: DetectedField[] = [];
  let truncated = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let reported = false;
  const listeners: Array<(a: PageAdvice) => void> = [];
  const byElement = new Map<Element, DetectedField>();
  const valueOnly = new Map<Element, FieldReport>();
  const sanitize = frameReportSanitizer();

  let watcher: ReturnType<typeof watchFields> | null = null;
  const windowListeners: Array<(win: Window) => void> = [];
  const knownWindows = new Set<Window>();
  const newWindows = () => {
    for (const w of windows()) {
      if (knownWindows.has(w)) continue;
      knownWindows.add(w);
      for (const l of windowListeners) l(w);
    }
  };
  const windows = (): Window[] => {
    const out: Window[] = [];
    const own = get(doc, 'defaultView');
    if (own) out.push(own);
    for (const root of watcher?.roots?.() ?? []) {
      const w = get(root as Document, 'defaultView');
      if (get(root, 'nodeType') === 9 && w && !out.includes(w)) out.push(w);
    }
    return out;
  };

  const sends = startSendWatch();
  const values = watchValues(
    windows,
    (el) => {
      const d = byElement.get(el);
      return { label: d?.report.label ?? '', kind: d?.report.kind ?? null };
    },
    () => schedule(),
    sends.note,
  );

  watcher = watchFields(
    doc,
    (fields, isTruncated) => {
      detected = fields;
      truncated = isTruncated;
      byElement.clear();
      for (const f of fields) byElement.set(f.element, f);
      values.refresh();
      newWindows();
      schedule();
    },
    { debounceMs: 150, frames: 'scriptless' },
  );
  // The first scan happens as the watcher starts; it reports only later changes.
  detected = watcher.current();
  truncated = watcher.truncated();
  for (const f of detected) byElement.set(f.element, f);
  values.refresh();
  schedule();

  function fieldReport(d: DetectedField, forms: HTMLFormElement[]): FieldReport {
    const v = values.kindOf(d.element);
    const kind = v?.kind ?? d.report.kind;
    return {
      ...d.report,
      kind,
      sensitivity: SENSITIVITY[kind],
      source: v && v.kind !== d.report.kind ? 'value' : 'label',
      ...(v ? { scheme: schemeText(v.scheme) } : {}),
      form: d.form ? forms.indexOf(d.form) : -1,
      filled: values.isFilled(d.element),
    };
  }

  function build(): FrameReport {
    const forms: HTMLFormElement[] = [];
    const note = (f: HTMLFormElement | null) => {
      if (f && !forms.includes(f)) forms.push(f);
    };
    for (const d of detected) note(d.form);
    // Fields no label gave away, flagged by what was typed into them.
    valueOnly.clear();
    for (const el of values.recognised()) {
      if (byElement.has(el)) continue;
      const v = values.kindOf(el);
      if (!v) continue;
      const form = get(el as HTMLInputElement, 'form') ?? null;
      note(form);
      valueOnly.set(el, {
        ...reportForElement(el, v.kind),
        source: 'value',
        scheme: schemeText(v.scheme),
        form: -1,
        filled: true,
      });
    }
    const fields: FieldReport[] = detected.map((d) => fieldReport(d, forms));
    for (const [el, r] of valueOnly) {
      const form = get(el as HTMLInputElement, 'form') ?? null;
      fields.push({ ...r, form: form ? forms.indexOf(form) : -1 });
    }
    const pageUrl = get(doc, 'location')?.href ?? '';
    const formReports: FormReport[] = forms.map((f) => describeForm(f, pageUrl, true));
    let resources: ReadonlyArray<{ name: string; initiatorType: string }> = [];
    try {
      resources = get(doc, 'defaultView')?.performance.getEntriesByType('resource') as unknown as ReadonlyArray<{
        name: string;
        initiatorType: string;
      }>;
    } catch {
      resources = [];
    }
    return {
      url: safeUrl(pageUrl),
      fields,
      forms: formReports,
      thirdParties: observeThirdPartyHosts(doc, resources, {}, shadowRootsOf(doc)),
      truncated,
    };
  }

  /** The shadow roots of `doc` the watcher already follows (its frames' documents have their own base address). */
  function shadowRootsOf(d: Document): ParentNode[] {
    return (watcher?.roots() ?? []).filter(
      (r) => get(r, 'nodeType') === 11 && get(get(r as ShadowRoot, 'host'), 'ownerDocument') === d,
    );
  }

  function schedule(): void {
    if (timer) return;
    timer = setTimeout(
      () => {
        timer = null;
        reportNow();
      },
      reported ? REPORT_MS : FIRST_REPORT_MS,
    );
  }

  function reportNow(): void {
    reported = true;
    // The same caps and identifier redaction the background applies, before anything leaves the page: a page
    // can echo what a person typed into a label, an id or its address.
    const report = sanitize(build()) ?? build();
    void send('reportFrame', { report })
      .then((advice) => session.setAdvice(advice))
      .catch(() => undefined);
  }

  const session: Session = {
    advice: null,
    values,
    sends,
    fieldOf(el) {
      const d = byElement.get(el);
      if (d) return { report: fieldReport(d, []), element: el, form: d.form };
      const v = values.kindOf(el);
      if (!v) return null;
      return {
        report: { ...reportForElement(el, v.kind), source: 'value', form: -1, filled: true },
        element: el,
        form: get(el as HTMLInputElement, 'form') ?? null,
      };
    },
    sensitiveFieldsIn(form) {
      const out: Array<{ report: FieldReport; element: Element }> = [];
      for (const d of detected) if (d.form === form) out.push({ report: fieldReport(d, []), element: d.element });
      for (const el of values.recognised()) {
        if (byElement.has(el) || get(el as HTMLInputElement, 'form') !== form) continue;
        const v = values.kindOf(el);
        if (v)
          out.push({
            report: { ...reportForElement(el, v.kind), source: 'value', form: -1, filled: true },
            element: el,
          });
      }
      return out;
    },
    onAdvice: (l) => listeners.push(l),
    setAdvice(advice) {
      session.advice = advice;
      if (advice) for (const l of listeners) l(advice);
    },
    reportNow,
    eachWindow(fn) {
      windowListeners.push(fn);
      for (const w of knownWindows) fn(w);
      newWindows();
    },
    stop() {
      watcher?.stop();
      values.stop();
    },
  };
  return session;
}
