// Every decision about each message type (MESSAGES): who may send it, the closed schema of its data
// (lib/messaging/receive.ts refuses anything else before a handler runs) and how often it may arrive. Sizes are generous upper bounds for what our own scanner and pages send; the report sanitiser
// (lib/report/sanitize-report.ts) still caps and normalises what passes.
import { FIELD_KINDS } from '../kinds/field-kinds';
import type { ControlTag, FormMethod, ResourceVia } from '../report/types';
import type { NoticeAction, SubmitChoice } from '../report/views';
import { DEFAULT_SETTINGS, type Settings } from '../settings/types';
import type { ContentProtocol, ListName, MessageType } from './protocol';
import { SchemaError, arr, bool, int, obj, oneOf, opaque, str, type Schema } from './schema';
import { HEX_LENGTH, MAX_DIGESTS, type SendDigests } from '../sends/digest-message';
import { MAX_SHAPE } from '../sends/shape';
import type { BucketRule } from '../flood/token-bucket';

/** The keys of a union as a list, exhaustive by construction (a new member fails to compile until listed). */
const keysOf = <T extends string>(record: Record<T, true>): T[] => Object.keys(record) as T[];

const TAGS = keysOf<ControlTag>({ input: true, select: true, textarea: true, contenteditable: true });
const METHODS = keysOf<FormMethod>({ get: true, post: true, dialog: true });
const VIAS = keysOf<ResourceVia>({
  script: true,
  frame: true,
  image: true,
  beacon: true,
  stylesheet: true,
  other: true,
});
const NOTICE_ACTIONS = keysOf<NoticeAction>({ shown: true, dismissed: true, removed_by_page: true });
const CHOICES = keysOf<SubmitChoice>({ send_once: true, trust: true, cancel: true });
const LISTS = keysOf<ListName>({ trusted: true, blocked: true, paused: true });
const SITE_STATUS = ['trusted', 'blocked', 'none'] as const;
const IMPORT_FORMATS = ['auto', 'plain', 'hosts', 'adblock', 'csv'] as const;

/** Upper bounds, far above what the scanner sends (it caps itself; see lib/detect/limits.ts). */
export const MESSAGE_LIMITS = {
  text: 2_000,
  address: 8_192,
  fields: 10_000,
  forms: 5_000,
  thirdParties: 5_000,
  kinds: 64,
  importChars: 32 * 1024 * 1024,
} as const;

const kind = oneOf(FIELD_KINDS);
const text = str(MESSAGE_LIMITS.text);
const address = str(MESSAGE_LIMITS.address);
const kinds = arr(kind, MESSAGE_LIMITS.kinds);
const empty = obj({});
/** A key or digest of observed sends: exactly 64 lower-case hex digits. */
const hex: Schema<string> = (v, path) => {
  if (typeof v !== 'string' || v.length !== HEX_LENGTH || !/^[0-9a-f]+$/.test(v))
    throw new SchemaError(path, `not ${HEX_LENGTH} hex digits`);
  return v;
};

const fieldReport = obj(
  {
    kind,
    sensitivity: oneOf(['special', 'personal'] as const),
    label: text,
    tag: oneOf(TAGS),
    type: text,
    id: text,
    name: text,
    path: address,
    source: oneOf(['label', 'value'] as const),
    form: int(-1, MESSAGE_LIMITS.forms),
    filled: bool,
  },
  { scheme: text },
);

const frameReport = obj({
  url: address,
  fields: arr(fieldReport, MESSAGE_LIMITS.fields),
  forms: arr(obj({ action: address, method: oneOf(METHODS), sensitive: bool }), MESSAGE_LIMITS.forms),
  thirdParties: arr(obj({ host: str(253), via: oneOf(VIAS) }), MESSAGE_LIMITS.thirdParties),
  truncated: bool,
});

/** A settings edit names only keys Settings has; each value is judged by lib/settings/validate (one place). */
const settingsPatch: Schema<Partial<Settings>> = obj(
  {},
  Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, opaque])) as Record<keyof Settings, Schema<unknown>>,
) as Schema<Partial<Settings>>;

