export * from './types';
export { toWarningEntry, isSite, isIsoTime } from './entry';
export { appendWarning, pruneWarnings } from './append';
export { exportCsv, exportJson, csvCell, CSV_COLUMNS, JSON_EXPORT_FORMAT } from './export';
export { parseWarningLog } from './parse';
