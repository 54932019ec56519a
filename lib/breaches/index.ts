// Public surface of the breach catalogue: types, lookup, ordering, notify-once logic and imports.
export { BUNDLED_CATALOGUE } from './bundled';
export { parseCatalogue, mergeCatalogues, type MergeResult, type ParseCatalogueResult } from './catalogue';
export { DATA_CLASS, DATA_CLASSES, isHealthOrId, mapHibpDataClass, type DataClass } from './data-classes';
export { parseHibpJson, type HibpSkipReason, type ParseHibpResult } from './import-hibp';
export { createBreachIndex, type BreachIndex, type ForHostOptions } from './lookup';
export {
  EMPTY_NOTIFY_STATE,
  RECENCY_MONTHS,
  breachesToNotify,
  dismiss,
  isWithinNoticeWindow,
  markNotified,
  parseNotifyState,
  type NotifyState,
} from './notify';
export { compareRelevance, orderByRelevance } from './relevance';
export {
  BREACH_STATUSES,
  HIBP_ATTRIBUTION,
  RECORDS_SOURCES,
  attributionKey,
  recordsSourceOf,
  auditEntry,
  breachVersion,
  type Attribution,
  type AuditBreach,
  type Breach,
  type BreachCatalogue,
  type BreachStatus,
  type ImportProblem,
  type RecordsSource,
} from './types';
