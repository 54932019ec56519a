// Types for categories.mjs. A test checks that lib/trackers/types.ts TRACKER_CATEGORY, which the compiler holds to
// this union, has exactly the run-time list's members in its order.
export declare const TRACKER_CATEGORIES: readonly [
  'session_replay',
  'advertising',
  'analytics',
  'social',
  'tag_manager',
  'customer_chat',
  'monitoring',
  'consent',
  'cdn',
];
