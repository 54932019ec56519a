// The observers behind watchFields: one MutationObserver per root (document, open shadow root, same-origin
// frame document), a load listener per frame (a frame's document is replaced when it loads), and a
// whenDefined wait per undefined custom element (an upgrade attaches a shadow root without any mutation).
import { call, get, shadowHost } from '../dom/read';

// Every attribute a scan reads (dep-index.ts needs the old value of `id`, `for` and `class`).
// prettier-ignore
const WATCHED_ATTRIBUTES = [
  'hidden', 'style', 'class', 'disabled', 'readonly', 'type', 'name', 'id', 'for', 'aria-label', 'aria-labelledby',
  'aria-hidden', 'role', 'placeholder', 'title', 'contenteditable', 'inert', 'open', 'accept', 'autocomplete',
  'inputmode', 'maxlength', 'pattern', 'srcdoc', 'src', 'colspan', 'method', 'label', 'form',
];
const MAX_UPGRADE_SCAN = 500;

export interface RootEvents {
  records(records: MutationRecord[]): void;
  /** Something under `el` may have new controls (a frame loaded, a custom element upgraded). */
  grew(el: Element): void;
}

export class RootWatch {
  private readonly observers = new Map<Node, MutationObserver>();
  private readonly frameLoads = new Map<Element, () => void>();
  private readonly awaitedTags = new Set<string>();
  private stopped = false;

  constructor(
    private readonly view: (Window & typeof globalThis) | null,
    private readonly events: RootEvents,
  ) {}

  adopt(roots: ReadonlyArray<Document | ShadowRoot>, frames: readonly Element[]): void {
    for (const r of roots) if (this.observe(r)) this.awaitUpgrades(r);
    for (const f of frames) this.follow(f);
  }

  /** Custom elements not yet defined inside a subtree added to a watched root: their upgrade makes no record. */
  added(el: Element): void {
    if (!this.stopped && get(el, 'nodeType') === 1) this.awaitUpgrades(el);
  }

  roots(): Array<Document | ShadowRoot> {
    return [...this.observers.keys()] as Array<Document | ShadowRoot>;
  }

  /** Lets go of shadow roots whose host left the page and documents whose frame went away. */
  prune(): void {
    for (const [node, o] of this.observers) {
      const host = shadowHost(node);
      if (host ? !get(host, 'isConnected') : !get(node as Document, 'defaultView')) {
        o.disconnect();
        this.observers.delete(node);
      }
    }
    for (const [frame, onLoad] of this.frameLoads) {
      if (get(frame, 'isConnected')) continue;
      call(frame, 'removeEventListener', 'load', onLoad);
      this.frameLoads.delete(frame);
    }
  }

  /** Hands over the records observed but not yet delivered (the observers' callbacks are asynchronous). */
  takeRecords(): void {
    if (this.stopped) return;
    for (const o of this.observers.values()) {
      const pending = o.takeRecords();
      if (pending.length > 0) this.events.records(pending);
    }
  }

  stop(): void {
    this.stopped = true;
    for (const o of this.observers.values()) o.disconnect();
    this.observers.clear();
    for (const [frame, onLoad] of this.frameLoads) call(frame, 'removeEventListener', 'load', onLoad);
    this.frameLoads.clear();
  }

  /** Starts observing a root; false when it already was observed (or watching stopped). */
  private observe(node: Document | ShadowRoot): boolean {
    if (this.stopped || this.observers.has(node)) return false;
    const Observer = this.view?.MutationObserver ?? globalThis.MutationObserver;
    const o = new Observer((records) => this.events.records(records));
    o.observe(node, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
    this.observers.set(node, o);
    return true;
  }

  private follow(frame: Element): void {
    if (this.stopped || this.frameLoads.has(frame)) return;
    const onLoad = () => this.events.grew(frame);
    call(frame, 'addEventListener', 'load', onLoad);
    this.frameLoads.set(frame, onLoad);
  }

  private awaitUpgrades(scope: Document | ShadowRoot | Element): void {
    const registry = this.view?.customElements;
    if (!registry) return;
    let list: Element[];
    try {
      list = Array.from(call(scope, 'querySelectorAll', ':not(:defined)'));
      if (get(scope, 'nodeType') === 1 && call(scope as Element, 'matches', ':not(:defined)'))
        list.unshift(scope as Element);
    } catch {
      return; // a DOM without :defined
    }
    for (let i = 0; i < list.length && i < MAX_UPGRADE_SCAN; i++) {
      const tag = get(list[i]!, 'localName');
      if (this.awaitedTags.has(tag) || !tag.includes('-')) continue;
      this.awaitedTags.add(tag);
      void registry.whenDefined(tag).then(() => {
        if (this.stopped) return;
        for (const r of this.observers.keys())
          for (const el of Array.from(call(r as ParentNode, 'querySelectorAll', tag))) this.events.grew(el);
      });
    }
  }
}
