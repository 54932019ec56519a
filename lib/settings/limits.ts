// Bounds on what settings and policy may hold. Generous for real use, small enough that a damaged or hostile
// value cannot make every page load slow.

export const RETENTION_DAYS_MIN = 1;
export const RETENTION_DAYS_MAX = 365;
export const MAX_RULES_PER_LIST = 5000;
export const MAX_PROTECTED_DOMAINS = 5000;
export const MAX_LIST_SOURCES = 50;
export const MAX_ID_LENGTH = 200;
