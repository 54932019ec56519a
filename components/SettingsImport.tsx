// Importing text: paste it and press the button, or choose a file (imported as soon as it is chosen). The result
// stays on screen: how many were added, or every problem with its line number.
import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { SettingsImportErrors } from './SettingsImportErrors';
import type { ImportOutcome, SiteListFormat } from './SettingsTypes';
import type { MessageKey } from '../lib/i18n/translate';

const FORMAT_WORDS: ReadonlyArray<[SiteListFormat, MessageKey]> = [
  ['auto', 'settingsFormatAuto'],
  ['plain', 'settingsFormatPlain'],
  ['hosts', 'settingsFormatHosts'],
  ['adblock', 'settingsFormatAdblock'],
  ['csv', 'settingsFormatCsv'],
];

export interface SettingsImportProps {
  id: string;
  pasteLabel: string;
  fileLabel: string;
  buttonLabel: string;
  accept: string;
  /** Offer the choice of site-list formats. */
  formats: boolean;
  disabled: boolean;
  unit: 'line' | 'entry';
  technical: boolean;
  doneText(count: number): string;
  failedText: string;
  onImport(text: string, format: SiteListFormat): Promise<ImportOutcome>;
}

export function SettingsImport(props: SettingsImportProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<SiteListFormat>('auto');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | 'empty' | 'failed' | null>(null);

  const run = async (input: string, clearAfter: boolean) => {
    if (input.trim() === '') return setOutcome('empty');
    setBusy(true);
    setOutcome(null);
    try {
      const result = await props.onImport(input, format);
      setOutcome(result);
      if (result.ok && clearAfter) setText('');
    } catch {
      setOutcome('failed');
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const content = await file.text();
    input.value = '';
    await run(content, false);
  };

  const off = props.disabled || busy;
  return (
    <div class="settings-import">
      <label class="settings-field" for={`${props.id}-text`}>
        {props.pasteLabel}
      </label>
      <textarea
        id={`${props.id}-text`}
        rows={5}
        spellcheck={false}
        value={text}
        disabled={off}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {props.formats ? (
        <>
          <label class="settings-field" for={`${props.id}-format`}>
            {t('settingsImportFormat')}
          </label>
          <select
            id={`${props.id}-format`}
            value={format}
            disabled={off}
            onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as SiteListFormat)}
          >
            {FORMAT_WORDS.map(([value, key]) => (
              <option key={value} value={value}>
                {t(key)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <div class="settings-row">
        <button type="button" disabled={off} onClick={() => void run(text, true)}>
          {busy ? t('settingsBusy') : props.buttonLabel}
        </button>
      </div>
      <label class="settings-field" for={`${props.id}-file`}>
        {props.fileLabel}
      </label>
      <input
        id={`${props.id}-file`}
        type="file"
        accept={props.accept}
        disabled={off}
        onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
      />
      <div class="settings-result" aria-live="polite">
        {outcome === 'empty' ? <p class="settings-problem">{t('settingsImportEmpty')}</p> : null}
        {outcome === 'failed' ? <p class="settings-problem">{t('settingsActionFailed')}</p> : null}
        {outcome !== null && typeof outcome === 'object' ? (
          outcome.ok ? (
            <p class="settings-ok">{props.doneText(outcome.count)}</p>
          ) : (
            <div class="settings-problem">
              <p>{props.failedText}</p>
              <SettingsImportErrors
                errors={outcome.errors}
                refused={outcome.refused}
                unit={props.unit}
                technical={props.technical}
              />
            </div>
          )
        ) : null}
      </div>
    </div>
  );
}
