// Host clean-up and host-name syntax: one rule, shared by the data scripts (scripts/data/*.mjs, plain Node) and the
// extension (lib/site, lib/reputation, lib/breaches, lib/settings, lib/trackers). Plain JavaScript so both can
// import it; types live in host-core.d.mts. Imports nothing: lib/site sits at the bottom of lib/.

/** Strings with nothing to trim or lower-case: the common case, checked without allocating (lists run through here). */
const PLAIN = /^[a-z0-9._:*[\]-]*$/;

/**
 * The one host clean-up: trimmed, lower-case, without IPv6 brackets (`[::1]`) or one trailing dot (`example.com.`).
 * Every comparison of hosts (sites, rules, lists, loopback) goes through this.
 */
export function bareHost(host) {
  let h = PLAIN.test(host) ? host : host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

/** Four dot-separated decimal parts of at most 255 (leading zeros tolerated, as list files write them). */
export function isDottedQuad(h) {
  const last = h.charCodeAt(h.length - 1);
  if (!(last >= 48 && last <= 57)) return false;
  const parts = h.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function toAscii(h) {
  try {
    return new URL('http://' + h + '/').hostname;
  } catch {
    return null;
  }
}

/**
 * A bare host (see bareHost) as a lower-case ASCII DNS name, or null when it is not one: Unicode becomes punycode;
 * at least `minLabels` labels of 1-63 letters, digits, `-` or `_`, 253 characters at most; a numeric last label
 * only when the whole name is an IPv4 address. One pass over the characters: lists of a million lines come here.
 */
export function hostNameSyntax(h, minLabels) {
  if (h.length === 0 || h.length > 253) return null;
  let labelLength = 0;
  let labels = 1;
  let lastLabelNumeric = true;
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    if (c === 46 /* . */) {
      if (labelLength === 0) return null;
      labels++;
      labelLength = 0;
      lastLabelNumeric = true;
      continue;
    }
    const digit = c >= 48 && c <= 57;
    if (!(digit || (c >= 97 && c <= 122) || c === 45 || c === 95)) {
      if (c < 128) return null;
      const ascii = toAscii(h);
      return ascii === null ? null : hostNameSyntax(bareHost(ascii), minLabels);
    }
    if (!digit) lastLabelNumeric = false;
    if (++labelLength > 63) return null;
  }
  if (labelLength === 0 || labels < minLabels) return null;
  if (lastLabelNumeric && !isDottedQuad(h)) return null;
  return h;
}

/**
 * A host name as written in a list or typed by a person: bareHost's clean-up, a `*.` wildcard dropped (it names the
 * same domain), then hostNameSyntax.
 */
export function dnsName(raw, minLabels) {
  const h = bareHost(raw);
  return hostNameSyntax(h.startsWith('*.') ? h.slice(2) : h, minLabels);
}
