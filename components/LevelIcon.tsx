import type { JSX } from 'preact';
import type { Level } from '../lib/risk/reason-codes';

// The level icons are drawn, not typed: an emoji such as ⛔ renders as an empty box where no emoji font is installed
// (many Linux desktops, older Windows), and a warning must never look broken. currentColor follows the banner's text.
const SHAPES: Record<Level, JSX.Element> = {
  // A stop sign: octagon with a bar.
  danger: (
    <>
      <path d="M8.3 2h7.4L22 8.3v7.4L15.7 22H8.3L2 15.7V8.3z" fill="currentColor" />
      <rect x="6.5" y="10.6" width="11" height="2.8" rx="0.6" fill="#fff" />
    </>
  ),
  // A warning triangle with an exclamation mark.
  caution: (
    <>
      <path d="M12 2.5 22.5 21h-21z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
      <rect x="11" y="9" width="2" height="6.5" rx="1" fill="currentColor" />
      <circle cx="12" cy="18" r="1.2" fill="currentColor" />
    </>
  ),
  // A check mark in a circle.
  ok: (
    <>
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
      <path d="m7 12.5 3.2 3.2L17 9" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
    </>
  ),
  // A star.
  trusted: (
    <path
      d="m12 2.8 2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z"
      fill="currentColor"
      stroke="currentColor"
      stroke-linejoin="round"
    />
  ),
};

/** The icon of a level, decorative (the words next to it say the same). */
export function LevelIcon({ level, size }: { level: Level; size: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      {SHAPES[level]}
    </svg>
  );
}
