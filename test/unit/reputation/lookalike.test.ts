import { describe, expect, it } from 'vitest';
import {
  differsOnlyAtStart,
  differsOnlyByTrailingDigits,
  hasOneAdjacentSwap,
  isEditDistanceAtMostOne,
} from '../../../lib/reputation/edit-distance';
import { checkLookalike, createLookalikeIndex } from '../../../lib/reputation/lookalike';
import {
  BUNDLED_PROTECTED_DOMAINS,
  userProtectedDomains,
  type ProtectedDomain,
} from '../../../lib/reputation/protected-domains';

const index = createLookalikeIndex(BUNDLED_PROTECTED_DOMAINS);
const check = (host: string) => index.check(host);
/** The IDN as the address bar's URL parser hands it over (punycode). */
const idn = (unicodeHost: string) => new URL(`http://${unicodeHost}/`).hostname;

describe('hard positives, one per technique', () => {
  it.each([
    // another suffix of the same name
    ['kemkes.com', 'kemkes.go.id', 'suffix'],
    ['bpjs-kesehatan.id', 'bpjs-kesehatan.go.id', 'suffix'],
    ['kemkes.co.id', 'kemkes.go.id', 'suffix'],
    ['satusehat.id', 'kemkes.go.id', 'suffix'],
    ['kemkes.pages.dev', 'kemkes.go.id', 'suffix'],
    // the real domain embedded in another
    ['kemkes.go.id.verifikasi.example', 'kemkes.go.id', 'embedded'],
    ['bpjs-kesehatan-go-id.com', 'bpjs-kesehatan.go.id', 'embedded'],
    ['kemkes-go-id.com', 'kemkes.go.id', 'embedded'],
    ['kemkes-go.id', 'kemkes.go.id', 'embedded'],
    ['www.kemkes.go.id-login.xyz', 'kemkes.go.id', 'embedded'],
    // brand plus lure words
    ['bpjs-kesehatan-verifikasi.com', 'bpjs-kesehatan.go.id', 'combo'],
    ['satusehat-daftar.net', 'kemkes.go.id', 'combo'],
    ['cek-bansos-resmi.com', 'kemensos.go.id', 'combo'],
    ['bpjsklaimonline.xyz', 'bpjs-kesehatan.go.id', 'combo'],
    ['kemkes-daftar2024.com', 'kemkes.go.id', 'combo'],
    ['bpjs-klaim.example.com', 'bpjs-kesehatan.go.id', 'combo'],
    ['bpjs.verifikasi-data.com', 'bpjs-kesehatan.go.id', 'combo'],
    ['halodoc-promo.id', 'halodoc.com', 'combo'],
    // one typo or swapped pair
    ['kemkez.com', 'kemkes.go.id', 'typo'],
    ['kemkess.com', 'kemkes.go.id', 'typo'],
    ['bpjskesehatan.com', 'bpjs-kesehatan.go.id', 'typo'],
    ['halodc.com', 'halodoc.com', 'typo'],
    ['kmekes.com', 'kemkes.go.id', 'swap'],
    ['hlaodoc.com', 'halodoc.com', 'swap'],
    // ASCII look-alike characters
    ['kernkes.com', 'kemkes.go.id', 'homoglyph'],
    ['ha1odoc.com', 'halodoc.com', 'homoglyph'],
    ['kernkes-daftar.com', 'kemkes.go.id', 'homoglyph'],
  ])('%s imitates %s (%s)', (host, imitates, how) => {
    expect(check(host)).toEqual({ imitates, how });
  });

  it.each([
    ['kеmkes.com', 'kemkes.go.id'], // Cyrillic е
    ['kemkés.com', 'kemkes.go.id'], // accent removed by NFD
    ['halodос.com', 'halodoc.com'], // Cyrillic о and с
    ['ѕаtusehat-daftar.net', 'kemkes.go.id'], // Cyrillic ѕ and а, plus a lure word
    ['kemkes.gо.id', 'kemkes.go.id'], // Cyrillic о in the suffix: the whole domain is embedded by skeleton
  ])('IDN %s imitates %s (punycode), given as Unicode or as xn--', (unicodeHost, imitates) => {
    const ascii = idn(unicodeHost);
    expect(ascii).toContain('xn--');
    expect(check(ascii)).toEqual({ imitates, how: 'punycode' });
    expect(check(unicodeHost)).toEqual({ imitates, how: 'punycode' });
  });
});

