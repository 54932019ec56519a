// One scan, with its intermediate results kept: which controls can be filled, each field's description, each
// verdict. A fresh state is a fresh scan. A watcher keeps one state, tells it which controls a batch of DOM
// changes may have affected (dep-index.ts), and runs it again: the control list is walked again and grouping,
// split fields and the page's health context are worked out again over all of it (they are cheap and depend on
// the whole page), while descriptions and verdicts are reused wherever nothing they read changed. So a watcher
// holds exactly what a fresh scan finds, without describing the page again on every change.
import type { Classification } from './classify-field';
import { classifyField } from './classify-field';
import { collectControls, type Collected, type FramePolicy } from './collect-controls';
import { cssPath, idSelector } from './css-path';
import type { DepIndex } from './dep-index';
import { patchControls, type ListChange } from './patch-controls';
import { describeChoiceGroup, describeSplit } from './describe-group';
import { describeField } from './describe-field';
import { classifyUnits, toDetected, type DetectedField } from './detect-units';
import type { FieldDescriptor } from './field-descriptor';
import type { FieldKind } from '../kinds/field-kinds';
import { KeptLabelIndexes, withLabelIndex } from './label-index';
import type { ScanLimits } from './limits';
import { readsTo } from './read-deps';
import { groupChoices, inputType, mergeSplitFields, type Unit } from './split-fields';
import { vocabulary } from './vocabulary';
import { isFillable, isRendered, openedByVisibleLabel } from './visibility';
import { call, get } from '../dom/read';

export interface ScanDetail {
  fields: DetectedField[];
  roots: Array<Document | ShadowRoot>;
  truncated: boolean;
  /** The controls each field stands for (a group's members, a split date's parts). */
  members: Map<Element, Element[]>;
  /** Frame elements met, for watchers that follow their loads. */
  frames: Element[];
}

interface Cached {
  members: readonly Element[];
  base?: FieldDescriptor;
  what?: 'date' | 'number';
  d: FieldDescriptor;
}

const sameList = (a: readonly Element[], b: readonly Element[]) =>
  a.length === b.length && a.every((e, i) => e === b[i]);

export class ScanState {
  private readonly fill = new Map<Element, boolean>();
  /** Each control's input type: its `type` changes only with a record that invalidates it. */
  private readonly types = new Map<Element, string>();
  private readonly single = new Map<Element, FieldDescriptor>();
  private readonly group = new Map<Element, Cached>();
  private readonly split = new Map<Element, Cached>();
  private readonly verdicts = new WeakMap<FieldDescriptor, Array<Classification | null | undefined>>();
  private readonly paths = new Map<Element, { path: string; id: string | null }>();
  /** Fields whose path is their own id (`#nik`), by that id; and those whose path goes through other elements. */
  private readonly idPaths = new Map<string, Set<Element>>();
  private readonly placedPaths = new Set<Element>();
  /** The last field reported for each control, reused while its description, kind and path stay the same. */
  private readonly reported = new Map<Element, { d: FieldDescriptor; field: DetectedField }>();
  private last: Collected | null = null;
  /** Controls whose description must be read again in the next run. */
  private readonly stale = new Set<Element>();
  private known = new Set<Element>();
  /** Kept from run to run; labelsTouched says which entries a batch made stale. */
  private readonly labels = new KeptLabelIndexes();

  constructor(
    private readonly limits: ScanLimits,
    private readonly frames: FramePolicy,
    private readonly deps: DepIndex | null = null,
  ) {}

  /** These controls' descriptions may have changed. */
  invalidate(controls: Iterable<Element>): void {
    for (const c of controls) {
      this.stale.add(c);
      this.fill.delete(c);
      this.types.delete(c);
      this.single.delete(c);
      this.deps?.forget(c);
    }
  }

  /** Labels with these `for` values came, went or were renamed; `labels` came or were renamed. */
  labelsTouched(keys: Iterable<string>, labels: Iterable<Element>): void {
    this.labels.touch(keys, labels);
  }

  /** These controls may have been shown, hidden, enabled or disabled. */
  recheck(controls: Iterable<Element>): void {
    for (const c of controls) this.fill.delete(c);
  }

  /** Style sheets changed: any control may have been shown or hidden. */
  recheckAll(): void {
    this.fill.clear();
  }

