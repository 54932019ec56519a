// watchFields: keeps the detected fields of a document current as the page changes. A batch of mutations
// (debounced) re-examines only the controls inside added or changed subtrees, those whose label text changed,
// and their group neighbours, and drops fields whose element left the page. Observers live in watch-roots.ts.
import type { FramePolicy } from './collect-controls';
import { ACCEPT_SCORE, classifyField } from './classify-field';
import { MedicalContext, buildUnits, classifyUnits, toDetected, type DetectedField } from './detect-units';
import { resolveLimits, type ScanLimits } from './limits';
import { scanDetail } from './scan';
import type { Unit } from './split-fields';
import { touchedControls } from './watch-batch';
import { RootWatch } from './watch-roots';

export type { DetectedField } from './detect-units';

export interface WatchOptions {
  debounceMs?: number;
  limits?: Partial<ScanLimits>;
  frames?: FramePolicy;
}

/** Beyond this many changed nodes in one batch, a full rescan is cheaper than sorting out the pieces. */
const FULL_RESCAN = 400;
const MAX_PENDING = 2000;

interface Batch {
  subtrees: Set<Element>;
  changed: Set<Element>;
  texts: Set<Element>;
}

const emptyBatch = (): Batch => ({ subtrees: new Set(), changed: new Set(), texts: new Set() });

function sameReport(a: DetectedField, b: DetectedField): boolean {
  const x = a.report;
  const y = b.report;
  return x.kind === y.kind && x.label === y.label && x.path === y.path && x.type === y.type && a.form === b.form;
}

export function watchFields(
  root: Document,
  onChange: (fields: DetectedField[], truncated: boolean) => void,
  options?: WatchOptions,
): { stop(): void; current(): DetectedField[]; roots(): Array<Document | ShadowRoot>; truncated(): boolean } {
  const limits = resolveLimits(options?.limits);
  const frames = options?.frames ?? 'all';
  const debounceMs = options?.debounceMs ?? 250;
  const view = root.defaultView;
  const schedule = (fn: () => void, ms: number) => (view ? view.setTimeout(fn, ms) : setTimeout(fn, ms));
  const cancel = (id: number | ReturnType<typeof setTimeout>) =>
    view ? view.clearTimeout(id as number) : clearTimeout(id);

  let fields = new Map<Element, DetectedField>();
  /** Every control a detected field stands for (group members) → the field's element. */
  let members = new Map<Element, Element>();
  let pending: Unit[] = [];
  let truncated = false;
  const medical = new MedicalContext();
  let batch = emptyBatch();
  let removed = false;
  let timer: number | ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const ids = new WeakMap<Element, number>();
  let nextId = 0;
  const idOf = (el: Element) => {
    let id = ids.get(el);
    if (id === undefined) ids.set(el, (id = nextId++));
    return id;
  };
  const signature = () =>
    [...fields.values()]
      .map((f) => `${idOf(f.element)}:${f.report.kind}`)
      .sort()
      .join(',');
  const current = () => [...fields.values()];

  const later = () => {
    if (!stopped && timer === null) timer = schedule(flush, debounceMs);
  };
  const watcher = new RootWatch(view, {
    records: onRecords,
    grew(el) {
      batch.subtrees.add(el);
      later();
    },
  });

  function remember(
    found: readonly DetectedField[],
    groups: Map<Element, Element[]>,
    previous: Map<Element, DetectedField>,
  ): void {
    for (const f of found) {
      const old = previous.get(f.element);
      fields.set(f.element, old && sameReport(old, f) ? old : f);
      for (const m of groups.get(f.element) ?? [f.element]) members.set(m, f.element);
    }
  }

  function fullScan(): void {
    const r = scanDetail(root, { limits, frames }, medical);
    const previous = fields;
    fields = new Map();
    members = new Map();
    remember(r.fields, r.members, previous);
    pending = r.pending.slice(0, MAX_PENDING);
    truncated = r.truncated;
    watcher.adopt(r.roots, r.frames);
  }

  function onRecords(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'childList') {
        if (r.removedNodes.length > 0) removed = true;
        for (const n of Array.from(r.addedNodes)) {
          if (n.nodeType === 1) batch.subtrees.add(n as Element);
          else if (n.parentElement) batch.texts.add(n.parentElement);
        }
        if (r.target.nodeType === 1 && r.addedNodes.length + r.removedNodes.length > 0)
          batch.texts.add(r.target as Element);
      } else if (r.type === 'characterData') {
        const p = (r.target as CharacterData).parentElement;
        if (p) batch.texts.add(p);
      } else if (r.target.nodeType === 1) {
        batch.changed.add(r.target as Element);
      }
    }
    later();
  }

  function flush(): void {
    timer = null;
    if (stopped) return;
    const before = signature();
    const work = batch;
    batch = emptyBatch();
    if (removed) {
      removed = false;
      for (const [el] of fields) if (!el.isConnected) fields.delete(el);
      for (const [m] of members) if (!m.isConnected) members.delete(m);
      pending = pending.filter((u) => u.element.isConnected);
      watcher.prune();
    }
    if (work.subtrees.size + work.changed.size + work.texts.size > FULL_RESCAN) fullScan();
    else incremental(work);
    if (signature() !== before) onChange(current(), truncated);
  }

  function incremental(work: Batch): void {
    const touched = touchedControls(work.subtrees, work.changed, work.texts, limits, frames);
    watcher.adopt(touched.roots, touched.frames);
    if (touched.truncated) truncated = true;
    if (touched.controls.length === 0) return;
    const previous = new Map<Element, DetectedField>();
    const touchedSet = new Set(touched.controls);
    for (const c of touched.controls) {
      const owner = members.get(c) ?? (fields.has(c) ? c : null);
      const old = owner ? fields.get(owner) : undefined;
      if (owner && old) {
        previous.set(owner, old);
        fields.delete(owner);
      }
    }
    pending = pending.filter((u) => !u.members.some((m) => touchedSet.has(m)));
    const knew = medical.version;
    const groups = new Map<Element, Element[]>();
    const found: DetectedField[] = [];
    for (const c of classifyUnits(buildUnits(touched.controls, limits), medical)) {
      if (!c.kind) {
        if (!c.unit.descriptor.medicalContext && pending.length < MAX_PENDING) pending.push(c.unit);
        continue;
      }
      found.push(toDetected(c.unit, c.kind));
      groups.set(c.unit.element, c.unit.members);
    }
    remember(found, groups, previous);
    if (medical.version > knew) revisitPending();
  }

  /** The page just showed it is about health care: weakly named fields seen earlier get their second look. */
  function revisitPending(): void {
    const still: Unit[] = [];
    const groups = new Map<Element, Element[]>();
    const found: DetectedField[] = [];
    for (const u of pending) {
      if (!u.element.isConnected) continue;
      if (!medical.has(u.element.ownerDocument)) {
        still.push(u);
        continue;
      }
      u.descriptor.medicalContext = true;
      const r = classifyField(u.descriptor);
      if (r && r.score >= ACCEPT_SCORE) {
        found.push(toDetected(u, r.kind));
        groups.set(u.element, u.members);
      }
    }
    pending = still;
    remember(found, groups, new Map());
  }

  fullScan();
  return {
    stop() {
      stopped = true;
      if (timer !== null) cancel(timer);
      watcher.stop();
    },
    current,
    /** The last scan hit a limit (see ScanLimits) and the fields are only part of the page's. */
    truncated: () => truncated,
    /** The documents and shadow roots being watched (the top document first). */
    roots: () => watcher.roots(),
  };
}