describe('service names with their parent (issue 14, item 6)', () => {
  it.each([
    ['satusehat-kemkes.com', 'kemkes.go.id'],
    ['kemkes-satusehat.net', 'kemkes.go.id'],
    ['sirs-kemkes.com', 'kemkes.go.id'],
    ['sisrute-kemkes.info', 'kemkes.go.id'],
    ['pcare-bpjs.com', 'bpjs-kesehatan.go.id'],
    ['bpjs-pcare.net', 'bpjs-kesehatan.go.id'],
    ['mobilejkn-bpjs.com', 'bpjs-kesehatan.go.id'],
    ['vclaim-bpjs.id', 'bpjs-kesehatan.go.id'],
  ])('%s imitates %s', (host, imitates) => {
    expect(check(host)).toEqual({ imitates, how: 'combo' });
  });

  it.each([
    'pcare.bpjs-kesehatan.go.id',
    'vclaim.bpjs-kesehatan.go.id',
    'sirs.kemkes.go.id',
    'satusehat.kemkes.go.id',
    'sirsak.com',
  ])('%s is not a lookalike', (host) => {
    expect(check(host)).toBeNull();
  });
});

describe('short names with their suffix (kpk.go.id, ham.go.id, dpd.go.id, pkp.go.id)', () => {
  it.each([
    ['kpk.go.id.evil.example', 'kpk.go.id'],
    ['kpk-go-id.example', 'kpk.go.id'],
    ['kpkgoid.example', 'kpk.go.id'],
    ['kpk-goid.com', 'kpk.go.id'],
    ['login-kpkgoid.com', 'kpk.go.id'],
    ['kpk-go.id', 'kpk.go.id'], // another zone (id) with the name and the rest of its suffix
    ['www.ham.go.id.verifikasi.xyz', 'ham.go.id'],
    ['dpd-go-id.net', 'dpd.go.id'],
    ['pkp.go.id-login.com', 'pkp.go.id'],
    ['ojk-go-id.com', 'ojk.go.id'],
    ['bi-go-id.com', 'bi.go.id'], // two letters: Bank Indonesia
    ['tni-mil-id.com', 'tni.mil.id'],
    ['ksp-go-id.com', 'ksp.go.id'], // Kantor Staf Presiden
    ['axa.co.id.klaim.example', 'axa.co.id'],
  ])('%s imitates %s (embedded)', (host, imitates) => {
    expect(check(host)).toEqual({ imitates, how: 'embedded' });
  });

  it('reads an IDN by its skeleton, as for longer names', () => {
    expect(check(idn('k\u0440k.go.id.evil.com'))).toEqual({ imitates: 'kpk.go.id', how: 'punycode' }); // Cyrillic р
  });

  it.each([
    'kpk.go.id', // the real sites
    'www.kpk.go.id',
    'kpkbank.com', // the letters alone are in many honest names
    'kpk.com',
    'kpk-online.com',
    'kpk.evil.example',
    'hamburg.de',
    'ham.com',
    'ham-radio.org',
    'dpd.com',
    'pkp.co.uk',
    'bpom.go.id', // another body's name ending in a short one
    'dinas-kpk.go.id', // a name of its own in the same zone, which only the government registers
    'kpkgo-id.com', // the name run into its suffix alone: `bingo-id` is no bin.go.id
    'bingo-id.com',
    'bingo.id',
    'jambi.go.id',
    'kpk-id.com', // half a suffix
    'kpk.id',
    'bih-id.com', // bih.id has a one-label suffix: too short to stand even with it
    'ksp-nasari.com', // KSP is also every savings-and-loan cooperative (koperasi simpan pinjam): ksp.go.id is not it
    'ksp.co.id',
  ])('%s is not flagged', (host) => {
    expect(check(host)).toBeNull();
  });
});

describe('vv for w (an ASCII look-alike, like rn for m)', () => {
  it.each([
    ['vvantannas.com', 'wantannas.go.id'],
    ['bavvaslu.com', 'bawaslu.go.id'],
    ['bavvaslu-daftar.com', 'bawaslu.go.id'],
    ['vvatsons.co.id', 'watsons.co.id'],
    ['rnedvvell.com', 'medwell.id'], // rn for m and vv for w together
  ])('%s imitates %s (homoglyph)', (host, imitates) => {
    expect(check(host)).toEqual({ imitates, how: 'homoglyph' });
  });

  it.each([
    'vvantannas.go.id', // government-only zone: no name rules there, as for kernkes.go.id
    'vvantanas.com', // a look-alike and a typo together: two changes
    'vvw.example',
    'savvy.com',
    'vv.com',
  ])('%s is not flagged', (host) => {
    expect(check(host)).toBeNull();
  });
});

