// Cost of a breach lookup for a visited host and of the notify decision, with the bundled catalogue.
import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOGUE } from '../../lib/breaches/bundled';
import { createBreachIndex } from '../../lib/breaches/lookup';
import { EMPTY_NOTIFY_STATE, breachesToNotify } from '../../lib/breaches/notify';
import { nsPerCall, recordBench } from './record';

describe('breaches', () => {
  it('measures index build, forHost and breachesToNotify', () => {
    const buildNs = nsPerCall(() => createBreachIndex(BUNDLED_CATALOGUE), 20);
    const index = createBreachIndex(BUNDLED_CATALOGUE);
    const hosts = [
      'sirs.kemkes.go.id',
      'www.tokopedia.com',
      'example.org',
      'daftar.bpjs-kesehatan.go.id',
      'cdn.jsdelivr.net',
    ];
    const hitNs = nsPerCall((i) => index.forHost(hosts[i % hosts.length] as string), 20_000);
    const missNs = nsPerCall((i) => index.forHost(`host${i % 1000}.unknown-site.example`), 20_000);
    const kemkes = index.forHost('kemkes.go.id');
    const now = Date.UTC(2026, 10, 27);
    const notifyNs = nsPerCall(() => breachesToNotify('kemkes.go.id', kemkes, EMPTY_NOTIFY_STATE, now), 20_000);
    expect(kemkes.length).toBeGreaterThan(0);
    recordBench('breaches', [
      { name: `index build, ${index.breaches.length} breaches`, value: buildNs / 1e6, unit: 'ms' },
      { name: 'forHost, mixed hosts (mostly hits)', value: hitNs / 1000, unit: 'µs' },
      { name: 'forHost, unknown host', value: missNs / 1000, unit: 'µs' },
      { name: `breachesToNotify, ${kemkes.length} breaches of one site`, value: notifyNs / 1000, unit: 'µs' },
    ]);
  });
});
