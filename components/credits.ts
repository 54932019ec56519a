// Where the extension's own pages find the licences and copyright lines of what it bundles: written into public/ by
// scripts/notices.mjs, so every build carries it at the extension's root.
export const NOTICES_HREF = '/THIRD_PARTY_NOTICES.txt';