  /**
   * Elements came or went, or ids changed (`ids`: those of the elements that came or went, and the old and new
   * values of changed ids): paths must be worked out again. A path that is the element's own id (`#nik`) names the
   * first element with that id, which only an element with that id coming, going or being renamed can change (a
   * move is a removal and an addition): it is kept. A path through ancestors or siblings is worked out again.
   */
  repath(ids: ReadonlySet<string>): void {
    for (const el of this.placedPaths) this.paths.delete(el);
    this.placedPaths.clear();
    for (const id of ids) {
      for (const el of this.idPaths.get(id) ?? []) this.paths.delete(el);
      this.idPaths.delete(id);
    }
  }

  /**
   * Brings the control list of the previous run up to date after a batch that only added or removed plain
   * subtrees (patchControls), for a `run(root, false)`; false when it must be walked again instead.
   */
  patch(root: Document, change: ListChange): boolean {
    const next = this.last && patchControls(this.last, root, change, this.limits);
    if (!next) return false;
    for (const c of [...change.departed, ...change.arrived]) {
      if (next.reached.has(c)) this.known.add(c);
      else if (this.known.delete(c)) this.drop(c);
    }
    this.last = next.collected;
    return true;
  }

  reset(): void {
    this.fill.clear();
    this.types.clear();
    this.single.clear();
    this.group.clear();
    this.split.clear();
    this.stale.clear();
    this.known.clear();
    this.labels.clear();
    this.paths.clear();
    this.idPaths.clear();
    this.placedPaths.clear();
    this.reported.clear();
    this.last = null;
    this.deps?.clear();
  }

  /**
   * Scans `root`. `walk: false` reuses the control list of the previous run, for a batch that cannot have added,
   * removed or reordered controls (or shown or hidden a frame).
   */
  run(root: Document | ShadowRoot | Element, walk = true): ScanDetail {
    let collected = walk ? null : this.last;
    if (!collected) {
      collected = collectControls(root, this.limits, this.frames);
      const present = new Set(collected.controls);
      for (const c of this.known) if (!present.has(c)) this.drop(c);
      this.known = present;
      this.labels.keepOnly(collected.roots);
      this.last = collected;
    }
    const detail: ScanDetail = {
      fields: [],
      roots: collected.roots,
      truncated: collected.truncated,
      members: new Map(),
      frames: collected.frames,
    };
    if (collected.controls.length > 0) {
      const fillable = this.fillable(collected.controls);
      if (fillable.length > this.limits.maxControls) {
        fillable.length = this.limits.maxControls;
        detail.truncated = true;
      }
      withLabelIndex(() => {
        const units = mergeSplitFields(
          groupChoices(fillable, (el) => this.typeOf(el)).flatMap((members) => this.unitOrNone(members)),
          vocabulary(),
          this.limits,
          (base, members, what, partWords) => this.describeSplit(base, members, what, partWords),
        );
        for (const c of classifyUnits(units, (d) => this.verdict(d))) {
          if (!c.kind) continue;
          const field = isolated(() => this.detected(c.unit, c.kind!));
          if (!field) continue;
          detail.fields.push(field);
          detail.members.set(c.unit.element, c.unit.members);
        }
      }, this.labels);
    }
    this.stale.clear();
    return detail;
  }

  /**
   * The field as reported. Everything in it comes from the description (whose reads the dependency index follows),
   * the kind and the path, except the owning form: a control changes form only by moving (it is then in an added
   * subtree and described again) or by its `form` attribute (which its description reads).
   */
  private detected(unit: Unit, kind: FieldKind): DetectedField {
    const el = unit.element;
    const path = this.pathOf(el);
    const last = this.reported.get(el);
    if (last && last.d === unit.descriptor && last.field.report.kind === kind && last.field.report.path === path)
      return last.field;
    const field = toDetected(unit, kind, () => path);
    this.reported.set(el, { d: unit.descriptor, field });
    return field;
  }

