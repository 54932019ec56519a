// Adding one site to a list. People type or paste what they see in the address bar, so a whole link is reduced to
// its site; the box "also every address under it" (on by default) makes `kemkes.go.id` mean what people expect,
// the site and its `www.`, `sirs.`… addresses. The notation of lib/settings/rules.ts is accepted as written.
import { useState } from 'preact/hooks';
import type { SiteRule } from '../lib/settings/types';
import { normaliseRule, parseRuleNotation, sameRule, type RuleResult } from '../lib/settings/rules';
import { isIpv4 } from '../lib/settings/host';
import { useI18n } from './i18n';
import { ruleProblemWords } from './SettingsWords';

const CIDR_LIKE = /^[\d.]+\/\d+$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The site part of a pasted link, or the text itself when it is not a link. */
function siteOf(text: string): string {
  const t = text.trim();
  if (t.startsWith('*.') || CIDR_LIKE.test(t)) return t;
  if (!HAS_SCHEME.test(t) && !/[/?#]/.test(t)) return t;
  try {
    return new URL(HAS_SCHEME.test(t) ? t : `https://${t}`).hostname;
  } catch {
    return t;
  }
}

/** What the person typed, as a rule. `wide`: a plain name also covers every address under it. */
export function ruleFromInput(text: string, wide: boolean): RuleResult {
  const site = siteOf(text);
  const parsed = parseRuleNotation(site);
  if (!('rule' in parsed) || !wide || parsed.rule.scope !== 'host') return parsed;
  // An address or a one-word name of the local network (`simrs`) has nothing under it.
  if (isIpv4(parsed.rule.value) || !parsed.rule.value.includes('.')) return parsed;
  // `www.` names the front door of a site, not a part of it: "every address under www.x" is never what is meant.
  const bare = parsed.rule.value.replace(/^www\./, '');
  const domain = normaliseRule('domain', bare);
  return 'rule' in domain || bare === parsed.rule.value ? domain : normaliseRule('domain', parsed.rule.value);
}

export interface SettingsRuleAddProps {
  id: string;
  label: string;
  existing: SiteRule[];
  disabled: boolean;
  onAdd(rule: SiteRule): void;
}

export function SettingsRuleAdd(props: SettingsRuleAddProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [wide, setWide] = useState(true);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    if (text.trim() === '') return;
    const result = ruleFromInput(text, wide);
    if (!('rule' in result)) return setMessage({ ok: false, text: ruleProblemWords(result.code, t) });
    const { rule } = result;
    if (props.existing.some((r) => sameRule(r, rule))) {
      return setMessage({ ok: false, text: t('settingsAddDuplicate', { site: rule.value }) });
    }
    props.onAdd(rule);
    setText('');
    setMessage({ ok: true, text: t('settingsAddDone', { site: rule.value }) });
  };

  return (
    <form class="settings-add" onSubmit={submit} noValidate>
      <label class="settings-field" for={`${props.id}-input`}>
        {props.label}
      </label>
      <p class="settings-hint" id={`${props.id}-hint`}>
        {t('settingsAddHint')}
      </p>
      <div class="settings-row">
        <input
          id={`${props.id}-input`}
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          aria-describedby={`${props.id}-hint ${props.id}-message`}
          value={text}
          disabled={props.disabled}
          onInput={(e) => {
            setText((e.currentTarget as HTMLInputElement).value);
            setMessage(null);
          }}
        />
        <button type="submit" disabled={props.disabled}>
          {t('settingsAddButton')}
        </button>
      </div>
      <label class="settings-option settings-option-small">
        <input
          type="checkbox"
          checked={wide}
          disabled={props.disabled}
          onChange={(e) => setWide((e.currentTarget as HTMLInputElement).checked)}
        />
        <span class="settings-option-label">{t('settingsAddSubsites')}</span>
      </label>
      <p id={`${props.id}-message`} class={message?.ok ? 'settings-ok' : 'settings-problem'} aria-live="polite">
        {message?.text ?? ''}
      </p>
    </form>
  );
}
