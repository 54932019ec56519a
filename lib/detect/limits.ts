// Resource limits for a scan: hostile or huge pages (50,000 controls, deep shadow trees, megabyte labels)
// cost a bounded amount, and the result says when it was cut short.

export interface ScanLimits {
  /**
   * Controls a person can fill (rendered, enabled) described per scan; beyond it the result is `truncated`. Hidden,
   * disabled and decoy controls do not count against it, so a page cannot push its real fields out of reach by
   * putting thousands of those first; they are bounded separately (candidatesFor).
   */
  maxControls: number;
  /** Nesting of shadow roots and frames followed. */
  maxDepth: number;
  /** Characters of text read per source of a field's label. */
  maxTextPerField: number;
}

export const DEFAULT_LIMITS: Readonly<ScanLimits> = { maxControls: 5000, maxDepth: 32, maxTextPerField: 1000 };

export function resolveLimits(partial?: Partial<ScanLimits>): ScanLimits {
  const pick = (v: number | undefined, d: number) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : d;
  return {
    maxControls: pick(partial?.maxControls, DEFAULT_LIMITS.maxControls),
    maxDepth: pick(partial?.maxDepth, DEFAULT_LIMITS.maxDepth),
    maxTextPerField: Math.max(16, pick(partial?.maxTextPerField, DEFAULT_LIMITS.maxTextPerField)),
  };
}

/**
 * Controls looked at (whether fillable or not) per scan: checking that a control is hidden costs far less than
 * describing it, so a page may hold this many times more candidates than fillable controls before the scan stops.
 */
const CANDIDATES_PER_FILLABLE = 20;

export function candidatesFor(limits: ScanLimits): number {
  return limits.maxControls * CANDIDATES_PER_FILLABLE;
}
