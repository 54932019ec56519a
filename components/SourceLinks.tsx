// Source links as short text: the popup and settings show a tracker's "can record what you type" sources and a
// breach's sources the same way.

const MAX_PAGE_WORDS = 48;

/** A source link shows its host only (help.hotjar.com), so the line stays short on a phone. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Readable words from the last path segment that has letters in it ("36820034730641-How-to-Show-Elements" →
 * "How to Show Elements"), or '' when there is none. */
function pageWords(url: string): string {
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return '';
  }
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    let segment: string;
    try {
      segment = decodeURIComponent(segments[i]!);
    } catch {
      segment = segments[i]!;
    }
    const words = segment
      .replace(/\.(?:html?|md|php|aspx?)$/i, '')
      .replace(/^\d+[-_]/, '')
      .replace(/[-_+]+/g, ' ')
      .trim();
    if (/\p{L}/u.test(words) && words !== 'index') {
      return words.length > MAX_PAGE_WORDS ? `${words.slice(0, MAX_PAGE_WORDS - 1).trimEnd()}…` : words;
    }
  }
  return '';
}

/** The text of each link: the host alone, unless several links share a host, which would then read as the same
 * link twice; those say which page they are ("help.hotjar.com: Content Security Policies"), or are numbered when
 * the address has no words to tell them apart. */
export function sourceLabels(urls: readonly string[]): string[] {
  const hosts = urls.map(sourceHost);
  const count = new Map<string, number>();
  for (const h of hosts) count.set(h, (count.get(h) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = urls.map((url, i) => {
    const host = hosts[i]!;
    if (count.get(host) === 1) return host;
    const n = (seen.get(host) ?? 0) + 1;
    seen.set(host, n);
    const words = pageWords(url);
    return words ? `${host}: ${words}` : `${host} (${n})`;
  });
  // Two pages whose addresses give the same words still need telling apart.
  const repeated = new Map<string, number>();
  for (const l of labels) repeated.set(l, (repeated.get(l) ?? 0) + 1);
  const again = new Map<string, number>();
  return labels.map((l) => {
    if (repeated.get(l) === 1) return l;
    const n = (again.get(l) ?? 0) + 1;
    again.set(l, n);
    return `${l} (${n})`;
  });
}

export function SourceLinks({ sources }: { sources: readonly string[] }) {
  const unique = [...new Set(sources)];
  const labels = sourceLabels(unique);
  return (
    <>
      {unique.map((s, i) => (
        <span key={s}>
          {i > 0 ? ', ' : null}
          <a href={s} target="_blank" rel="noreferrer noopener">
            {labels[i]}
          </a>
        </span>
      ))}
    </>
  );
}
