// Things that happen over time: the background is stopped mid-session (Chrome stops an idle service worker
// after 30 s) and loses nothing; a list source the person turned on is downloaded whole from a (loopback)
// server, and a broken download keeps the last good copy.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll } from '../../scripts/harness/driver';
import { startLoopbackServer, type LoopbackServer } from '../../scripts/harness/loopback';
import type { ChromiumDriver } from '../../scripts/harness/chromium';
import { DEMO_FORM } from './pages';

let server: LoopbackServer;
let listBody = '# a reputation list\n0.0.0.0 phish-contoh.example\n0.0.0.0 login-palsu.example\n';

beforeAll(async () => {
  server = await startLoopbackServer();
  server.route('/list.txt', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(listBody);
  });
});
afterAll(async () => {
  await server.close();
});

describeInBrowsers(
  'lifecycle',
  (driver, browser) => {
    if (browser === 'chromium') {
      it('loses nothing when the service worker is stopped mid-session', async () => {
        const d = driver() as ChromiumDriver;
        const url = 'https://rs-contoh.example/daftar-ulang';
        d.web.html(url, DEMO_FORM);
        const page = await d.open(url);
        const before = await d.waitForView(url, (v) => v.fields.length > 5);
        await d.send('setSiteStatus', { site: 'klinik-percaya.example', status: 'trusted' });
        // Tab states are written to storage.session at most once a second (entrypoints/background/tabs.ts): wait
        // until this tab's report has been written, since a real browser never stops a worker that busy.
        await poll(
          () => d.inExtension(async () => JSON.stringify(await chrome.storage.session.get('tabs'))),
          (saved) => saved.includes('no_ktp'),
          15_000,
          "the tab's report written to storage.session",
        );
        // Stop the extension's service worker by closing its target (ServiceWorker.stopAllWorkers on a page's
        // session does not reach an extension's worker), and wait until it is really gone.
        const cdp = await d.context.newCDPSession(d.pageOf(page));
        const workers = async () =>
          (
            (await cdp.send('Target.getTargets')) as {
              targetInfos: Array<{ type: string; url: string; targetId: string }>;
            }
          ).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(d.extensionOrigin));
        const running = await workers();
        expect(running.length).toBe(1);
        await cdp.send('Target.closeTarget', { targetId: running[0]!.targetId });
        await poll(workers, (list) => list.length === 0, 15_000, 'the service worker to stop');
        await cdp.detach();
        const after = await d.view(url);
        expect(after!.fields).toEqual(before.fields);
        expect(after!.level).toBe(before.level);
        expect(await d.badge(url)).toBe(String(before.fields.length));
        const settings = await d.send<{ settings: { trusted: Array<{ value: string }> } }>('getSettingsView', {});
        expect(settings.settings.trusted.map((r) => r.value)).toContain('klinik-percaya.example');
        await d.send('setSiteStatus', { site: 'klinik-percaya.example', status: 'none' });
        await page.close();
      });
    }

    it('downloads a whole list from a source the person turned on, and keeps it when a download breaks', async () => {
      const d = driver();
      const port = server.port;
      if (browser === 'chromium') (d as ChromiumDriver).network.allow(`127.0.0.1:${port}`);
      const url = `http://127.0.0.1:${port}/list.txt`;
      listBody = '# a reputation list\n0.0.0.0 phish-contoh.example\n0.0.0.0 login-palsu.example\n';
      const view = await d.send<{ settings: { listSources: unknown[] } }>('getSettingsView', {});
      expect(view.settings.listSources).toEqual([]);
      // Nothing is downloaded before the person turns a source on.
      expect(server.log).toEqual([]);
      await d.send('saveSettings', {
        patch: { listSources: [{ id: 'klinik-list', kind: 'reputation', url, enabled: true }] },
      });
      const first = await d.send<{ results: Array<{ id: string; ok: boolean; entries?: number }> }>(
        'refreshListSources',
        {},
      );
      expect(first.results).toEqual([{ id: 'klinik-list', ok: true, entries: 2 }]);
      expect(server.log).toEqual(['GET /list.txt']);
      const danger = await d.send<{ reasons: Array<{ code: string; detail?: string }> }>('getDangerView', {
        url: 'https://www.phish-contoh.example/masuk',
      });
      expect(danger.reasons).toContainEqual({ code: 'blocklisted', detail: `127.0.0.1:${port}` });

      listBody = '<html>this is not a list</html>';
      const second = await d.send<{ results: Array<{ id: string; ok: boolean; error?: string }> }>(
        'refreshListSources',
        {},
      );
      expect(second.results[0]).toMatchObject({ id: 'klinik-list', ok: false });
      const still = await d.send<{ reasons: Array<{ code: string }> }>('getDangerView', {
        url: 'https://phish-contoh.example/',
      });
      expect(still.reasons.map((r) => r.code)).toContain('blocklisted');
      const sources = await d.send<{
        sources: Array<{ id: string; lastOk: string | null; lastError: string | null; entries: number }>;
      }>('getSettingsView', {});
      expect(sources.sources[0]).toMatchObject({ id: 'klinik-list', entries: 2 });
      expect(sources.sources[0]!.lastError).toBeTruthy();

      await d.send('saveSettings', { patch: { listSources: [] } });
      await d.send('refreshListSources', {});
      const gone = await d.send<{ reasons: Array<{ code: string }> }>('getDangerView', {
        url: 'https://phish-contoh.example/',
      });
      expect(gone.reasons).toEqual([]);
      if (browser === 'chromium') {
        // The only requests that left the browser were the two downloads from the loopback source.
        const unexplained = (d as ChromiumDriver).network.unexplained();
        expect(unexplained.every((line) => line === `GET http://127.0.0.1:${port}/list.txt`)).toBe(true);
        expect(unexplained.length).toBe(2);
      }
      server.log.length = 0;
    });
  },
  { networkAllowed: true },
);
