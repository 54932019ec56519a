// Coverage: open shadow roots (nested), same-origin frames (srcdoc, about:blank), cross-origin frames
// skipped without error, resource limits reported as truncation, and paths that lead back to the element.
import { describe, expect, it } from 'vitest';
import { cssPath, resolvePath } from '../../../lib/detect/css-path';
import { scanRoot } from '../../../lib/detect/scan';
import { page } from './dom-helpers';

function shadowPage(): ShadowRoot {
  page('<div id="app"></div>');
  const root = document.getElementById('app')!.attachShadow({ mode: 'open' });
  root.innerHTML =
    '<form><label for="n">NIK</label><input id="n"><x-inner id="inner"></x-inner><input placeholder="No. BPJS"></form>';
  const inner = root.getElementById('inner')!.attachShadow({ mode: 'open' });
  inner.innerHTML = '<label for="k">Keluhan utama</label><textarea id="k"></textarea>';
  const closed = document.createElement('div');
  document.body.append(closed);
  closed.attachShadow({ mode: 'closed' }).innerHTML = '<label>NIK</label><input>';
  return root;
}

describe('coverage', () => {
  it('enters open shadow roots, nested, and writes " >>> " paths that resolve', () => {
    shadowPage();
    const r = scanRoot(document);
    expect(r.fields.map((f) => [f.report.path, f.report.kind])).toEqual([
      ['#app >>> #n', 'national_id'],
      ['#app >>> #inner >>> #k', 'other_health'],
      ['#app >>> form > input:nth-of-type(2)', 'health_insurance_id'],
    ]);
    for (const f of r.fields) expect(resolvePath(document, f.report.path)).toBe(f.element);
    expect(r.roots.length).toBe(3);
  });

  it('enters srcdoc and about:blank frames, skips hidden frames, survives cross-origin frames', () => {
    page(`<iframe id="s" srcdoc="<label for='rm'>No. RM</label><input id='rm'>"></iframe><iframe id="b"></iframe>
          <iframe id="h" style="display:none" srcdoc="<label for='x'>NIK</label><input id='x'>"></iframe><iframe id="x"></iframe>`);
    const blank = (document.getElementById('b') as HTMLIFrameElement).contentDocument!;
    blank.body.innerHTML = '<label for="kk">No. KK</label><input id="kk">';
    Object.defineProperty(document.getElementById('x'), 'contentDocument', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    const r = scanRoot(document);
    expect(r.fields.map((f) => [f.report.path, f.report.kind])).toEqual([
      ['#s >>> #rm', 'medical_record_number'],
      ['#b >>> #kk', 'family_card'],
    ]);
    expect(scanRoot(document, { frames: 'none' }).fields).toEqual([]);
  });

  it('stops at maxControls and maxDepth and says so', () => {
    page(Array.from({ length: 50 }, (_, i) => `<label for="n${i}">NIK</label><input id="n${i}">`).join(''));
    const r = scanRoot(document, { limits: { maxControls: 10 } });
    expect(r.truncated).toBe(true);
    expect(r.fields.length).toBe(10);
    let host = document.body.appendChild(document.createElement('div'));
    for (let i = 0; i < 6; i++) {
      const root = host.attachShadow({ mode: 'open' });
      host = root.appendChild(document.createElement('div'));
    }
    host.innerHTML = '<label for="deep">NIK</label><input id="deep">';
    const deep = scanRoot(document, { limits: { maxDepth: 3 } });
    expect(deep.truncated).toBe(true);
    expect(deep.fields.some((f) => f.element.id === 'deep')).toBe(false);
    expect(scanRoot(document).fields.some((f) => f.element.id === 'deep')).toBe(true);
  });

  it('escapes ids that are not CSS identifiers', () => {
    page('<form><input id="Tanggal Lahir"><input id="1st"><div><input></div></form>');
    for (const el of Array.from(document.querySelectorAll('input')))
      expect(resolvePath(document, cssPath(el))).toBe(el);
  });
});
