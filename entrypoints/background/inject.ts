// The bootstrap found a form control in a frame: inject the scanner there (once per document).
import { browser } from 'wxt/browser';

export async function injectScanner(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/scanner.js'] });
    return true;
  } catch {
    // The frame went away, or it is a page extensions may not touch (the browser's own pages, the store).
    return false;
  }
}
