// A field made of several controls (a radio or checkbox group, a date split over day/month/year, a number
// split over boxes) is described once: the question a person reads for the whole group, and the captions.
import { commonAncestor } from './dom-near';
import { clip, isMeaningful, textOf } from './dom-text';
import { describeField } from './describe-field';
import { explicitLabels } from './explicit-labels';
import { labelsWithFor } from './label-index';
import type { FieldDescriptor } from './field-descriptor';
import { followingText, inferLabel } from './infer-label';
import type { ScanLimits } from './limits';
import { call, get } from '../dom/read';

/** `<label for="jk">Sex</label>` above radios named "jk" (SIMRS markup): the group's question. */
function labelForName(el: Element, max: number): string {
  const name = call(el, 'getAttribute', 'name');
  if (!name || name.length > 200) return '';
  const root = call(el, 'getRootNode') as Document | ShadowRoot;
  if (typeof get(root, 'querySelectorAll') !== 'function') return '';
  const label = labelsWithFor(root, name)[0];
  return label && !call(label, 'contains', el) ? textOf(label, max) : '';
}

function caption(el: Element, max: number): string {
  const own = explicitLabels(el, max).near;
  if (isMeaningful(own)) return own;
  return followingText(el, max);
}

/** Radio/checkbox group: the question becomes the label, the captions become the options. */
export function describeChoiceGroup(members: readonly Element[], limits: ScanLimits): FieldDescriptor {
  const first = members[0]!;
  const max = limits.maxTextPerField;
  const d = describeField(first, limits);
  const captions: string[] = [];
  for (let i = 0; i < members.length && i < 60; i++) captions.push(clip(caption(members[i]!, 80), 80));
  d.options = captions;
  d.members = members.length;
  d.following = '';
  d.label = labelForName(first, max);
  d.farLabel = '';
  d.inferred = inferLabel(first, max);
  if (!isMeaningful(d.inferred)) {
    const box = commonAncestor(members);
    if (box) d.inferred = inferLabel(box, max);
  }
  return d;
}

/** A date or number split over several boxes: the first box's description, with the group's question. */
export function describeSplit(
  base: FieldDescriptor,
  members: readonly Element[],
  limits: ScanLimits,
  partWords: (s: string) => boolean,
): FieldDescriptor {
  const d: FieldDescriptor = { ...base, members: members.length };
  const max = limits.maxTextPerField;
  const own = [d.label, d.inferred, d.aria, d.placeholder].filter((t) => isMeaningful(t) && !partWords(t));
  if (own.length === 0) {
    if (partWords(d.label)) d.label = '';
    if (partWords(d.inferred)) d.inferred = '';
    if (partWords(d.aria)) d.aria = '';
    // The parts ask one question: when the first says only which part it is ("Birth Month" as its first
    // option, nothing else), a later part's own caption ("Day", aria-label "Birthday") asks it for the group.
    const asked = askedByPart(members, limits, partWords);
    const box = asked === '' ? commonAncestor(members) : null;
    d.inferred = asked !== '' ? asked : box ? inferLabel(box, max) : d.inferred;
    d.inferredFar = false;
    d.inferredRow = false;
  }
  d.following = '';
  return d;
}

/** The first own caption of a later part that is more than a part's name ("Day", "YYYY"). */
function askedByPart(members: readonly Element[], limits: ScanLimits, partWords: (s: string) => boolean): string {
  for (let i = 1; i < members.length; i++) {
    const m = describeField(members[i]!, limits);
    const inferred = m.inferredFar ? '' : m.inferred;
    const caption = [m.label, m.aria, inferred, m.placeholder].find((t) => isMeaningful(t) && !partWords(t));
    if (caption !== undefined) return caption;
  }
  return '';
}
