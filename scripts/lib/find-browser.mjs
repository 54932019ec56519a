// Finds an installed Chrome/Chromium or Firefox the way a person has them, so nothing is downloaded.
// CHROME_PATH and FIREFOX_PATH override the search.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];
const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

function onPath(names) {
  for (const name of names) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (found) return found;
    } catch {
      /* not on PATH */
    }
  }
  return undefined;
}

export class BrowserNotFoundError extends Error {}

export function findChromium() {
  const override = process.env.CHROME_PATH;
  if (override) {
    if (!existsSync(override))
      throw new BrowserNotFoundError(`CHROME_PATH points to ${override}, which does not exist.`);
    return override;
  }
  const found =
    CHROME_CANDIDATES.find((p) => existsSync(p)) ??
    onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge']);
  if (!found) {
    throw new BrowserNotFoundError(
      'No Chrome or Chromium was found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
        'or Google Chrome from https://www.google.com/chrome/) or set CHROME_PATH to its executable.',
    );
  }
  return found;
}

export function findFirefox() {
  const override = process.env.FIREFOX_PATH;
  if (override) {
    if (!existsSync(override))
      throw new BrowserNotFoundError(`FIREFOX_PATH points to ${override}, which does not exist.`);
    return override;
  }
  const found = FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? onPath(['firefox-esr', 'firefox']);
  if (!found) {
    throw new BrowserNotFoundError(
      'No Firefox was found. Install it (Debian: `sudo apt-get install firefox-esr`; Ubuntu: `sudo apt-get install firefox`) ' +
        'or set FIREFOX_PATH to its executable.',
    );
  }
  return found;
}