describe('hard negatives', () => {
  it('never flags a protected domain or any of its subdomains', () => {
    for (const p of BUNDLED_PROTECTED_DOMAINS) {
      expect(check(p.domain), p.domain).toBeNull();
      expect(check(`www.${p.domain}`), p.domain).toBeNull();
      expect(check(`login.secure.${p.domain}.`), p.domain).toBeNull();
    }
    for (const host of [
      'sirs.kemkes.go.id',
      'satusehat.kemkes.go.id',
      'pcare.bpjs-kesehatan.go.id',
      'cekbpom.pom.go.id',
    ]) {
      expect(check(host), host).toBeNull();
    }
  });

  it.each([
    'kemah.com', // unrelated short name, edit distance 2
    'kemkes1.com', // trailing digit only: Chrome finds these noisy
    'bkemkes.com', // only the first character differs
    'vapor.com', // first character of lapor
    'labor.com', // lapor is an ordinary word: no typo rule
    'lapor.com', // ...and no suffix rule
    'pajak.io',
    'indonesian.com',
    'surabaya.com', // city names (surabaya.go.id, batam.go.id) are common words: no suffix rule,
    'surabaya-online.com', // no brand + lure,
    'batam-info.net',
    'jakarta.ee', // jakarta.go.id and kalteng.go.id are place names too (Jakarta EE is Eclipse's)
    'kalteng.co',
    'papua.com', // papua.go.id is a province named after its island
    'papuapegunungan.com', // papuapegunungan.go.id: the province Papua Pegunungan (Highland Papua), a place name
    'infopapuapegunungan.com',
    'pontianak.com', // pontianak.go.id and balikpapan.go.id are cities
    'balikpapan.com',
    'ambon.nl', // ambon.go.id: a city and an island
    'surakarta.com', // surakarta.go.id and palangkaraya.go.id: cities
    'palangkaraya.com',
    'salatiga.com', // salatiga.go.id: a city
    'jepara.com', // jepara.go.id, ponorogo.go.id and grobogan.go.id: regencies named after their towns
    'infojepara.com',
    'ponorogo.net',
    'grobogan-online.com',
    'ombudsman.gov.au', // ombudsman.go.id: many countries name their complaint office so
    'ombudsman.ie',
    'diagnose.com', // diagnos.co.id (a lab): its brand is one letter from the ordinary word
    'diagnosa.id',
    'satu-persen.com', // satupersen.net (counselling): satu persen means one percent
    'halal.com', // halal.go.id (BPJPH, halal certification): halal is the ordinary word of every halal site
    'halalmui.org', // ...such as MUI's own halal institute
    'halal-online.com',
    'infohalal.id',
    'transmigrasi.com', // transmigrasi.go.id (Kementerian Transmigrasi): transmigrasi is the ordinary word
    'infotransmigrasi.com',
    'transmigrasi-indonesia.com',
    'polka.com', // polkam.go.id (Kemenko Polkam): one letter from polka, the dance and the dot pattern
    'polkas.com',
    'pertanian.com', // and ordinary words (agriculture) likewise
    'kehutanan.com', // kehutanan.go.id: forestry
    'kimiafarma.com', // a company (not a public body) under another suffix
    'bpjs.id', // a 4-letter alias: too short to own other suffixes (see report)
    'halodoc.id', // a company name under another suffix is often the same group elsewhere
    'halodoc.com.sg',
    'siloam-karawaci.com', // brand plus a non-lure word (a place)
    'kemkes.evil.com', // a bare brand label in a subdomain: vendor-hosted portals look like this
    'kemkesmas.com',
    'bpjsketenagakerjaan.go.id', // a real protected domain that contains another brand
    'kemenkes.go.id', // .go.id names belong to government bodies: no name rules there
    'kemkez.go.id',
    'google.com',
    'example.org',
    '10.0.0.1',
    '[::1]',
    'localhost',
    'go.id',
    '',
  ])('%s is not flagged', (host) => {
    expect(check(host)).toBeNull();
  });

  it('keeps a common-word name as a lure next to another brand', () => {
    expect(check('kemkes-indonesia.com')).toEqual({ imitates: 'kemkes.go.id', how: 'combo' });
    expect(check('surabaya.go.id.login-bansos.com')).toEqual({ imitates: 'surabaya.go.id', how: 'embedded' });
    expect(check('jakarta-go-id.com')).toEqual({ imitates: 'jakarta.go.id', how: 'embedded' });
  });

  it('still checks subdomain labels under .go.id for lure words (compromised hosts carry phishing)', () => {
    expect(check('bpjs-klaim.desa-contoh.go.id')).toEqual({ imitates: 'bpjs-kesehatan.go.id', how: 'combo' });
  });
});

