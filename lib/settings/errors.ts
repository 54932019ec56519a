// Why the background refused a settings request: a closed set of codes, each with the few facts its words need.
// The settings page, popup and danger page turn them into the person's language (components/SettingsWords.ts);
// nothing matches English sentences back.
import type { ListName } from './edits';

export type SettingsError =
  /** The organisation manages every setting here (`allowSettingsChanges: false`). */
  | { code: 'managed' }
  /** The organisation set this one setting or list (`key` is a Settings key, or `warningLog.enabled`…). */
  | { code: 'locked'; key: string }
  /** No rule can name this site's owner (a shared host, or not a host at all). */
  | { code: 'no_site' }
  /** The list would hold more than reading it back keeps; nothing was changed. */
  | { code: 'too_many_rules'; list: ListName; limit: number };

export type SettingsErrorCode = SettingsError['code'];

/** A problem with one value the settings page sent; saved as far as the rest goes. */
export type SaveProblem = SettingsError | { code: 'invalid'; detail: string };
