// Renders assets/icon.svg to the PNG sizes the manifests use. Run by hand when the icon changes
// (`node scripts/build/make-icons.mjs`); the PNGs are committed so a build needs no browser.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { findChromium } from '../lib/find-browser.mjs';

const svg = await readFile(new URL('../../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  for (const size of [16, 32, 48, 96, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    );
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
