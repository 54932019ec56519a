// Types for breach-facts.mjs (plain JavaScript so the Node build script can share it).
export type BreachStatus = 'confirmed' | 'partly_confirmed' | 'alleged' | 'denied';
export type RecordsSource = 'seller' | 'organisation' | 'researchers' | 'hibp';
export declare const BREACH_STATUSES: readonly BreachStatus[];
export declare const RECORDS_SOURCES: readonly RecordsSource[];
export declare function defaultRecordsSource(isClaim: boolean, fromHibp: boolean): RecordsSource;
