// Badge colour follows the site's risk level (../shared/CONTRACTS.md §2). Colours chosen for contrast with
// white badge text (WCAG AA at the badge's size) and to read as "stop / careful / fine / trusted".
import type { Level } from './reason-codes';

export const BADGE_COLOUR: Readonly<Record<Level, string>> = {
  danger: '#b91c1c',
  caution: '#a16207',
  ok: '#0f766e',
  trusted: '#15803d',
};
