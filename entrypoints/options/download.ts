// Saves text as a file the person keeps: a Blob URL opened through an <a download>. Extension pages may do this
// (the page's CSP governs what it loads, not what it hands to the browser's downloads).
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the Blob after click() returns: give it time before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `jaga-data-trusted-2026-08-01.txt`: the date tells two exports apart. */
export function exportFileName(what: string, extension: string, now = new Date()): string {
  return `jaga-data-${what}-${now.toISOString().slice(0, 10)}.${extension}`;
}
