// "Can a person fill this now?" — rendered (layout), not disabled, not read-only. Layout is read for all
// candidates in one batch by the caller, with no DOM writes in between, so the browser lays out at most once.
import { boundLabelsOf } from './label-index';
import { read } from './read-deps';
import { call, get, shadowHost } from '../dom/read';

function parentOrHost(node: Element): Element | null {
  const parent = get(node, 'parentElement');
  if (parent) return parent;
  return shadowHost(call(node, 'getRootNode'));
}

/** `hidden` or `inert` on the element or an ancestor (across shadow boundaries). */
function hiddenByAttribute(el: Element): boolean {
  for (let cur: Element | null = el, n = 0; cur && n < 200; cur = parentOrHost(cur), n++) {
    if (call(cur, 'hasAttribute', 'hidden') || call(cur, 'hasAttribute', 'inert')) return true;
  }
  return false;
}

type CheckVisibility = (options?: Record<string, boolean>) => boolean;

/** Rendered: not display:none / visibility:hidden here or above. Reads layout. */
export function isRendered(el: Element): boolean {
  if (hiddenByAttribute(el)) return false;
  const check = (el as Element & { checkVisibility?: CheckVisibility }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
  const owner = get(el, 'ownerDocument');
  const view = owner ? get(owner, 'defaultView') : null;
  if (!view) return true;
  for (let cur: Element | null = el; cur; cur = parentOrHost(cur)) {
    const style = view.getComputedStyle(cur);
    if (style.display === 'none') return false;
    if (cur === el && (style.visibility === 'hidden' || style.visibility === 'collapse')) return false;
  }
  return true;
}

const READONLY_APPLIES = new Set([
  'text',
  'search',
  'tel',
  'url',
  'email',
  'password',
  'number',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
]);

/** Not disabled (itself or by a disabled fieldset) and, where it applies, not read-only. */
export function isFillable(el: Element): boolean {
  const tag = get(el, 'localName');
  if (tag !== 'input' && tag !== 'select' && tag !== 'textarea') return true;
  if (get(el as HTMLInputElement, 'disabled') || call(el, 'hasAttribute', 'disabled')) return false;
  const parent = get(el, 'parentElement');
  for (let f = parent ? call(parent, 'closest', 'fieldset[disabled]') : null; f; f = null) {
    read('sub', f);
    // A control inside the first legend of a disabled fieldset stays enabled (HTML spec).
    const legend = call(f, 'querySelector', 'legend');
    if (!(legend && get(legend, 'parentElement') === f && call(legend, 'contains', el))) return false;
  }
  if (tag === 'select') return true;
  const type = tag === 'textarea' ? 'text' : (call(el, 'getAttribute', 'type') ?? 'text').toLowerCase();
  if (!READONLY_APPLIES.has(type) && tag !== 'textarea') return true;
  return !call(el, 'hasAttribute', 'readonly');
}

/** A file input hidden behind a styled button still counts when a visible `<label for>` opens it. */
export function openedByVisibleLabel(el: Element): boolean {
  for (const label of boundLabelsOf(el)) {
    read('layout', label);
    if (isRendered(label)) return true;
  }
  return false;
}