/** Who may send a message: a page's content scripts, or only the extension's own pages (checked in receive.ts). */
type SenderOf<K extends MessageType> = K extends keyof ContentProtocol ? 'content' : 'page';

export interface MessageDecisions<K extends MessageType = MessageType> {
  /** Follows from which protocol interface declares the message, so the two cannot disagree. */
  from: SenderOf<K>;
  /** The closed schema of its data. */
  schema: Schema<unknown>;
  /**
   * Per tab, how often it may arrive, or null for no limit. A person dismisses a notice or answers the pre-submit
   * check a few times a minute at most; a page driving its scanner in a loop runs dry. Frame reports are not
   * limited: dropping one would leave the verdict stale (their writes are coalesced).
   */
  rate: BucketRule | null;
}

const PERSON_PACED: BucketRule = { burst: 6, refillMs: 10_000 };

/** Every decision about each message type, one row per type: a new message does not compile until it is decided. */
export const MESSAGES: { readonly [K in MessageType]: MessageDecisions<K> } = {
  frameHasControls: { from: 'content', schema: empty, rate: null },
  reportFrame: { from: 'content', schema: obj({ report: frameReport }), rate: null },
  noticeEvent: {
    from: 'content',
    schema: obj({ action: oneOf(NOTICE_ACTIONS), key: str(500), kinds }),
    rate: PERSON_PACED,
  },
  submitDecision: {
    from: 'content',
    schema: obj({ choice: oneOf(CHOICES), kinds, destination: address }),
    rate: PERSON_PACED,
  },

  getTabView: { from: 'page', schema: obj({ tabId: int(0, Number.MAX_SAFE_INTEGER) }), rate: null },
  setSiteStatus: { from: 'page', schema: obj({ site: str(253), status: oneOf(SITE_STATUS) }), rate: null },
  setPaused: { from: 'page', schema: obj({ site: str(253), paused: bool }), rate: null },
  getSettingsView: { from: 'page', schema: empty, rate: null },
  saveSettings: { from: 'page', schema: obj({ patch: settingsPatch }), rate: null },
  importSiteList: {
    from: 'page',
    schema: obj({ list: oneOf(LISTS), text: str(MESSAGE_LIMITS.importChars), format: oneOf(IMPORT_FORMATS) }),
    rate: null,
  },
  exportSiteList: { from: 'page', schema: obj({ list: oneOf(LISTS) }), rate: null },
  importBreaches: { from: 'page', schema: obj({ text: str(MESSAGE_LIMITS.importChars) }), rate: null },
  getBreachHistory: { from: 'page', schema: obj({ site: str(253) }), rate: null },
  getWarningLog: { from: 'page', schema: empty, rate: null },
  exportWarningLog: { from: 'page', schema: obj({ format: oneOf(['csv', 'json'] as const) }), rate: null },
  clearWarningLog: { from: 'page', schema: empty, rate: null },
  refreshListSources: { from: 'page', schema: empty, rate: null },
  getDangerView: { from: 'page', schema: obj({ url: address }), rate: null },
  proceedFromDanger: { from: 'page', schema: obj({ url: address, always: bool }), rate: null },
  getDiagnostics: { from: 'page', schema: empty, rate: null },
};

/**
 * Observed sends travel on their own port (lib/messaging/sends-channel.ts), never through runtime.sendMessage,
 * which every open extension page also hears: the frame's key and digests reach the background only.
 */
export const SEND_DIGESTS_SCHEMA: Schema<SendDigests> = obj({
  key: hex,
  digests: arr(obj({ kind, digest: hex, shape: int(0, MAX_SHAPE) }), MAX_DIGESTS),
});

/** A person types a few recognised values a minute; each new one re-sends the frame's digests. */
export const SEND_DIGESTS_RATE: BucketRule = { burst: 20, refillMs: 3_000 };
