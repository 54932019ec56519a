// A page cannot push older entries out of the warning record: repeats are skipped and a site gets a capped
// number of entries an hour, whatever it does.
import { describe, expect, it } from 'vitest';
import { PER_SITE_PER_HOUR, REPEAT_MS, worthRecording } from '../../../lib/warning-log/flood';
import { appendWarning, type WarningEntry, type WarningLog } from '../../../lib/warning-log';

const T0 = Date.parse('2026-12-07T08:00:00Z');
const entry = (over: Partial<WarningEntry> = {}, at = T0): WarningEntry => ({
  time: new Date(at).toISOString(),
  site: 'pengintai.example',
  fieldKinds: ['national_id'],
  reasons: ['insecure_page'],
  action: 'shown',
  listVersions: {},
  ...over,
});

function record(log: WarningLog, e: WarningEntry, now: number): WarningLog {
  return worthRecording(log, e, now) ? appendWarning(log, e, { maxEntries: 2000, retentionDays: 30, now }) : log;
}

describe('warning record flood limits', () => {
  it('skips a repeat of the same warning on the same site within the repeat window', () => {
    let log: WarningLog = [];
    log = record(log, entry(), T0);
    log = record(log, entry({}, T0 + 1000), T0 + 1000);
    expect(log).toHaveLength(1);
    // A different action, kinds or reasons is new.
    log = record(log, entry({ action: 'dismissed' }, T0 + 2000), T0 + 2000);
    log = record(log, entry({ reasons: ['insecure_page', 'cross_site_form_action'] }, T0 + 3000), T0 + 3000);
    expect(log).toHaveLength(3);
    // After the window, the same warning is recorded again.
    log = record(log, entry({}, T0 + REPEAT_MS + 1), T0 + REPEAT_MS + 1);
    expect(log).toHaveLength(4);
  });

  it('a flooding site cannot push out other sites: it gets a capped number of entries an hour', () => {
    let log: WarningLog = [];
    for (let i = 0; i < 20; i++) log = record(log, entry({ site: `klinik${i}.example` }, T0), T0);
    const kinds = ['national_id', 'family_card', 'health_insurance_id', 'medical_record_number', 'tax_id'] as const;
    const reasons = ['insecure_page', 'cross_site_form_action', 'insecure_form_action'] as const;
    for (let i = 0; i < 5000; i++) {
      const now = T0 + i * 100;
      const e = entry(
        { fieldKinds: [kinds[i % 5]!], reasons: [reasons[i % 3]!], action: i % 2 ? 'shown' : 'dismissed' },
        now,
      );
      log = record(log, e, now);
    }
    expect(log.filter((e) => e.site === 'pengintai.example').length).toBeLessThanOrEqual(PER_SITE_PER_HOUR * 1);
    expect(log.filter((e) => e.site.startsWith('klinik')).length).toBe(20);
  });

  it('leaves the log object untouched when nothing is recorded (so nothing is written)', () => {
    const log = record([], entry(), T0);
    expect(record(log, entry({}, T0 + 5), T0 + 5)).toBe(log);
  });
});
