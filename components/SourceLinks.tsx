// The vendor pages behind a "can record what you type" claim, as short links: the popup and settings show the same.

/** A source link shows its host only (help.hotjar.com), so the line stays short on a phone. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function SourceLinks({ sources }: { sources: readonly string[] }) {
  return (
    <>
      {sources.map((s, i) => (
        <span key={s}>
          {i > 0 ? ', ' : null}
          <a href={s} target="_blank" rel="noreferrer noopener">
            {sourceHost(s)}
          </a>
        </span>
      ))}
    </>
  );
}
