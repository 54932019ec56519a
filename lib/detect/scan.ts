// scanRoot: every field on a page (light DOM, open shadow roots, same-origin frames) that asks for health
// data or an identity number, within resource limits.
import type { FramePolicy } from './collect-controls';
import type { DetectedField } from './detect-units';
import { resolveLimits, type ScanLimits } from './limits';
import { ScanState, type ScanDetail } from './scan-state';

export type { DetectedField } from './detect-units';
export type { ScanLimits } from './limits';
export type { FramePolicy } from './collect-controls';
export type { ScanDetail } from './scan-state';

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

/** scanRoot with the bookkeeping a watcher needs (group members, frames met). */
export function scanDetail(root: Document | ShadowRoot | Element, options?: ScanOptions): ScanDetail {
  return new ScanState(resolveLimits(options?.limits), options?.frames ?? 'all').run(root);
}

export function scanRoot(root: Document | ShadowRoot | Element, options?: ScanOptions): ScanResult {
  const { fields, roots, truncated } = scanDetail(root, options);
  return { fields, roots, truncated };
}