  /** The CSS path of a field's element (cssPath), kept until a batch may have changed it (repath). */
  pathOf(el: Element): string {
    const known = this.paths.get(el);
    if (known) return known.path;
    const path = cssPath(el);
    // The id as the path was made: a batch that changes it names its old value (repath).
    const id = call(el, 'getAttribute', 'id');
    this.paths.set(el, { path, id });
    if (id !== null && path === idSelector(id)) {
      let same = this.idPaths.get(id);
      if (!same) this.idPaths.set(id, (same = new Set()));
      same.add(el);
    } else this.placedPaths.add(el);
    return path;
  }

  private forgetPath(el: Element): void {
    const known = this.paths.get(el);
    if (!known) return;
    this.paths.delete(el);
    this.placedPaths.delete(el);
    if (known.id !== null) this.idPaths.get(known.id)?.delete(el);
  }

  private drop(c: Element): void {
    this.forgetPath(c);
    this.reported.delete(c);
    this.fill.delete(c);
    this.types.delete(c);
    this.single.delete(c);
    this.group.delete(c);
    this.split.delete(c);
    this.deps?.forget(c);
  }

  private sink(owner: Element) {
    return this.deps ? this.deps.sinkFor(owner) : null;
  }

  /**
   * Controls a person can fill now, in page order, up to one more than the limit (enough to know it was passed);
   * layout is read for all that need it in one batch (no DOM writes between).
   */
  private fillable(controls: readonly Element[]): Element[] {
    const out: Element[] = [];
    for (const el of controls) {
      if (out.length > this.limits.maxControls) break;
      let ok = this.fill.get(el);
      if (ok === undefined) {
        ok = isolated(() => readsTo(this.sink(el), () => canFill(el))) ?? false;
        this.fill.set(el, ok);
      }
      if (ok) out.push(el);
    }
    return out;
  }

  private typeOf(el: Element): string {
    let t = this.types.get(el);
    if (t === undefined) this.types.set(el, (t = inputType(el)));
    return t;
  }

  /** One control the page made unreadable (a getter that throws) is left out; the rest are still reported. */
  private unitOrNone(members: Element[]): Unit[] {
    const unit = isolated(() => this.unit(members));
    return unit ? [unit] : [];
  }

  private unit(members: Element[]): Unit {
    const head = members[0]!;
    return { element: head, members, descriptor: members.length > 1 ? this.groupOf(members) : this.singleOf(head) };
  }

  private singleOf(el: Element): FieldDescriptor {
    let d = this.single.get(el);
    if (!d) {
      d = readsTo(this.sink(el), () => describeField(el, this.limits));
      this.single.set(el, d);
    }
    return d;
  }

  private clean(members: readonly Element[]): boolean {
    for (const m of members) if (this.stale.has(m)) return false;
    return true;
  }

  private groupOf(members: Element[]): FieldDescriptor {
    const head = members[0]!;
    const c = this.group.get(head);
    if (c && sameList(c.members, members) && this.clean(members)) return c.d;
    const d = readsTo(this.sink(head), () => describeChoiceGroup(members, this.limits));
    this.group.set(head, { members, d });
    return d;
  }

  private describeSplit(
    base: FieldDescriptor,
    members: readonly Element[],
    what: 'date' | 'number',
    partWords: (s: string) => boolean,
  ): FieldDescriptor {
    const head = members[0]!;
    const c = this.split.get(head);
    if (c && c.base === base && c.what === what && sameList(c.members, members) && this.clean(members)) return c.d;
    const d =
      isolated(() => readsTo(this.sink(head), () => describeSplit(base, members, this.limits, partWords))) ?? base;
    this.split.set(head, { members, base, what, d });
    return d;
  }

  private verdict(d: FieldDescriptor): Classification | null {
    let v = this.verdicts.get(d);
    if (!v) this.verdicts.set(d, (v = []));
    const i = d.medicalContext ? 1 : 0;
    let r = v[i];
    if (r === undefined) v[i] = r = classifyField(d);
    return r;
  }
}

function canFill(el: Element): boolean {
  if (!isFillable(el)) return false;
  if (isRendered(el)) return true;
  const isFile = get(el, 'localName') === 'input' && (call(el, 'getAttribute', 'type') ?? '').toLowerCase() === 'file';
  return isFile && openedByVisibleLabel(el);
}

/** Runs one control's part of the scan; a control that throws costs its own field, not the frame's report. */
function isolated<T>(work: () => T): T | null {
  try {
    return work();
  } catch {
    return null;
  }
}
