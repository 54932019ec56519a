// Observed sends (issue 18): the service worker's wake-ups on a tab where nothing recognised was typed must be zero.
// In Chromium, the bench wraps the service worker's webRequest.onBeforeRequest.addListener (before the page
// loads) so that every event delivered to a listener the extension adds is counted, and counts connections on the
// observed-sends port. A page with a NIK field sends what was typed by fetch, XHR, beacon and an image pixel: once
// with text the recogniser does not take (the figure that must be zero), then, as a control that the count can
// see events, in a second tab after a NIK was typed.
import type { Page, Worker } from 'playwright-core';
import { CHROME_BUILD, ORIGIN, launch } from './chromium';
import { settle, type Row } from './rows';

const ROUNDS = 20;
const NIK = '3171015708450001';

const PAGE = `<!doctype html><html lang="id"><title>Pendaftaran</title><h1>Pendaftaran</h1>
<form action="/simpan" method="post"><label for="nama">Nama</label><input id="nama" name="nama">
<label for="nik">NIK (16 digit)</label><input id="nik" name="nik" autocomplete="off"></form>
<script>
function kirim(i) {
  const body = JSON.stringify({ i, nama: document.getElementById('nama').value, nik: document.getElementById('nik').value });
  fetch('/api/simpan', { method: 'POST', body }).catch(() => {});
  const x = new XMLHttpRequest(); x.open('POST', '/api/xhr'); x.send(body);
  navigator.sendBeacon('/api/beacon', body);
  new Image().src = '/api/pixel?i=' + i + '&d=' + encodeURIComponent(body);
}
</script></html>`;

interface Counts {
  events: number;
  listenersAdded: number;
  sendsPorts: number;
}

/** Wraps the worker's onBeforeRequest.addListener and counts sends-port connections (bench instrumentation). */
async function instrument(worker: Worker): Promise<void> {
  // tsx (esbuild keepNames) wraps named inner functions in __name(...), which the service worker lacks; the
  // wrapper below runs later, when the extension adds its listener, so the no-op must stay.
  await worker.evaluate('globalThis.__name ??= (f) => f');
  await worker.evaluate(() => {
    type Listener = (details: unknown) => void;
    interface RequestEvent {
      addListener(l: Listener, filter: unknown, extra?: unknown): void;
      removeListener(l: Listener): void;
      hasListener(l: Listener): boolean;
    }
    const g = globalThis as unknown as {
      chrome: {
        webRequest: { onBeforeRequest: RequestEvent };
        runtime: { onConnect: { addListener(l: (port: { name: string }) => void): void } };
      };
      __wake: { events: number; listenersAdded: number; sendsPorts: number };
    };
    g.__wake = { events: 0, listenersAdded: 0, sendsPorts: 0 };
    const event = g.chrome.webRequest.onBeforeRequest;
    const wrapped = new WeakMap<Listener, Listener>();
    const add = event.addListener.bind(event);
    const remove = event.removeListener.bind(event);
    const has = event.hasListener.bind(event);
    event.addListener = (listener, filter, extra) => {
      g.__wake.listenersAdded++;
      const counted: Listener = (d) => {
        g.__wake.events++;
        listener(d);
      };
      wrapped.set(listener, counted);
      add(counted, filter, extra);
    };
    event.removeListener = (listener) => remove(wrapped.get(listener) ?? listener);
    event.hasListener = (listener) => has(wrapped.get(listener) ?? listener);
    g.chrome.runtime.onConnect.addListener((port) => {
      if (port.name === 'jaga-sends') g.__wake.sendsPorts++;
    });
  });
}

const counts = (worker: Worker): Promise<Counts> =>
  worker.evaluate(() => ({ ...(globalThis as unknown as { __wake: Counts }).__wake }));

async function sendRounds(page: Page): Promise<number> {
  for (let i = 0; i < ROUNDS; i++)
    await page.evaluate((n) => (window as unknown as { kirim(n: number): void }).kirim(n), i);
  await settle(1500);
  return ROUNDS * 4;
}

export async function sendsWakeupsBench(): Promise<Row[]> {
  const pages: Record<string, string> = { '/daftar': PAGE };
  for (const p of ['/api/simpan', '/api/xhr', '/api/beacon', '/api/pixel']) pages[p] = '{}';
  const b = await launch(CHROME_BUILD, pages);
  const group = 'observed sends (Chromium): service-worker wake-ups';
  try {
    const worker = b.context.serviceWorkers()[0]!;
    await instrument(worker);
    const quiet = await b.context.newPage();
    await quiet.goto(`${ORIGIN}/daftar`, { waitUntil: 'load' });
    await quiet.locator('#nama').pressSequentially('budi santoso', { delay: 20 });
    await quiet.locator('#nik').pressSequentially('belum tahu', { delay: 20 });
    await settle(1500); // past the scanner's debounce: it has looked at both values
    const quietRequests = await sendRounds(quiet);
    const q = await counts(worker);
    await quiet.close();

    const watched = await b.context.newPage();
    await watched.goto(`${ORIGIN}/daftar`, { waitUntil: 'load' });
    await watched.locator('#nik').pressSequentially(NIK, { delay: 20 });
    const until = Date.now() + 15_000;
    while ((await counts(worker)).listenersAdded === q.listenersAdded && Date.now() < until) await settle(100);
    // Let the browser finish registering the listener the background just added.
    await settle(1000);
    const watchedRequests = await sendRounds(watched);
    const w = await counts(worker);
    await watched.close();
    return [
      {
        group,
        name: 'webRequest events delivered to the service worker, tab where nothing recognised was typed',
        value: q.events,
        unit: `of ${quietRequests} requests`,
        target: '0',
        note: `fetch, XHR, beacon, pixel × ${ROUNDS}; listeners added: ${q.listenersAdded}`,
      },
      {
        group,
        name: 'observed-sends port connections from that tab',
        value: q.sendsPorts,
        unit: '',
        target: '0',
      },
      {
        group,
        name: 'control: webRequest events after a NIK was typed (the count sees them)',
        value: w.events - q.events,
        unit: `of ${watchedRequests} requests`,
        note: `listeners added: ${w.listenersAdded - q.listenersAdded}; sends-port connections: ${w.sendsPorts - q.sendsPorts}`,
      },
    ];
  } finally {
    await b.close();
  }
}
