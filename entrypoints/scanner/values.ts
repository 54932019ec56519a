// Recognises identifiers from what a person types, without keeping it: the value is read inside the event
// handler, handed to the pure recogniser, and only the resulting kind and scheme are remembered (per element,
// in a WeakMap). Only trusted events count: a page faking input events cannot make us flag anything.
import { mightBeIdentifier, recognizeIdentifier, resolveFieldKind } from '../../lib/ids';
import { KINDS, type FieldKind } from '../../lib/kinds/field-kinds';
import { MAX_ANSWER_LENGTH } from '../../lib/sends/normalise';
import { get } from '../../lib/dom/read';

export interface ValueKind {
  kind: FieldKind;
  scheme: string;
}

export interface ValueWatch {
  kindOf(el: Element): ValueKind | undefined;
  /** Controls whose typed value was recognised as an identifier (still in the page). */
  recognised(): Element[];
  isFilled(el: Element): boolean;
  /** Attach to windows of frames found since the last call. */
  refresh(): void;
  stop(): void;
}

const DEBOUNCE_MS = 200;
const MAX_READ = 64;

// Checked by tag name, not instanceof: controls in same-origin frames belong to another window's classes.
const NOT_TEXT = new Set([
  'password',
  'hidden',
  'file',
  'checkbox',
  'radio',
  'submit',
  'button',
  'image',
  'reset',
  'color',
  'range',
]);

function readValue(el: Element): string | null {
  if (get(el, 'localName') === 'input') {
    const input = el as HTMLInputElement;
    return NOT_TEXT.has(get(input, 'type')) ? null : get(input, 'value').slice(0, MAX_READ);
  }
  if (get(el, 'localName') === 'textarea') return get(el as HTMLTextAreaElement, 'value').slice(0, MAX_READ);
  if (get(el as HTMLElement, 'isContentEditable')) return (get(el, 'textContent') ?? '').slice(0, MAX_READ);
  return null;
}

export function hasValue(el: Element): boolean {
  if (get(el, 'localName') === 'input') {
    const input = el as HTMLInputElement;
    if (get(input, 'type') === 'checkbox' || get(input, 'type') === 'radio') return get(input, 'checked');
    if (get(input, 'type') === 'file') return (get(input, 'files')?.length ?? 0) > 0;
    return get(input, 'value') !== '';
  }
  if (get(el, 'localName') === 'textarea' || get(el, 'localName') === 'select')
    return get(el as HTMLTextAreaElement, 'value') !== '';
  if (get(el as HTMLElement, 'isContentEditable')) return (get(el, 'textContent') ?? '').trim() !== '';
  return false;
}

/** A health answer typed into a health field, read whole (a longer answer is not matched). */
function readAnswer(el: Element): string | null {
  const tag = get(el, 'localName');
  if (tag !== 'input' && tag !== 'textarea') return null;
  if (tag === 'input' && NOT_TEXT.has(get(el as HTMLInputElement, 'type'))) return null;
  const value = get(el as HTMLInputElement, 'value');
  return value.length <= MAX_ANSWER_LENGTH * 2 ? value : null;
}

/**
 * `onRecognised` hears of each value recognised in a sensitive field (an identifier, or an answer in a health
 * field), with its kind, at the moment it is read: it must keep nothing but a keyed digest (scanner/sends.ts).
 */
export function watchValues(
  windows: () => Window[],
  labelOf: (el: Element) => { label: string; kind: FieldKind | null },
  onChange: () => void,
  onRecognised: (el: Element, kind: FieldKind, value: string) => void = () => undefined,
): ValueWatch {
  const kinds = new WeakMap<Element, ValueKind>();
  const withKind = new Set<Element>();
  const filled = new WeakSet<Element>();
  const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

  const examine = (el: Element) => {
    const before = kinds.get(el);
    const wasFilled = filled.has(el);
    if (hasValue(el)) filled.add(el);
    else filled.delete(el);
    const value = readValue(el);
    let next: ValueKind | undefined;
    if (value && mightBeIdentifier(value)) {
      const { label, kind } = labelOf(el);
      next = resolveFieldKind(kind, recognizeIdentifier(value, { label })) ?? undefined;
    }
    if (next && value) onRecognised(el, next.kind, value);
    else {
      const labelled = labelOf(el).kind;
      if (labelled && KINDS[labelled].medical && !KINDS[labelled].identifier) {
        const answer = readAnswer(el);
        if (answer) onRecognised(el, labelled, answer);
      }
    }
    if (next) {
      kinds.set(el, next);
      withKind.add(el);
    } else {
      kinds.delete(el);
      withKind.delete(el);
    }
    if (before?.kind !== next?.kind || before?.scheme !== next?.scheme || wasFilled !== filled.has(el)) onChange();
  };

  const onEvent = (event: Event) => {
    if (!event.isTrusted) return;
    const target = event.composedPath()[0] as Element | undefined;
    if (!target || get(target, 'nodeType') !== 1) return;
    const pending = timers.get(target);
    if (pending) clearTimeout(pending);
    timers.set(
      target,
      setTimeout(() => examine(target), DEBOUNCE_MS),
    );
  };

  // Listeners go on our own window and on the windows of script-less same-origin frames we scan.
  const attached = new Set<Window>();
  const attach = () => {
    for (const win of windows()) {
      if (attached.has(win)) continue;
      attached.add(win);
      for (const type of ['input', 'change', 'paste']) win.addEventListener(type, onEvent, { capture: true });
    }
  };
  attach();
  return {
    kindOf: (el) => kinds.get(el),
    recognised: () => {
      for (const el of withKind) if (!get(el, 'isConnected')) withKind.delete(el);
      return [...withKind];
    },
    isFilled: (el) => filled.has(el) || hasValue(el),
    refresh: attach,
    stop: () => {
      for (const win of attached)
        for (const type of ['input', 'change', 'paste']) win.removeEventListener(type, onEvent, { capture: true });
      attached.clear();
    },
  };
}