describe('policy and index', () => {
  const list: ProtectedDomain[] = [
    { domain: 'contoh-klinik.co.id', owner: 'Klinik', category: 'hospital-private' },
    { domain: 'dinkes-contoh.go.id', owner: 'Dinas', category: 'gov' },
  ];

  it('applies the other-suffix rule to public bodies only, unless the host is on free hosting', () => {
    const idx = createLookalikeIndex(list);
    expect(idx.check('dinkes-contoh.com')).toEqual({ imitates: 'dinkes-contoh.go.id', how: 'suffix' });
    expect(idx.check('contoh-klinik.com')).toBeNull();
    expect(idx.check('contoh-klinik.web.app')).toEqual({ imitates: 'contoh-klinik.co.id', how: 'suffix' });
  });

  it('merges other names given for the same domain twice', () => {
    const idx = createLookalikeIndex([...list, { ...list[0]!, names: ['klinikku'] }]);
    expect(idx.size).toBe(2);
    expect(idx.check('klinikku-daftar.com')).toEqual({ imitates: 'contoh-klinik.co.id', how: 'combo' });
  });

  it('protects domains a person adds in settings with every rule', () => {
    const user = userProtectedDomains(['Portal.RS-Harapan.example', 'not a domain', 'x']);
    expect(user).toEqual([{ domain: 'rs-harapan.example', owner: '', category: 'user' }]);
    const idx = createLookalikeIndex(user);
    expect(idx.check('rs-harapan.com')).toEqual({ imitates: 'rs-harapan.example', how: 'suffix' });
    expect(idx.check('portal.rs-harapan.example')).toBeNull();
  });

  it('checkLookalike is the one-off form of the index', () => {
    expect(checkLookalike('kemkes.com', BUNDLED_PROTECTED_DOMAINS)).toEqual(check('kemkes.com'));
  });
});

describe('edit-distance primitives', () => {
  it('measures distance at most one', () => {
    expect(isEditDistanceAtMostOne('kemkes', 'kemkes')).toBe(true);
    expect(isEditDistanceAtMostOne('kemkes', 'kemkez')).toBe(true);
    expect(isEditDistanceAtMostOne('kemkes', 'kemkess')).toBe(true);
    expect(isEditDistanceAtMostOne('kemkes', 'kmkes')).toBe(true);
    expect(isEditDistanceAtMostOne('kemkes', 'kmekes')).toBe(false);
    expect(isEditDistanceAtMostOne('kemkes', 'kemah')).toBe(false);
  });

  it('sees one adjacent swap', () => {
    expect(hasOneAdjacentSwap('kmekes', 'kemkes')).toBe(true);
    expect(hasOneAdjacentSwap('kemkse', 'kemkes')).toBe(true);
    expect(hasOneAdjacentSwap('kemkes', 'kemkes')).toBe(false);
    expect(hasOneAdjacentSwap('ekmkse', 'kemkes')).toBe(false);
  });

  it("recognises Chrome's false-positive shapes", () => {
    expect(differsOnlyAtStart('vapor', 'lapor')).toBe(true);
    expect(differsOnlyAtStart('xlapor', 'lapor')).toBe(true);
    expect(differsOnlyAtStart('lapr', 'lapor')).toBe(false);
    expect(differsOnlyByTrailingDigits('kemkes1', 'kemkes')).toBe(true);
    expect(differsOnlyByTrailingDigits('rs2', 'rs3')).toBe(true);
    expect(differsOnlyByTrailingDigits('kemkez', 'kemkes')).toBe(false);
  });
});
