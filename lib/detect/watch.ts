// watchFields: keeps the detected fields of a document current as the page changes. After a batch of mutations
// settles (debounced), the fields are exactly what a fresh scanRoot of the document would find: the control list
// is walked again, and only the controls whose description read something the batch changed are described again
// (dep-index.ts, scan-state.ts). Observers live in watch-roots.ts.
import { collectControls, type FramePolicy } from './collect-controls';
import { DepIndex } from './dep-index';
import type { DetectedField } from './detect-units';
import { exactPageText } from '../report/page-text';
import { resolveLimits, type ScanLimits } from './limits';
import { ScanState } from './scan-state';
import { RootWatch } from './watch-roots';
import { get } from '../dom/read';

export type { DetectedField } from './detect-units';

export interface WatchOptions {
  debounceMs?: number;
  limits?: Partial<ScanLimits>;
  frames?: FramePolicy;
}

/** Beyond this many records in one batch, describing everything again is cheaper than sorting out the pieces. */
const FULL_RESCAN = 2000;

function sameReport(a: DetectedField, b: DetectedField): boolean {
  const x = a.report;
  const y = b.report;
  return x.kind === y.kind && x.label === y.label && x.path === y.path && x.type === y.type && a.form === b.form;
}

export interface FieldWatch {
  stop(): void;
  /**
   * Brings the fields up to date now with every change made so far, instead of after the debounce: what the
   * pre-submit check needs before it judges a form, and what tests call instead of waiting.
   */
  flush(): void;
  current(): DetectedField[];
  roots(): Array<Document | ShadowRoot>;
  truncated(): boolean;
}

export function watchFields(
  root: Document,
  onChange: (fields: DetectedField[], truncated: boolean) => void,
  options?: WatchOptions,
): FieldWatch {
  const limits = resolveLimits(options?.limits);
  const frames = options?.frames ?? 'all';
  const debounceMs = options?.debounceMs ?? 250;
  const view = get(root, 'defaultView');
  const schedule = (fn: () => void, ms: number) => (view ? view.setTimeout(fn, ms) : setTimeout(fn, ms));
  const cancel = (id: number | ReturnType<typeof setTimeout>) =>
    view ? view.clearTimeout(id as number) : clearTimeout(id);

  const deps = new DepIndex(limits, frames);
  const state = new ScanState(limits, frames, deps);
  let fields = new Map<Element, DetectedField>();
  let truncated = false;
  let records: MutationRecord[] = [];
  let overflow = false;
  let grown = new Set<Element>();
  let timer: number | ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const current = () => [...fields.values()];

  const later = () => {
    if (!stopped && timer === null) timer = schedule(flush, debounceMs);
  };
  const watcher = new RootWatch(view, {
    records(list) {
      if (records.length + list.length > FULL_RESCAN) overflow = true;
      else records.push(...list);
      for (const r of list)
        for (const n of Array.from(r.addedNodes)) if (get(n, 'nodeType') === 1) watcher.added(n as Element);
      later();
    },
    grew(el) {
      grown.add(el);
      later();
    },
  });

  /** Scans again; whether a field came, went or reads differently (the order of fields aside). */
  function run(walk = true): boolean {
    const r = state.run(root, walk);
    const previous = fields;
    fields = new Map();
    let changed = r.fields.length !== previous.size;
    for (const f of r.fields) {
      const old = previous.get(f.element);
      const same = old !== undefined && sameReport(old, f);
      if (!same) changed = true;
      fields.set(f.element, same ? old : f);
    }
    if (r.truncated !== truncated) changed = true;
    truncated = r.truncated;
    watcher.prune();
    watcher.adopt(r.roots, r.frames);
    return changed;
  }

  /** Nothing a field's description read changed, but its path may have (a sibling added above it, an id). */
  function refreshPaths(): boolean {
    let changed = false;
    for (const [el, f] of fields) {
      const path = exactPageText(state.pathOf(el));
      if (path === f.report.path) continue;
      fields.set(el, { ...f, report: { ...f.report, path } });
      changed = true;
    }
    return changed;
  }

  function flush(): void {
    timer = null;
    if (stopped) return;
    let changed: boolean;
    const batch = records;
    const grew = grown;
    records = [];
    grown = new Set();
    if (overflow) {
      overflow = false;
      state.reset();
      changed = run();
    } else {
      const a = deps.affected(batch);
      if (a.paths) state.repath(a.ids);
      state.labelsTouched(a.forKeys, a.labels);
      // A frame that loaded, a custom element that upgraded: what is under it is new or newly rendered.
      for (const el of grew) for (const c of collectControls(el, limits, frames).controls) a.controls.add(c);
      if (a.controls.size > 0 || a.fillability.size > 0 || a.structural || grew.size > 0) {
        if (a.layout) state.recheckAll();
        state.recheck(a.fillability);
        state.invalidate(a.controls);
        // Subtrees that came or went patch the control list; anything else about it walks the page again.
        const walk = grew.size > 0 || (a.structural && (a.rewalk || !state.patch(root, a)));
        changed = run(walk);
      } else if (a.paths) changed = refreshPaths();
      else return;
    }
    if (changed) onChange(current(), truncated);
  }

  run();
  return {
    stop() {
      stopped = true;
      if (timer !== null) cancel(timer);
      watcher.stop();
    },
    flush() {
      if (stopped) return;
      watcher.takeRecords();
      if (timer !== null) cancel(timer);
      flush();
    },
    current,
    /** The last scan hit a limit (see ScanLimits) and the fields are only part of the page's. */
    truncated: () => truncated,
    /** The documents and shadow roots being watched (the top document first). */
    roots: () => watcher.roots(),
  };
}
