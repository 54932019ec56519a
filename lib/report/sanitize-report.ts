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

export const REPORT_LIMITS = { fields: 2000, forms: 500, thirdParties: 500 } as const;

const TAGS: readonly ControlTag[] = ['input', 'select', 'textarea', 'contenteditable'];
const METHODS: readonly FormMethod[] = ['get', 'post', 'dialog'];
const VIAS: readonly ResourceVia[] = ['script', 'frame', 'image', 'beacon', 'stylesheet', 'other'];

const text = (v: unknown, max?: number): PageText => pageText(typeof v === 'string' ? v : '', max);
/** An id, name or path names one element on the page: kept exactly (a trailing space is part of an id). */
const exact = (v: unknown, max: number): PageText => exactPageText(typeof v === 'string' ? v : '', max);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;

function field(raw: unknown, formCount: number): FieldReport | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const f = raw as Record<string, unknown>;
  if (!isFieldKind(f.kind)) return null;
  const form =
    typeof f.form === 'number' && Number.isInteger(f.form) && f.form >= 0 && f.form < formCount ? f.form : -1;
  const out: FieldReport = {
    kind: f.kind,
    sensitivity: SENSITIVITY[f.kind],
    label: text(f.label),
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

function form(raw: unknown): FormReport | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const f = raw as Record<string, unknown>;
  return {
    action: safeUrl(typeof f.action === 'string' ? f.action : ''),
    method: oneOf(f.method, METHODS, 'get'),
    sensitive: f.sensitive === true,
  };
}

function observation(raw: unknown): ThirdPartyObservation | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const o = raw as Record<string, unknown>;
  if (typeof o.host !== 'string' || !/^[a-z0-9.:[\]-]{1,253}$/i.test(o.host)) return null;
  return { host: text(o.host.toLowerCase(), 253), via: oneOf(o.via, VIAS, 'other') };
}

export function sanitizeFrameReport(raw: unknown): FrameReport | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const forms = (Array.isArray(r.forms) ? r.forms.slice(0, REPORT_LIMITS.forms) : []).map(form);
  const keptForms = forms.map((f) => f ?? { action: text(''), method: 'get' as const, sensitive: false });
  const fields = (Array.isArray(r.fields) ? r.fields.slice(0, REPORT_LIMITS.fields) : [])
    .map((f) => field(f, keptForms.length))
    .filter((f): f is FieldReport => f !== null);
  const thirdParties = (Array.isArray(r.thirdParties) ? r.thirdParties.slice(0, REPORT_LIMITS.thirdParties) : [])
    .map(observation)
    .filter((o): o is ThirdPartyObservation => o !== null);
  const over =
    (Array.isArray(r.fields) && r.fields.length > REPORT_LIMITS.fields) ||
    (Array.isArray(r.forms) && r.forms.length > REPORT_LIMITS.forms);
  return {
    url: safeUrl(typeof r.url === 'string' ? r.url : ''),
    fields,
    forms: keptForms,
    thirdParties,
    truncated: r.truncated === true || over,
  };
}
