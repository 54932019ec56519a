// On a trusted page, the pre-submit check still asks when the data goes somewhere that is not trusted
// (issue 15): a button's formaction or a script can point a trusted page's form anywhere.
import { describe, expect, it } from 'vitest';
import { destinationTrusted } from '../../../lib/risk/submission-risk';

describe('destinationTrusted', () => {
  it('trusts the page’s own site, its subdomains, and hosts found trusted among its form actions', () => {
    expect(destinationTrusted('rs-percaya.example', [], 'https://rs-percaya.example/simpan')).toBe(true);
    expect(destinationTrusted('rs-percaya.example', [], 'https://api.rs-percaya.example/simpan')).toBe(true);
    expect(destinationTrusted('rs-percaya.example', ['mitra.example'], 'https://mitra.example/terima')).toBe(true);
  });

  it('does not trust another site, an unreadable address, or a scheme that is not the web', () => {
    expect(destinationTrusted('rs-percaya.example', [], 'https://pengumpul-data.example/ambil')).toBe(false);
    expect(destinationTrusted('rs-percaya.example', ['mitra.example'], 'https://pengumpul-data.example/')).toBe(false);
    expect(destinationTrusted('rs-percaya.example', [], 'https://rs-percaya.example.evil.example/')).toBe(false);
    expect(destinationTrusted('rs-percaya.example', [], '[object HTMLInputElement]')).toBe(false);
    expect(destinationTrusted('rs-percaya.example', [], 'javascript:send()')).toBe(false);
    expect(destinationTrusted('', [], 'https://rs-percaya.example/')).toBe(false);
  });
});
