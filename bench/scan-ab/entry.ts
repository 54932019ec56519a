// The page side of bench/scan-ab/run.ts: the scanner's detection (watchFields, as the content script runs it),
// bundled on its own so that two builds of lib/detect can be loaded into the same page, one after the other.
import { watchFields, type FieldWatch } from '../../lib/detect/watch';
import { frameReportSanitizer } from '../../lib/report/sanitize-report';
import type { FieldReport } from '../../lib/report/types';
import { addFieldsScript } from '../pages';

let watch: FieldWatch | null = null;
let sanitize = frameReportSanitizer();
let next = 100_000;

const api = {
  /** A full scan, as on page load. */
  full(): number {
    watch?.stop();
    watch = watchFields(document, () => undefined, { debounceMs: 1e9 });
    sanitize = frameReportSanitizer();
    return watch.current().length;
  },
  /** Adds ten labelled fields to the form (the bench's mutation). */
  add(): void {
    new Function(addFieldsScript(10, next))();
    next += 10;
  },
  /**
   * The frame's report made safe to send, as entrypoints/scanner/session.ts does before every report: the
   * identifier redaction of every field's label, id, name and path (no values are typed here).
   */
  report(): number {
    const forms: HTMLFormElement[] = [];
    const fields: FieldReport[] = (watch?.current() ?? []).map((d) => {
      if (d.form && !forms.includes(d.form)) forms.push(d.form);
      return { ...d.report, source: 'label', form: d.form ? forms.indexOf(d.form) : -1, filled: false };
    });
    const report = { url: location.href, fields, forms: forms.map(() => ({})), thirdParties: [], truncated: false };
    return sanitize(report)?.fields.length ?? 0;
  },
  /** The watcher's incremental re-scan of what was added. */
  flush(): number {
    watch?.flush();
    return watch?.current().length ?? 0;
  },
};

Object.assign(globalThis, { jagaScanAb: api });
