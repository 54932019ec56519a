// The only DOM reader for a control: element → FieldDescriptor (strings the page declares, never a value).
import type { ControlTag } from '../report/types';
import { ariaText, explicitLabels } from './explicit-labels';
import { headingOf, legendOf } from './context-text';
import { clip, isMeaningful } from './dom-text';
import { emptyDescriptor, type FieldDescriptor } from './field-descriptor';
import { cellQuestion, followingText, inferLabel, inferLabelDetail } from './infer-label';
import { columnHeader } from './table-label';
import { pageTitleOf, perFormDuringScan } from './label-index';
import { resolveLimits, type ScanLimits } from './limits';
import { read } from './read-deps';
import { isGenericCaption, vocabulary } from './vocabulary';
import { call, get } from '../dom/read';

const MAX_OPTIONS = 80;
const SEARCH_NAMES =
  /^(q|s|query|search|searchterm|search_query|keyword|keywords|kata_kunci|katakunci|cari|search_text|searchtext)$/i;
const SEARCH_IDS = /^(search|query|keyword|keywords|searchbox|search[-_]input|search[-_]field|site[-_]search)$/i;

export function controlTag(el: Element): ControlTag {
  const tag = get(el, 'localName');
  if (tag === 'input' || tag === 'select' || tag === 'textarea') return tag;
  return 'contenteditable';
}

/** The input type as markup gives it (unknown types read as "text", like browsers do). */
export function controlType(el: Element): string {
  const tag = controlTag(el);
  if (tag !== 'input') return tag;
  const t = (call(el, 'getAttribute', 'type') ?? 'text').trim().toLowerCase();
  return KNOWN_TYPES.has(t) ? t : 'text';
}

const KNOWN_TYPES = new Set([
  'text',
  'search',
  'tel',
  'url',
  'email',
  'password',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
  'number',
  'range',
  'color',
  'checkbox',
  'radio',
  'file',
  'submit',
  'image',
  'reset',
  'button',
  'hidden',
]);

function attr(el: Element, name: string, max: number): string {
  const v = call(el, 'getAttribute', name);
  return v === null ? '' : clip(v, max);
}

/** An option's own text (options are declared by the page; what is selected is never read). */
function optionText(option: Element, max: number): string {
  let text = '';
  let n = 0;
  for (let c = get(option, 'firstChild'); c && n < 10 && text.length < max; c = get(c, 'nextSibling'), n++) {
    if (get(c, 'nodeType') === 3) text += get(c as Text, 'data').slice(0, max);
  }
  return clip(text, max);
}

function optionTexts(el: Element, max: number): string[] {
  if (get(el, 'localName') !== 'select') return [];
  const out: string[] = [];
  const options = get(el as HTMLSelectElement, 'options');
  const n = Math.min(options.length, MAX_OPTIONS);
  for (let i = 0; i < n; i++) {
    const o = options[i]!;
    const label = call(o, 'getAttribute', 'label');
    out.push(label !== null ? clip(label, 60) : optionText(o, Math.min(60, max)));
  }
  return out;
}

/**
 * A box right after a select or text box with nothing between them shares its label ("Patient Identifier:
 * [prefix ▾][number]"): a person reads the two as one field.
 */
function sharedLabel(el: Element, max: number): string {
  read('before', el);
  const prev = get(el, 'previousElementSibling');
  if (!prev || (get(prev, 'localName') !== 'select' && get(prev, 'localName') !== 'input')) return '';
  const t = (call(prev, 'getAttribute', 'type') ?? 'text').toLowerCase();
  if (get(prev, 'localName') === 'input' && t !== 'text' && t !== 'tel' && t !== 'number') return '';
  for (let n = get(prev, 'nextSibling'); n && n !== el; n = get(n, 'nextSibling')) {
    if (get(n, 'nodeType') !== 3 || /\S/.test(get(n as Text, 'data'))) return '';
  }
  const own = explicitLabels(prev, max).near;
  return isMeaningful(own) ? own : inferLabel(prev, max);
}

function isSearchBox(el: Element, type: string, name: string, id: string): boolean {
  if (type === 'search') return true;
  if (call(el, 'getAttribute', 'role') === 'searchbox') return true;
  if (SEARCH_NAMES.test(name) || SEARCH_IDS.test(id)) return true;
  if (call(el, 'closest', '[role=search],search')) return true;
  return inSearchForm(el);
}

/** Filters of a site search: a GET form holding a search box (recipe filters, product facets). */
function inSearchForm(el: Element): boolean {
  const form = get(el as HTMLInputElement, 'form') ?? call(el, 'closest', 'form');
  if (!form || (call(form, 'getAttribute', 'method') ?? 'get').toLowerCase() === 'post') return false;
  read('form', form);
  return perFormDuringScan(form, holdsSearchBox);
}

const SEARCH_BUTTON = /^\s*(search|cari|filter|find|telusuri|buscar|pesquisar)\s*$/i;

