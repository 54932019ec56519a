// Typing on a page that re-renders a 50-field section on every keystroke (Chromium): how many keystrokes take longer
// than a frame (16.7 ms) with and without the extension. Event Timing gives, per keystroke (interaction), the time
// from the key event to the next paint after its handlers ran; work the extension does on the page's main thread
// (its mutation observer, a re-scan) lands either inside that window or as input delay of a later keystroke.
import { CHROME_BUILD, ORIGIN, launch } from './chromium';
import { typingPage } from './pages';
import { round, settle, type Row } from './rows';

const KEYSTROKES = 180;
const FRAME_MS = 1000 / 60;
const TEXT =
  'budi santoso jalan merdeka nomor dua belas rt tiga rw empat kelurahan sukamaju kecamatan sukajadi kota bandung jawa barat pasien lama kontrol rutin poli penyakit dalam dokter anita';

export async function typingBench(): Promise<Row[]> {
  const pages = { '/typing': typingPage(50) };
  const figures: Record<string, { slow: number; interactions: number; worst: number }> = {};
  for (const [key, ext] of [
    ['none', null],
    ['jaga', CHROME_BUILD],
  ] as const) {
    const b = await launch(ext, pages);
    try {
      const page = await b.context.newPage();
      await page.goto(`${ORIGIN}/typing`, { waitUntil: 'load' });
      await settle(2500); // the first scan of the page is not what this measures
      await page.evaluate(() => {
        const w = window as unknown as { __slow: Map<number, number> };
        w.__slow = new Map();
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEventTiming & { interactionId?: number }>)
            if (e.interactionId)
              w.__slow.set(e.interactionId, Math.max(w.__slow.get(e.interactionId) ?? 0, e.duration));
        }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
      });
      const count0 = await page.evaluate(
        () => (performance as unknown as { interactionCount?: number }).interactionCount ?? 0,
      );
      await page.focus('#cari');
      // About ten keys a second, a quick typist.
      await page.keyboard.type(TEXT.slice(0, KEYSTROKES), { delay: 100 });
      await settle(1000);
      const r = await page.evaluate((frame) => {
        const w = window as unknown as { __slow: Map<number, number> };
        const d = [...w.__slow.values()];
        return {
          slow: d.filter((x) => x > frame).length,
          worst: d.length ? Math.max(...d) : 0,
          count: (performance as unknown as { interactionCount?: number }).interactionCount ?? 0,
        };
      }, FRAME_MS);
      figures[key] = { slow: r.slow, worst: r.worst, interactions: r.count - count0 };
    } finally {
      await b.close();
    }
  }
  const group = 'typing (Chromium, 50 fields re-rendered per keystroke)';
  return (['none', 'jaga'] as const).map((key) => ({
    group,
    name: `keystrokes over a frame (16.7 ms), ${key === 'jaga' ? 'with' : 'without'} the extension`,
    value: figures[key]!.slow,
    unit: `of ${KEYSTROKES}`,
    target: key === 'jaga' ? `same as without` : undefined,
    note: `Event Timing, key event → next paint; worst ${round(figures[key]!.worst, 0)} ms; ${figures[key]!.interactions} interactions seen`,
  }));
}
