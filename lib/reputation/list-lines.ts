// Line-level reading shared by the site-list import (people's lists) and the host-list parser (downloaded
// reputation lists): format detection, comments, hosts-file and adblock lines.

export type ListFormat = 'plain' | 'hosts' | 'adblock' | 'csv';

export const CSV_VALUE_COLUMNS = ['domain', 'host', 'hostname', 'site', 'value', 'url'];

const HOSTS_LINE_RE = /^\s*(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]*:[0-9a-f:.%a-z]*)\s+\S/i;

/** Boilerplate names every hosts file maps to loopback; they are not sites to judge. */
export const HOSTS_FILE_LOCAL_NAMES = new Set([
  'localhost',
  'localhost.localdomain',
  'local',
  'broadcasthost',
  'ip6-localhost',
  'ip6-loopback',
  'ip6-localnet',
  'ip6-mcastprefix',
  'ip6-allnodes',
  'ip6-allrouters',
  'ip6-allhosts',
  '0.0.0.0',
]);

/** Guesses the format from the first meaningful lines. */
export function detectFormat(lines: readonly string[]): ListFormat {
  let seen = 0;
  let first: string | undefined;
  for (const raw of lines) {
    const t = raw.trim();
    if (t === '') continue;
    if (/^\[adblock/i.test(t) || t.startsWith('||') || t.startsWith('@@') || t.includes('##')) return 'adblock';
    if (t.startsWith('!') || t.startsWith('#')) continue;
    first ??= t;
    if (HOSTS_LINE_RE.test(t)) return 'hosts';
    if (++seen >= 50) break;
  }
  if (first !== undefined) {
    const head = first.toLowerCase().split(/[,;\t]/);
    if (head.length > 1 && head.some((h) => CSV_VALUE_COLUMNS.includes(h.trim().replace(/^"|"$/g, '')))) {
      return 'csv';
    }
  }
  return 'plain';
}

/** The line without a `#` comment (whole-line, or after whitespace), trimmed. */
export function stripHashComment(line: string): string {
  const t = line.trim();
  if (t.startsWith('#')) return '';
  const at = t.search(/\s#/);
  return (at >= 0 ? t.slice(0, at) : t).trim();
}

/** Adblock comment and header lines: `! …`, `[Adblock Plus 2.0]`, and `# …` (not `##` element hiding). */
export function isAdblockComment(line: string): boolean {
  const t = line.trim();
  return t.startsWith('!') || /^\[.*\]$/.test(t) || (t.startsWith('#') && !t.startsWith('##'));
}

const ALLOWED_ADBLOCK_OPTIONS = new Set(['document', 'doc', 'all', 'important', 'popup', '1p', 'first-party']);

export type AdblockLine = { kind: 'host'; host: string } | { kind: 'exception' } | { kind: 'unsupported' };

/**
 * A `||example.com^` rule (optionally `$document`, `$all`, `$important`) names a whole site. Anything else
 * (paths, element hiding, other options) does not say "this site", so it is reported, not guessed at.
 * A bare host name is read as a site too, as uBlock Origin does.
 */
export function parseAdblockLine(line: string): AdblockLine {
  const t = line.trim();
  if (t.startsWith('@@')) return { kind: 'exception' };
  const m = /^\|\|([^/^$|*]+)\^(?:\|)?(?:\$(.*))?$/.exec(t);
  if (m) {
    const options = (m[2] ?? '').split(',').filter((o) => o !== '');
    if (options.every((o) => ALLOWED_ADBLOCK_OPTIONS.has(o.trim().toLowerCase()))) return { kind: 'host', host: m[1]! };
    return { kind: 'unsupported' };
  }
  if (/^[a-z0-9._*-]+$/i.test(t) && t.includes('.')) return { kind: 'host', host: t };
  return { kind: 'unsupported' };
}

/** `IP host [host…]`: the host names, or null when the line does not start with an IP address. */
export function parseHostsLine(line: string): string[] | null {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 2) return null;
  const ip = parts[0]!;
  if (!/^\d{1,3}(?:\.\d{1,3}){3}$/.test(ip) && !/^[0-9a-f]*:[0-9a-f:.%a-z]*$/i.test(ip)) return null;
  return parts.slice(1);
}
