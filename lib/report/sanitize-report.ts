// The background does not trust the shape of what arrives from a page's scanner: a hostile page cannot reach
// our messaging, but it can make a scanner report something huge or odd. Cap and validate everything.
import { isFieldKind, SENSITIVITY } from '../kinds/field-kinds';
import type {
  ControlTag,
  FieldReport,
  FormMethod,
  FormReport,
  FrameReport,
  ResourceVia,
  ThirdPartyObservation,
} from './types';
import { MAX_EXACT_TEXT, exactPageText, pageText, type PageText } from './page-text';
import { safeUrl } from './safe-url';
import { redactIdentifiers } from './redact-identifiers';

export const REPORT_LIMITS = { fields: 2000, forms: 500, thirdParties: 500 } as const;

const TAGS: readonly ControlTag[] = ['input', 'select', 'textarea', 'contenteditable'];
const METHODS: readonly FormMethod[] = ['get', 'post', 'dialog'];
const VIAS: readonly ResourceVia[] = ['script', 'frame', 'image', 'beacon', 'stylesheet', 'other'];

/** Redacts the identifiers in page text (redactIdentifiers, or a memo of it for one frame's reports). */
type Redact = (text: string, context?: string) => string;

/** How one report's page text is kept, given the redaction to use. */
function keeper(redact: Redact) {
  /**
   * Page text as kept: identifiers the recogniser finds are redacted first (a page can echo a typed NIK into a
   * label, an id or a path), then it is capped. The cut comes after the redaction so that it cannot split an
   * identifier into pieces the recogniser would no longer see.
   */
  const text = (v: unknown, max = 200, context?: string): PageText =>
    pageText(typeof v === 'string' ? redact(v.slice(0, max * 4), context) : '', max);
  return {
    text,
    address: (v: unknown): PageText => text(typeof v === 'string' ? safeUrl(v) : '', 600),
    /**
     * An id, name or path names one element on the page: kept exactly (a trailing space is part of an id), except
     * that an identifier echoed into it is redacted like any page text (privacy before exactness).
     */
    exact: (v: unknown, max: number): PageText =>
      exactPageText(typeof v === 'string' ? redact(v.slice(0, max * 4)) : '', max),
  };
}
type Keep = ReturnType<typeof keeper>;

const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;

function field(keep: Keep, raw: unknown, formCount: number): FieldReport | null {
  const { text, exact } = keep;
  if (typeof raw !== 'object' || raw === null) return null;
  const f = raw as Record<string, unknown>;
  if (!isFieldKind(f.kind)) return null;
  const form =
    typeof f.form === 'number' && Number.isInteger(f.form) && f.form >= 0 && f.form < formCount ? f.form : -1;
  const label = typeof f.label === 'string' ? f.label : '';
  const out: FieldReport = {
    kind: f.kind,
    sensitivity: SENSITIVITY[f.kind],
    label: text(label, 200, label),
    tag: oneOf(f.tag, TAGS, 'input'),
    type: text(f.type, 40),
    id: exact(f.id, 1000),
    name: exact(f.name, 1000),
    path: exact(f.path, MAX_EXACT_TEXT),
    source: f.source === 'value' ? 'value' : 'label',
    form,
    filled: f.filled === true,
  };
  if (typeof f.scheme === 'string') out.scheme = text(f.scheme, 40);
  return out;
}

function form(keep: Keep, raw: unknown): FormReport | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const f = raw as Record<string, unknown>;
  return {
    action: keep.address(f.action),
    method: oneOf(f.method, METHODS, 'get'),
    sensitive: f.sensitive === true,
  };
}

function observation(keep: Keep, raw: unknown): ThirdPartyObservation | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const o = raw as Record<string, unknown>;
  if (typeof o.host !== 'string' || !/^[a-z0-9.:[\]-]{1,253}$/i.test(o.host)) return null;
  return { host: keep.text(o.host.toLowerCase(), 253), via: oneOf(o.via, VIAS, 'other') };
}

/**
 * `frameUrl`, when given, is the frame's address as the browser reports the sender (`sender.url`): it replaces
 * whatever address the frame's script put in the report.
 */
export function sanitizeFrameReport(raw: unknown, frameUrl?: string): FrameReport | null {
  return sanitizeWith(keeper(redactIdentifiers), raw, frameUrl);
}

/**
 * sanitizeFrameReport for one frame's successive reports, as its scanner sends them: a report repeats most of
 * the last one's page text (a re-scan after ten fields were added reports the other thousand again), and
 * redacting is most of what sanitising costs, so each text's redaction is reused from the last report. The memo
 * holds only the text of the latest report (labels, ids, names, paths, addresses: what the page shows or declares,
 * never a value typed) and lives as long as the scanner that owns it.
 */
export function frameReportSanitizer(): (raw: unknown, frameUrl?: string) => FrameReport | null {
  let last = new RedactionMemo();
  return (raw, frameUrl) => {
    const memo = new RedactionMemo();
    const previous = last;
    const redact: Redact = (t, context = t) =>
      memo.get(t, context) ?? memo.set(t, context, previous.get(t, context) ?? redactIdentifiers(t, context));
    const out = sanitizeWith(keeper(redact), raw, frameUrl);
    last = memo;
    return out;
  };
}

/** Redacted text by the text and the context it was redacted in (a field's label). */
class RedactionMemo {
  private readonly byText = new Map<string, string>();
  private readonly inContext = new Map<string, Map<string, string>>();

  get(text: string, context: string): string | undefined {
    return context === text ? this.byText.get(text) : this.inContext.get(context)?.get(text);
  }

  set(text: string, context: string, redacted: string): string {
    if (context === text) this.byText.set(text, redacted);
    else {
      let m = this.inContext.get(context);
      if (!m) this.inContext.set(context, (m = new Map()));
      m.set(text, redacted);
    }
    return redacted;
  }
}

function sanitizeWith(keep: Keep, raw: unknown, frameUrl?: string): FrameReport | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const forms = (Array.isArray(r.forms) ? r.forms.slice(0, REPORT_LIMITS.forms) : []).map((f) => form(keep, f));
  const keptForms = forms.map((f) => f ?? { action: keep.text(''), method: 'get' as const, sensitive: false });
  const fields = (Array.isArray(r.fields) ? r.fields.slice(0, REPORT_LIMITS.fields) : [])
    .map((f) => field(keep, f, keptForms.length))
    .filter((f): f is FieldReport => f !== null);
  const thirdParties = (Array.isArray(r.thirdParties) ? r.thirdParties.slice(0, REPORT_LIMITS.thirdParties) : [])
    .map((o) => observation(keep, o))
    .filter((o): o is ThirdPartyObservation => o !== null);
  const over =
    (Array.isArray(r.fields) && r.fields.length > REPORT_LIMITS.fields) ||
    (Array.isArray(r.forms) && r.forms.length > REPORT_LIMITS.forms);
  return {
    url: keep.address(frameUrl ?? r.url),
    fields,
    forms: keptForms,
    thirdParties,
    truncated: r.truncated === true || over,
  };
}
