// Random pages through the scanner and the watcher: nested forms, fieldsets, tables and definition lists; labels
// whose `for` and `aria-labelledby` point anywhere (ids with spaces, quotes, duplicates); huge text nodes; open
// shadow roots; srcdoc frames. Then the page changes at random under a watcher and timers run. Nothing throws,
// every field reported resolves by its path to the very control, which is connected, and no control is reported
// twice.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolvePath } from '../../../lib/detect/css-path';
import { scanRoot, type DetectedField } from '../../../lib/detect/scan';
import { watchFields } from '../../../lib/detect/watch';
import { seeded } from './arbitraries';
import {
  allElements,
  apply,
  mutation,
  page,
  plainMutation,
  plainPage,
  render,
  resetDocument,
  type Mutation,
  type NodeSpec,
} from './dom-builders';

type Watcher = ReturnType<typeof watchFields>;

const CONTROL_TAGS = new Set(['input', 'select', 'textarea']);

function checkFields(fields: readonly DetectedField[]): void {
  const seen = new Set<Element>();
  for (const f of fields) {
    expect(seen.has(f.element)).toBe(false);
    seen.add(f.element);
    expect(f.element.isConnected).toBe(true);
    expect(CONTROL_TAGS.has(f.element.localName) || f.element.hasAttribute('contenteditable')).toBe(true);
    expect(resolvePath(document, f.report.path)).toBe(f.element);
  }
}

describe('scanRoot on random pages', () => {
  afterEach(resetDocument);

  it('never throws; each field resolves by its path to its own connected control, reported once', () => {
    fc.assert(
      fc.property(page, (nodes) => {
        render(nodes);
        const r = scanRoot(document);
        checkFields(r.fields);
        expect(r.roots[0]).toBe(document);
        // Scanning again finds the same fields (nothing depends on scan order or leftover state).
        expect(scanRoot(document).fields.map((f) => f.element)).toEqual(r.fields.map((f) => f.element));
      }),
      seeded(300, 40),
    );
  });
});

// After each batch the watcher is flushed (FieldWatch.flush: what the debounce would do): its debounce runs on the
// document's own window, read through the prototype (lib/dom/read), whose timers in happy-dom are not the ones
// vi.useFakeTimers replaces.
describe('watchFields on random pages that keep changing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    resetDocument();
  });

  it('never throws; after the changes settle every field is live, resolves by its path and appears once', async () => {
    await fc.assert(
      fc.asyncProperty(
        page,
        fc.array(fc.array(mutation, { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        async (nodes, rounds) => {
          render(nodes);
          const reported: DetectedField[][] = [];
          const w = watchFields(document, (fields) => reported.push(fields), { debounceMs: 5 });
          try {
            checkFields(w.current());
            for (const round of rounds) {
              for (const m of round) apply(m);
              await vi.advanceTimersByTimeAsync(30);
              w.flush();
              checkFields(w.current());
              if (reported.length > 0) expect(reported.at(-1)).toEqual(w.current());
            }
          } finally {
            w.stop();
          }
        },
      ),
      seeded(200, 41),
    );
  });
});

/**
 * What a fresh scan and a watcher that followed the changes say, in order: each field's control (by its place among
 * the page's elements, so that two controls alike in markup still count as two), form and report. The watcher
 * patches its control list (patch-controls.ts) and keeps the paths no change can have touched (ScanState.repath).
 */
function said(fields: readonly DetectedField[]) {
  const elements = allElements();
  const at = (el: Element | null) => (el === null ? null : elements.indexOf(el));
  return fields.map((f) => ({ control: at(f.element), form: at(f.form), ...f.report }));
}

describe('watchFields agrees with a fresh scan', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    resetDocument();
  });

  async function watchedAfter(html: string, change: () => void): Promise<{ watched: string[]; fresh: string[] }> {
    resetDocument();
    document.body.innerHTML = html;
    const w: Watcher = watchFields(document, () => undefined, { debounceMs: 5 });
    try {
      change();
      await vi.advanceTimersByTimeAsync(30);
      w.flush();
      return {
        watched: w.current().map((f) => f.report.kind),
        fresh: scanRoot(document).fields.map((f) => f.report.kind),
      };
    } finally {
      w.stop();
    }
  }

  // lib/detect/watch-batch.ts controlsNear: a text change is looked for in the changed element and at most two
  // ancestors below <form>/<body>, so a label filled in later (i18n, SPA mount) in a sibling right under the form is
  // never seen, and the field it names is missed until something else changes.
  it('finds a field whose label text is filled in later in a sibling element right under the form', async () => {
    const r = await watchedAfter('<form><span id="l"></span><input id="x"></form>', () => {
      document.getElementById('l')!.textContent = 'Nomor Induk Kependudukan (NIK)';
    });
    expect(r.fresh).toEqual(['national_id']);
    expect(r.watched).toEqual(r.fresh);
  });

  // Same place: a removed node's parent is only a text change, and a <form> or <body> parent is "too broad" to
  // look into, so removing the <label for> of a field leaves the field reported with the kind that label gave it.
  it('drops the kind a removed label gave, when the label sat right under the form', async () => {
    const r = await watchedAfter('<form><label for="k">No. KK</label><input id="k"></form>', () => {
      document.querySelector('label')!.remove();
    });
    expect(r.fresh).toEqual([]);
    expect(r.watched).toEqual(r.fresh); // the watcher still says family_card
  });

  // lib/detect/watch-batch.ts touchedControls: controls inside what the full scan does not enter (contenteditable
  // content, select, textarea) are collected when a change touches them, so the watcher reports a field a scan
  // does not.
  it('does not report a control inside contenteditable content, which a scan skips', async () => {
    const r = await watchedAfter('<div contenteditable="true"><p>x</p></div>', () => {
      document.querySelector('p')!.innerHTML = '<label>NIK <input id="n"></label>';
    });
    expect(r.fresh).toEqual([]);
    expect(r.watched).toEqual(r.fresh); // the watcher reports the input inside as national_id
  });

  /** After every batch of changes the watcher holds what a fresh scan of the page finds. */
  function agreesWithScan(pages: fc.Arbitrary<NodeSpec[]>, changes: fc.Arbitrary<Mutation>) {
    return fc.asyncProperty(
      pages,
      fc.array(fc.array(changes, { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
      async (nodes, rounds) => {
        render(nodes);
        const w = watchFields(document, () => undefined, { debounceMs: 5 });
        try {
          for (const round of rounds) {
            for (const m of round) apply(m);
            await vi.advanceTimersByTimeAsync(30);
            w.flush();
            expect(said(w.current())).toEqual(said(scanRoot(document).fields));
          }
        } finally {
          w.stop();
        }
      },
    );
  }

  it('random pages: after every batch of changes the watcher holds exactly what a fresh scan finds, in order', async () => {
    await fc.assert(agreesWithScan(page, mutation), seeded(200, 42));
  });

  // Pages in one tree, changed mostly by subtrees coming and going: the batches whose control list the watcher
  // patches instead of walking the page again.
  it('random pages in one tree: after subtrees come and go the watcher holds what a fresh scan finds', async () => {
    await fc.assert(agreesWithScan(plainPage, plainMutation), seeded(200, 43));
  });
});
