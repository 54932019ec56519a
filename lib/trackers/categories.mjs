// The closed set of tracker categories, in display order. Plain JavaScript so the catalogue build script
// (scripts/data/trackers.mjs) and the extension (lib/trackers/types.ts, whose TRACKER_CATEGORY table holds every
// decision about a category) share one list; the type is in categories.d.mts.
export const TRACKER_CATEGORIES = Object.freeze([
  'session_replay',
  'advertising',
  'analytics',
  'social',
  'tag_manager',
  'customer_chat',
  'monitoring',
  'consent',
  'cdn',
]);
