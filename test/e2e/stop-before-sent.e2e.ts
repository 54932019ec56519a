// Stopped before anything is sent (issue 14, item 5): the pretend web stands in for the listed host and counts
// every request that reaches it. A top-level GET, a form POST from another site and a frame inside another site
// must reach it zero times, for a listed host and a host the person blocked; the danger page still opens for the
// top-level visit. Counts are printed so the closing note can quote them.
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll, type Driver, type TabPage } from '../../scripts/harness/driver';

/** On The Block List Project's phishing list (bundled). */
const LISTED = 'https://00apple00.com';
const BLOCKED = 'https://klinik-diblokir-stop.example';

/** Requests that reached the stand-in host: answered or refused by the pretend web. (In Firefox the test's BiDi
 * interception runs beside the extension's blocking listener; a request the extension cancelled is gone before
 * the answer is delivered and is counted in `web.cancelled`, not here: it never opened a connection.) */
const reached = (d: Driver, origin: string) => {
  const host = new URL(origin).host;
  return [...d.web.served, ...d.web.refused].filter((line) => line.includes(host)).length;
};

function waitFor(tab: TabPage, ok: (url: string) => boolean): Promise<string> {
  return poll(() => tab.currentUrl(), ok, 10_000, 'the tab to reach its address');
}

/** Gives a stopped request time to show up (it never should): until the page's own frame settled. */
async function settled(tab: TabPage): Promise<void> {
  await tab
    .evaluate(() => new Promise((r) => (document.readyState === 'complete' ? r(null) : addEventListener('load', r))))
    .catch(() => undefined);
}

describeInBrowsers('stopped before anything is sent', (driver, browser) => {
  const scenarios = async (d: Driver, target: string, label: string) => {
    const counts: Record<string, number> = {};
    d.web.html(`${target}/masuk`, '<!doctype html><title>x</title><p>should never load');
    d.web.html(`${target}/terima`, '<!doctype html><title>x</title><p>should never load');
    d.web.html(`${target}/bingkai`, '<!doctype html><title>x</title><p>should never load');

    // 1. A top-level GET: the danger page opens, the host hears nothing.
    const before = reached(d, target);
    const tab = await d.open('about:blank');
    await tab.goto(`${target}/masuk`).catch(() => undefined);
    expect(await waitFor(tab, (u) => u.includes('/danger.html'))).toContain('/danger.html');
    counts.get = reached(d, target) - before;
    await tab.close();

    // 2. A form POST from an unlisted page (submitted by script, so no pre-submit check stands in the way).
    const from = `https://rs-contoh.example/kirim-${label}`;
    d.web.html(
      from,
      `<!doctype html><title>Kirim</title><form id="f" method="post" action="${target}/terima"><input name="nik" value="x"></form>`,
    );
    const page = await d.open(from);
    const postBefore = reached(d, target);
    await page.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit());
    await waitFor(page, (u) => u !== from);
    await settled(page);
    counts.post = reached(d, target) - postBefore;
    await page.close();

    // 3. A frame of the dangerous site inside an unlisted page.
    const framing = `https://rs-contoh.example/bingkai-${label}`;
    d.web.html(framing, `<!doctype html><title>Bingkai</title><iframe src="${target}/bingkai"></iframe>`);
    const frameBefore = reached(d, target);
    const framed = await d.open(framing);
    await settled(framed);
    counts.frame = reached(d, target) - frameBefore;
    await framed.close();

    console.warn(`[stop-before-sent] ${browser} ${label}: ${JSON.stringify(counts)}`);
    return counts;
  };

  it('a listed host hears nothing: GET navigation, form POST, frame', async () => {
    const d = driver();
    expect(await scenarios(d, LISTED, 'listed')).toEqual({ get: 0, post: 0, frame: 0 });
  });

  it('a host the person blocked hears nothing: GET navigation, form POST, frame', async () => {
    const d = driver();
    await d.send('setSiteStatus', { site: new URL(BLOCKED).host, status: 'blocked' });
    try {
      expect(await scenarios(d, BLOCKED, 'blocked')).toEqual({ get: 0, post: 0, frame: 0 });
    } finally {
      await d.send('setSiteStatus', { site: new URL(BLOCKED).host, status: 'none' });
    }
  });
});
