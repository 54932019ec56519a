// scanRoot: every field on a page (light DOM, open shadow roots, same-origin frames) that asks for health
// data or an identity number, within resource limits.
import { collectControls, type FramePolicy } from './collect-controls';
import { MedicalContext, buildUnits, classifyUnits, toDetected, type DetectedField } from './detect-units';
import type { Unit } from './split-fields';
import { resolveLimits, type ScanLimits } from './limits';

export type { DetectedField } from './detect-units';
export type { ScanLimits } from './limits';
export type { FramePolicy } from './collect-controls';

export interface ScanResult {
  fields: DetectedField[];
  roots: Array<Document | ShadowRoot>;
  truncated: boolean;
}

export interface ScanOptions {
  limits?: Partial<ScanLimits>;
  /** Frames to enter: all same-origin frames (default), only script-less ones (about:blank, srcdoc), or none. */
  frames?: FramePolicy;
}

export interface ScanDetail extends ScanResult {
  /** The controls each field stands for (a group's members, a split date's parts). */
  members: Map<Element, Element[]>;
  /** Frame elements met, for watchers that follow their loads. */
  frames: Element[];
  /** Units that found no kind without a health context; a watcher re-reads them when one appears. */
  pending: Unit[];
}

/** scanRoot with the bookkeeping a watcher needs; `medical` carries "this page is about health care". */
export function scanDetail(
  root: Document | ShadowRoot | Element,
  options?: ScanOptions,
  medical = new MedicalContext(),
): ScanDetail {
  const limits = resolveLimits(options?.limits);
  const collected = collectControls(root, limits, options?.frames ?? 'all');
  const detail: ScanDetail = {
    fields: [],
    roots: collected.roots,
    truncated: collected.truncated,
    members: new Map(),
    frames: collected.frames,
    pending: [],
  };
  if (collected.controls.length === 0) return detail;
  for (const c of classifyUnits(buildUnits(collected.controls, limits), medical)) {
    if (!c.kind) {
      if (!c.unit.descriptor.medicalContext) detail.pending.push(c.unit);
      continue;
    }
    detail.fields.push(toDetected(c.unit, c.kind));
    detail.members.set(c.unit.element, c.unit.members);
  }
  return detail;
}

export function scanRoot(root: Document | ShadowRoot | Element, options?: ScanOptions): ScanResult {
  const { fields, roots, truncated } = scanDetail(root, options);
  return { fields, roots, truncated };
}
