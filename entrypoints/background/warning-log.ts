// Records a warning and what the person did, when the record is switched on (by the person or by policy).
import { appendWarning, toWarningEntry, type WarningAction } from '../../lib/warning-log';
import { worthRecording } from '../../lib/warning-log/flood';
import { warningLogItem } from '../../lib/storage/items';
import { registrableDomain } from '../../lib/site/registrable-domain';
import type { FieldKind } from '../../lib/kinds/field-kinds';
import type { ReasonCode } from '../../lib/risk/reason-codes';
import { effective } from './settings';
import { catalogueVersions } from './catalogues';

export async function logWarning(
  host: string,
  action: WarningAction,
  fieldKinds: FieldKind[],
  reasons: ReasonCode[],
): Promise<void> {
  const eff = await effective();
  if (!eff.settings.warningLog.enabled || !host) return;
  const result = toWarningEntry({
    time: new Date().toISOString(),
    site: registrableDomain(host),
    fieldKinds: [...new Set(fieldKinds)],
    reasons: [...new Set(reasons)],
    action,
    listVersions: await catalogueVersions(),
  });
  if (!('entry' in result)) return;
  const entry = result.entry;
  const now = Date.now();
  // A repeat or a flood leaves the record as it is (the same object: nothing is written).
  await warningLogItem.update((log) =>
    worthRecording(log, entry, now)
      ? appendWarning(log, entry, {
          maxEntries: 2000,
          retentionDays: eff.settings.warningLog.retentionDays,
          now,
        })
      : log,
  );
}