/**
 * The form holds a site-search box, or it is a filter form: declared `method="get"` and sent by a button that
 * says "Search" / "Cari" (a generated CRUD index's filter over records). Its boxes look records up; like a search
 * box they count only when they ask for an identifier (answered once per form during a scan).
 */
export function holdsSearchBox(form: Element): boolean {
  if (
    call(
      form,
      'querySelector',
      'input[type=search],input[name=q],input[name=s],input[name=search],input[name=keyword],input[name=query]',
    ) !== null
  )
    return true;
  if ((call(form, 'getAttribute', 'method') ?? '').trim().toLowerCase() !== 'get') return false;
  const buttons = call(form, 'querySelectorAll', 'button[type=submit],button:not([type]),input[type=submit]');
  for (const b of Array.from(buttons ?? [])) {
    const text =
      get(b, 'localName') === 'input' ? (call(b, 'getAttribute', 'value') ?? '') : (get(b, 'textContent') ?? '');
    if (SEARCH_BUTTON.test(text.slice(0, 40))) return true;
  }
  return false;
}

const MODEL = /^[A-Za-z_][\w-]*$/;
const INDEX = /^\d*$/;

/** `Model[a][b]` → ['Model', 'a', 'b']; null when the name is not written that way. */
function bracketParts(name: string): string[] | null {
  const open = name.indexOf('[');
  if (open <= 0 || !name.endsWith(']')) return null;
  const parts = [name.slice(0, open)];
  let i = open;
  while (i < name.length) {
    if (name[i] !== '[') return null;
    const close = name.indexOf(']', i + 1);
    if (close < 0) return null;
    parts.push(name.slice(i + 1, close));
    i = close + 1;
  }
  return parts;
}

/**
 * What the id and name say about this control alone. Frameworks name a control after the form's model and the
 * attribute (`Anamnesa[alergi_obat_pil]`, id `anamnesa-alergi_obat_pil`; Rails `patient[dob]`): the model part is
 * shared by every control of the form, so it names the form, not the field (a `Patient` form's "Religion ID" is
 * not a patient identifier, an `ArBpjs` form's "Reg Dept" not a BPJS number). The bracketed attribute is kept,
 * and an id that spells the same model as its prefix loses it too.
 */
export function ownNames(name: string, id: string): { name: string; id: string } {
  const all = bracketParts(name);
  if (!all || !MODEL.test(all[0]!)) return { name, id };
  const parts = all.slice(1).filter((p) => !INDEX.test(p) && !p.includes('['));
  if (parts.length === 0) return { name, id };
  const model = all[0]!.toLowerCase();
  const lower = id.toLowerCase();
  const prefixed = lower.length > model.length + 1 && (lower.startsWith(`${model}-`) || lower.startsWith(`${model}_`));
  return { name: parts.join(' '), id: prefixed ? id.slice(model.length + 1) : id };
}

export function describeField(element: Element, limits?: Partial<ScanLimits>): FieldDescriptor {
  const max = resolveLimits(limits).maxTextPerField;
  const tag = controlTag(element);
  const type = controlType(element);
  const d = emptyDescriptor(tag, type);
  const own = ownNames(attr(element, 'name', max), attr(element, 'id', max));
  d.id = own.id;
  d.name = own.name;
  d.autocomplete = attr(element, 'autocomplete', 100);
  d.inputmode = attr(element, 'inputmode', 20).toLowerCase();
  d.pattern = attr(element, 'pattern', 200);
  d.accept = attr(element, 'accept', 300);
  const ml = Number(call(element, 'getAttribute', 'maxlength'));
  d.maxLength = call(element, 'hasAttribute', 'maxlength') && Number.isFinite(ml) && ml > 0 ? ml : -1;
  d.isSearch = isSearchBox(element, type, d.name, d.id);
  const labels = explicitLabels(element, max);
  d.label = labels.near;
  d.farLabel = labels.far;
  d.aria = ariaText(element, max);
  d.placeholder = attr(element, 'placeholder', max);
  d.title = attr(element, 'title', max);
  // A bound label that names nothing ("Pilih file" on a styled upload button) leaves the caption beside it to say
  // what the control is for.
  if (d.label.length === 0 || isGenericCaption(d.label, vocabulary())) {
    const inferred = inferLabelDetail(element, max);
    d.inferred = inferred.text;
    d.inferredFar = inferred.far;
    d.inferredRow = inferred.row === true;
  }
  if (d.label.length === 0 && d.inferred.length === 0) d.inferred = sharedLabel(element, max);
  if ((type === 'checkbox' || type === 'radio') && d.inferred.length === 0) d.inferred = cellQuestion(element, max);
  if (type === 'checkbox' || type === 'radio' || tag === 'input' || tag === 'select')
    d.following = followingText(element, Math.min(max, 200));
  d.column = columnHeader(element, max);
  const legend = legendOf(element, max);
  d.legend = legend.text;
  d.legendOwn = legend.units === 1;
  d.heading = headingOf(element, Math.min(max, 300));
  d.pageTitle = clip(pageTitleOf(get(element, 'ownerDocument')), 300);
  d.options = optionTexts(element, max);
  return d;
}
