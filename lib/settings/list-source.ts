// Where a downloadable list may come from. The extension pages' connect-src allows https anywhere and plain
// http only to this machine (scripts/build/manifest.ts), so anything else could never be fetched.
import type { ListKind } from './types';

export const LIST_KINDS: readonly ListKind[] = ['reputation', 'breaches'];

export function isListKind(value: unknown): value is ListKind {
  return typeof value === 'string' && (LIST_KINDS as readonly string[]).includes(value);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/** Canonical URL of a list, or null when it is not one the extension could download. */
export function normaliseListUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  // Credentials in a list address would end up in storage and exports: refuse them.
  if (url.username || url.password) return null;
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url.href;
  return null;
}
