import type { TabView } from '../lib/report/views';
import type { Level } from '../lib/risk/reason-codes';
import { useI18n } from './i18n';
import { LevelBanner } from './LevelBanner';
import { ReasonList } from './ReasonList';
import { FieldList } from './FieldList';
import { BreachList } from './BreachList';
import { ThirdPartyList } from './ThirdPartyList';
import { SendList } from './SendList';
import { NOTICES_HREF } from './credits';

export interface PopupActions {
  setStatus(status: 'trusted' | 'blocked' | 'none'): void;
  setPaused(paused: boolean): void;
  openSettings(): void;
}

export interface PopupProps {
  view: TabView | null;
  actions: PopupActions;
  classLabel: (c: string) => string;
  categoryLabel: (c: string) => string;
  attribution: string;
}

// Which site action is drawn as the filled, primary button at each level: never "Trust" (trusting silences the
// warnings). Only on a danger-level site is blocking the choice to press on the person. A caution is about how to use
// a site (plain HTTP, a form sending elsewhere, trackers, a past breach of a real institution such as BPJS): pressing
// "Block" there would push patients to block the very service they need, so no action is filled.
const BLOCK_IS_PRIMARY: Record<Level, boolean> = { danger: true, caution: false, ok: false, trusted: false };

export function PopupView({ view, actions, classLabel, categoryLabel, attribution }: PopupProps) {
  const { t } = useI18n();
  const header = (
    <header class="top">
      <img src="/icon/32.png" alt="" width={24} height={24} />
      <h1>{t('extName')}</h1>
      <button type="button" class="link" onClick={actions.openSettings}>
        {t('actionSettings')}
      </button>
    </header>
  );
  if (!view) {
    return (
      <main class="popup">
        {header}
        <p class="muted">{t('popupNoSite')}</p>
        <p class="promise">{t('privacyPromise')}</p>
      </main>
    );
  }
  const count = view.fields.length;
  const subtitle = view.paused
    ? t('pausedTitle')
    : count === 0
      ? view.scanned
        ? t('levelOkNoFields')
        : t('notScanned')
      : count === 1
        ? t('fieldsCountOne')
        : t('fieldsCount', { count });
  return (
    <main class="popup">
      {header}
      <p class="site" title={view.url}>
        {view.site}
      </p>
      <LevelBanner level={view.level} subtitle={subtitle} />
      {view.noticeRemoved ? <p class="alert">{t('noticeRemovedByPage')}</p> : null}
      {view.userContentHost ? <p class="muted">{t('userContentHost')}</p> : null}
      {view.truncated ? <p class="muted">{t('truncated')}</p> : null}
      <ReasonList reasons={view.reasons} site={view.site} breachStatuses={view.breaches.map((b) => b.status)} />
      <FieldList fields={view.fields} />
      <SendList sends={view.sends} />
      <ThirdPartyList parties={view.thirdParties} categoryLabel={categoryLabel} />
      <BreachList breaches={view.breaches} classLabel={classLabel} attribution={attribution} />
      <p class="credit">
        <a href={NOTICES_HREF} target="_blank" rel="noreferrer noopener">
          {t('creditNotices')}
        </a>
      </p>
      <section class="actions" aria-label={t('actionSettings')}>
        {view.ruleSite === null ? (
          <p class="muted">{t('settingsErrNoSite')}</p>
        ) : view.statusManaged ? (
          <p class="muted">{t('statusManaged')}</p>
        ) : (
          <>
            {view.siteStatus === 'trusted' ? (
              <button type="button" class="secondary" onClick={() => actions.setStatus('none')}>
                {t('actionUntrust')}
              </button>
            ) : (
              <button type="button" class="secondary" onClick={() => actions.setStatus('trusted')}>
                {t('actionTrust', { site: view.ruleSite })}
              </button>
            )}
            {view.siteStatus === 'blocked' ? (
              <button type="button" class="secondary" onClick={() => actions.setStatus('none')}>
                {t('actionUnblock')}
              </button>
            ) : (
              <button
                type="button"
                class={BLOCK_IS_PRIMARY[view.level] ? 'danger primary' : 'danger'}
                onClick={() => actions.setStatus('blocked')}
              >
                {t('actionBlock', { site: view.ruleSite })}
              </button>
            )}
          </>
        )}
        {view.ruleSite === null ? null : (
          <button type="button" class="secondary" onClick={() => actions.setPaused(!view.paused)}>
            {view.paused ? t('actionResume') : t('actionPause', { site: view.ruleSite })}
          </button>
        )}
      </section>
      <p class="promise">{t('privacyPromise')}</p>
    </main>
  );
}
