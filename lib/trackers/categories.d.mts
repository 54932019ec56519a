// Types for categories.mjs. The union is the keys of lib/trackers/types.ts TRACKER_CATEGORY, the table of every
// decision about a category; a test holds the run-time list to that table's keys, in order.
import type { TrackerCategory } from './types';

export declare const TRACKER_CATEGORIES: readonly TrackerCategory[];
