// Which known trackers can record what a person types, each with the vendor's own pages that say so: the evidence
// behind every "can record what you type" warning in the popup.
import type { SettingsData } from './SettingsTypes';
import { SourceLinks } from './SourceLinks';
import { useI18n } from './i18n';

export function SettingsTrackers({ data }: { data: SettingsData }) {
  const { t } = useI18n();
  const capturers = data.inputCapturers ?? [];
  if (capturers.length === 0) return null;
  return (
    <section class="settings-section" id="settings-section-trackers" aria-labelledby="settings-trackers-title">
      <h2 id="settings-trackers-title">{t('settingsTrackersTitle')}</h2>
      <details class="settings-more">
        <summary>{t('settingsTrackersSummary', { count: capturers.length })}</summary>
        <ul class="settings-trackers">
          {capturers.map((c) => (
            <li key={c.product}>
              <strong>{c.product}</strong> ({c.company}): {c.note}{' '}
              <span class="settings-hint">
                {t('thirdPartyCaptureSource')} <SourceLinks sources={c.sources} />
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
