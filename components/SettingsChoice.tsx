// One question with a few answers: a fieldset of large radio rows, each with a plain sentence underneath.
// A question the organisation answered is shown greyed out with who decided.
import { useI18n } from './i18n';

export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
  more?: string;
  /** Language names are written in their own language. */
  lang?: string;
}

export interface SettingsChoiceProps<V extends string> {
  name: string;
  title: string;
  value: V;
  options: ChoiceOption<V>[];
  locked: boolean;
  onChange(value: V): void;
}

export function SettingsChoice<V extends string>(props: SettingsChoiceProps<V>) {
  return (
    <fieldset class="settings-choice" data-setting={props.name}>
      <legend>
        <h2 id={`settings-${props.name}`}>{props.title}</h2>
      </legend>
      {props.locked ? <SettingsLockNote /> : null}
      {props.options.map((o) => (
        <label key={o.value} class={`settings-option${props.value === o.value ? ' settings-option-on' : ''}`}>
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            disabled={props.locked}
            onChange={() => props.onChange(o.value)}
          />
          <span>
            <span class="settings-option-label" lang={o.lang}>
              {o.label}
            </span>
            {o.more ? <span class="settings-option-more">{o.more}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Shown beside anything the organisation fixed through browser policy. */
export function SettingsLockNote(props: { text?: string }) {
  const { t } = useI18n();
  return <p class="settings-lock">{props.text ?? t('settingsSetByOrg')}</p>;
}
