// Issue 15, "list sources": a list source whose server never stops sending. The download stops at the product's
// real size cap (lib/settings/list-download.ts, MAX_LIST_BYTES: nothing is made smaller for the test), the
// connection is closed, a clear error is stored and shown on the settings page, and the last good copy still
// warns. The server streams an endless answer with backpressure, so nothing near 64 MB is ever held in the
// test's memory; it gives up by itself well past the cap, so a download that did not stop fails instead of hanging.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { poll, pollPage, type Driver } from '../../scripts/harness/driver';
import type { ChromiumDriver } from '../../scripts/harness/chromium';
import { startLoopbackServer, type LoopbackServer } from '../../scripts/harness/loopback';
import { MAX_LIST_BYTES } from '../../lib/settings/list-download';
import type { SettingsView } from '../../lib/messaging/protocol';

const MB = 1024 * 1024;
/**
 * Beyond the cap, what the browser's network layer may already have pulled in (and the test proxy and the
 * sockets hold) when the extension stops reading: the extension reads one chunk past the cap at most, but a
 * browser reads ahead of a slower reader on its own (over loopback, measured: Chromium 8-11 MB, Firefox 9-31 MB).
 * Less than the cap again, and far from the server's own limit, which a download that never stopped reaches.
 */
const IN_FLIGHT = MAX_LIST_BYTES;
/** The server's own limit: a download that kept reading gets an end here, and the test fails on what it read. */
const SERVER_GIVES_UP = 3 * MAX_LIST_BYTES;

/** ~100 KB of well-formed list lines, sent again and again: only the size, never the content, is wrong. */
const CHUNK = Buffer.from(Array.from({ length: 4096 }, (_, i) => `h${i}.tanpa-akhir.example\n`).join(''));

type Results = { results: Array<{ id: string; ok: boolean; error?: string; entries?: number }> };

describeInBrowsers(
  'list sources: an endless download stops at the size cap',
  (driver) => {
    let server: LoopbackServer;
    let endless = false;
    /** What the server wrote of the endless answer, and whether the client closed the connection. */
    const stream = { sent: 0, closedByClient: false };
    beforeAll(async () => {
      server = await startLoopbackServer();
      server.route('/daftar-tanpa-akhir.txt', (_req, res) => {
        if (!endless) {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('phishing-tanpa-akhir.example\nscam-tanpa-akhir.example\n');
          return;
        }
        // No content-length: chunked, so the size is known only by reading.
        res.writeHead(200, { 'content-type': 'text/plain' });
        stream.sent = 0;
        stream.closedByClient = false;
        let open = true;
        res.on('close', () => {
          if (open) stream.closedByClient = !res.writableEnded;
          open = false;
        });
        const pump = () => {
          while (open) {
            if (stream.sent >= SERVER_GIVES_UP) {
              open = false;
              res.end();
              return;
            }
            stream.sent += CHUNK.length;
            if (!res.write(CHUNK)) {
              res.once('drain', pump);
              return;
            }
          }
        };
        pump();
      });
    });
    afterAll(() => server?.close());

    it('stops reading at the cap, closes the connection, says why, and keeps the last good copy', async () => {
      const d: Driver = driver();
      (d as Partial<ChromiumDriver>).network?.allow(`127.0.0.1:${server.port}`);
      const url = `${server.origin}/daftar-tanpa-akhir.txt`;
      const listSources = [{ id: 'own-tanpa-akhir', kind: 'reputation', url, enabled: true }];
      expect((await d.send<{ ok: boolean }>('saveSettings', { patch: { listSources } })).ok).toBe(true);
      try {
        endless = false;
        const first = await d.send<Results>('refreshListSources', {});
        expect(first.results).toEqual([{ id: 'own-tanpa-akhir', ok: true, entries: 2 }]);

        endless = true;
        const second = await d.send<Results>('refreshListSources', {});
        expect(second.results).toEqual([{ id: 'own-tanpa-akhir', ok: false, error: 'too_large' }]);
        // The extension hung up: the server did not reach its own limit, and wrote little more than the cap.
        await poll(
          async () => ({ ...stream }),
          (s) => s.closedByClient,
          10_000,
          'the download connection closed by the browser',
        );
        console.info(`${d.name}: ${(stream.sent / MB).toFixed(1)} MB sent before the browser closed the download`);
        expect(stream.sent).toBeGreaterThan(MAX_LIST_BYTES);
        expect(stream.sent).toBeLessThan(MAX_LIST_BYTES + IN_FLIGHT);

        // The last good copy still warns, and the source keeps its entries with the error beside them.
        const danger = await d.send<{ reasons: Array<{ code: string }> }>('getDangerView', {
          url: 'https://phishing-tanpa-akhir.example/',
        });
        expect(danger.reasons.map((r) => r.code)).toContain('blocklisted');
        const view = await d.send<SettingsView>('getSettingsView', {});
        expect(view.sources[0]).toMatchObject({ lastError: 'too_large', entries: 2 });
        expect(view.sources[0]?.lastOk).not.toBeNull();

        const page = await d.openExtensionPage('/options.html');
        const shown = await pollPage(
          page,
          (sel) => document.querySelector<HTMLElement>(sel)?.innerText ?? '',
          (t) => t.includes('MB'),
          'the size error on the settings page',
          `[data-source="${url}"]`,
        );
        expect(shown).toContain(`Last attempt failed: the list is larger than ${MAX_LIST_BYTES / MB} MB`);
        expect(shown).toContain(': 2 entries.');
        await page.close();
      } finally {
        await d.send('saveSettings', { patch: { listSources: [] } });
      }
    });
  },
  { networkAllowed: true },
);
