// How a breach's status, count and date read on screen: one table per fact, used by the popup list and the notice.
import type { BreachStatus, BreachView, Locale, RecordsSource } from '../lib/report/views';
import type { MessageKey } from '../lib/i18n/translate';

export const STATUS_LABEL: Record<BreachStatus, MessageKey> = {
  confirmed: 'breachStatusConfirmed',
  partly_confirmed: 'breachStatusPartlyConfirmed',
  alleged: 'breachStatusAlleged',
  denied: 'breachStatusDenied',
};

export const RECORDS_LABEL: Record<RecordsSource, MessageKey> = {
  seller: 'breachRecordsClaim',
  organisation: 'breachRecordsOrganisation',
  researchers: 'breachRecordsResearchers',
  hibp: 'breachRecordsHibp',
};

/** What the entry names as leaked: "what leaked" only where the organisation confirmed it, otherwise the data the
 * reports or the claim name (an alleged or denied breach has not been shown to have leaked anything). */
export const DATA_LABEL: Record<BreachStatus, MessageKey> = {
  confirmed: 'breachData',
  partly_confirmed: 'breachDataReported',
  alleged: 'breachDataClaimed',
  denied: 'breachDataClaimed',
};

/** "Happened on" only when the entry knows the date of the breach; otherwise the date of the first report. */
export function dateLabel(b: Pick<BreachView, 'dateIsDisclosure'>): MessageKey {
  return b.dateIsDisclosure ? 'breachDateReported' : 'breachDate';
}

/** The same in the notice's one line: "happened …" or only "reported …". */
export function shortDateLabel(b: Pick<BreachView, 'dateIsDisclosure'>): MessageKey {
  return b.dateIsDisclosure ? 'noticeBreachReported' : 'noticeBreachHappened';
}

export function breachTitle(b: Pick<BreachView, 'title' | 'titleId'>, locale: Locale): string {
  return locale === 'id' && b.titleId ? b.titleId : b.title;
}

/** The status note in the reader's language; the English note when no translation exists. */
export function breachNote(b: Pick<BreachView, 'statusNote' | 'statusNoteId'>, locale: Locale): string | null {
  return (locale === 'id' ? (b.statusNoteId ?? b.statusNote) : b.statusNote) ?? null;
}
