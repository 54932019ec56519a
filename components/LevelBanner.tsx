import type { Level } from '../lib/risk/reason-codes';
import { LEVEL_TITLE } from '../lib/i18n/describe';
import { useI18n } from './i18n';
import { LevelIcon } from './LevelIcon';

export function LevelBanner(props: { level: Level; subtitle: string }) {
  const { t } = useI18n();
  return (
    <section class={`banner banner-${props.level}`} role="status" aria-live="polite">
      <span class="banner-icon" aria-hidden="true">
        <LevelIcon level={props.level} size={24} />
      </span>
      <div>
        <h2 class="banner-title">{t(LEVEL_TITLE[props.level])}</h2>
        <p class="banner-sub">{props.subtitle}</p>
      </div>
    </section>
  );
}
