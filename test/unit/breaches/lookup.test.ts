import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOGUE } from '../../../lib/breaches/bundled';
import { createBreachIndex } from '../../../lib/breaches/lookup';
import { breach, catalogue } from './fixtures';

const ids = (list: Array<{ id: string }>) => list.map((b) => b.id);

describe('createBreachIndex().forHost', () => {
  const index = createBreachIndex(
    catalogue([
      breach({ id: 'kemkes', domains: ['kemkes.go.id'], dataClasses: ['medical_record'] }),
      breach({ id: 'pl', domains: ['pedulilindungi.id', 'kemkes.go.id'], breachDate: '2022-11-15' }),
      breach({ id: 'ddns-one', domains: ['phoenixim.ddns.net'] }),
      breach({ id: 'adult', domains: ['adult.example'], sensitive: true }),
      breach({ id: 'nodomain', domains: [] }),
    ]),
  );

  it('matches the site and any of its subdomains', () => {
    expect(ids(index.forHost('kemkes.go.id'))).toEqual(['kemkes', 'pl']);
    expect(ids(index.forHost('sirs.kemkes.go.id'))).toEqual(['kemkes', 'pl']);
    expect(ids(index.forHost('WWW.Kemkes.go.id.'))).toEqual(['kemkes', 'pl']);
  });

  it('shows a breach listing several domains on each of them', () => {
    expect(ids(index.forHost('app.pedulilindungi.id'))).toEqual(['pl']);
  });

  it('returns nothing for unknown, look-alike or parent hosts', () => {
    expect(index.forHost('example.org')).toEqual([]);
    expect(index.forHost('kemkes.go.id.evil.example')).toEqual([]);
    expect(index.forHost('go.id')).toEqual([]);
    expect(index.forHost('127.0.0.1')).toEqual([]);
    expect(index.forHost('[::1]')).toEqual([]);
    expect(index.forHost('')).toEqual([]);
    expect(index.forHost('localhost')).toEqual([]);
  });

  it('keeps a breach of one private-suffix customer off the others', () => {
    expect(ids(index.forHost('phoenixim.ddns.net'))).toEqual(['ddns-one']);
    expect(ids(index.forHost('chat.phoenixim.ddns.net'))).toEqual(['ddns-one']);
    expect(index.forHost('someone-else.ddns.net')).toEqual([]);
  });

  it('leaves sensitive breaches out for third parties only', () => {
    expect(ids(index.forHost('adult.example'))).toEqual(['adult']);
    expect(index.forHost('cdn.adult.example', { thirdParty: true })).toEqual([]);
  });

  it('drops an HIBP entry re-expressed by a curated one, and duplicate ids', () => {
    const idx = createBreachIndex([
      breach({ id: 'hibp-Shop', origin: 'hibp', hibpName: 'Shop', domains: ['shop.example'] }),
      breach({ id: 'id-shop-2020', origin: 'curated', hibpName: 'Shop', domains: ['shop.example'] }),
      breach({ id: 'id-shop-2020', domains: ['shop.example'], title: 'second copy' }),
    ]);
    expect(ids(idx.forHost('shop.example'))).toEqual(['id-shop-2020']);
    expect(idx.breaches).toHaveLength(1);
  });
});

describe('the bundled catalogue', () => {
  const index = createBreachIndex(BUNDLED_CATALOGUE);

  it('knows Indonesian health-ministry and BPJS breaches that HIBP lacks', () => {
    expect(ids(index.forHost('sirs.kemkes.go.id'))).toEqual(
      expect.arrayContaining(['id-kemkes-patient-records-2022', 'id-ehac-2021', 'id-pedulilindungi-2022']),
    );
    expect(ids(index.forHost('daftar.bpjs-kesehatan.go.id'))).toContain('id-bpjs-kesehatan-2021');
  });

  it('finds HIBP breaches by the registrable domain of a subdomain Domain', () => {
    expect(ids(index.forHost('www.lazada.sg'))).toContain('hibp-Lazada');
    expect(ids(index.forHost('tokopedia.com'))).toEqual(['id-tokopedia-2020']);
  });
});
