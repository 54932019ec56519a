// watchFields: incremental re-examination of what changed, across the document, shadow roots and frames.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchFields, type DetectedField } from '../../../lib/detect/watch';
import { page } from './dom-helpers';

let stoppers: Array<{ stop(): void }> = [];
afterEach(() => {
  for (const s of stoppers) s.stop();
  stoppers = [];
});

function watch() {
  const calls: DetectedField[][] = [];
  const w = watchFields(document, (fields) => calls.push(fields), { debounceMs: 10 });
  stoppers.push(w);
  const ids = () =>
    w
      .current()
      .map((f) => `${f.element.id || f.element.getAttribute('name')}:${f.report.kind}`)
      .sort();
  return { w, calls, ids };
}

describe('watchFields', () => {
  it('finds fields added later and keeps untouched ones as they were', async () => {
    page('<form id="f"><label for="nik">NIK</label><input id="nik"></form><div id="later"></div>');
    const { w, calls, ids } = watch();
    const before = w.current()[0];
    expect(ids()).toEqual(['nik:national_id']);
    document.getElementById('later')!.innerHTML = '<label for="rm">No. RM</label><input id="rm">';
    w.flush();
    expect(ids()).toEqual(['nik:national_id', 'rm:medical_record_number']);
    expect(calls.length).toBe(1);
    expect(w.current().find((f) => f.element.id === 'nik')).toBe(before);
  });

  it('drops removed fields, follows label text and visibility changes', async () => {
    page(`<div id="a"><label for="x">Catatan</label><input id="x"></div>
          <div id="b" style="display:none"><label for="kk">No. KK</label><input id="kk"></div>
          <div id="c"><label for="bp">No. BPJS</label><input id="bp"></div>`);
    const { w, ids } = watch();
    expect(ids()).toEqual(['bp:health_insurance_id']);
    document.querySelector('label[for=x]')!.textContent = 'No. Rekam Medis';
    document.getElementById('b')!.style.display = 'block';
    document.getElementById('c')!.remove();
    w.flush();
    expect(ids()).toEqual(['kk:family_card', 'x:medical_record_number']);
    document.getElementById('b')!.setAttribute('hidden', '');
    w.flush();
    expect(ids()).toEqual(['x:medical_record_number']);
  });

  it('counts a radio group once when members arrive later', async () => {
    page(
      '<p>Golongan darah</p><div id="g"><label><input type="radio" name="gd" id="r1"> A</label><label><input type="radio" name="gd"> B</label></div>',
    );
    const { w, ids } = watch();
    document
      .getElementById('g')!
      .insertAdjacentHTML(
        'beforeend',
        '<label><input type="radio" name="gd"> AB</label><label><input type="radio" name="gd"> O</label>',
      );
    w.flush();
    expect(ids()).toEqual(['r1:blood_type']);
  });

  it('watches shadow roots added later (inserted hosts, upgraded custom elements) and what changes inside them', async () => {
    page('<x-nik-form id="host"></x-nik-form><div id="slot"></div>');
    const { w, ids } = watch();
    const slot = document.getElementById('slot')!.appendChild(document.createElement('div'));
    slot.attachShadow({ mode: 'open' }).innerHTML = '<label for="kk">No. KK</label><input id="kk">';
    class NikForm extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<label for="n">NIK</label><input id="n">';
      }
    }
    customElements.define('x-nik-form', NikForm);
    // The upgrade is announced asynchronously (customElements.whenDefined): wait for its outcome.
    await vi.waitFor(() => expect(ids()).toEqual(['kk:family_card', 'n:national_id']));
    const root = document.getElementById('host')!.shadowRoot!;
    root.appendChild(document.createElement('div')).innerHTML = '<label for="al">Alergi</label><input id="al">';
    w.flush();
    expect(ids()).toEqual(['al:allergy', 'kk:family_card', 'n:national_id']);
  });

  it('scans frames added later', async () => {
    page('<div id="slot"></div>');
    const { ids } = watch();
    const frame = document.createElement('iframe');
    frame.srcdoc = "<label for='kk'>No. KK</label><input id='kk'>";
    document.getElementById('slot')!.appendChild(frame);
    // A frame loads asynchronously: wait for what its load brings.
    await vi.waitFor(() => expect(ids()).toEqual(['kk:family_card']), { timeout: 5000 });
  });

  it('stops', async () => {
    page('<div id="later"></div>');
    const { w, calls } = watch();
    w.stop();
    // A second watcher started after it is the barrier: once it has reported the change, the stopped one
    // (whose debounce would have been scheduled first) would have reported it too.
    const second = watch();
    document.getElementById('later')!.innerHTML = '<label for="rm">No. RM</label><input id="rm">';
    await vi.waitFor(() => expect(second.calls.length).toBe(1));
    expect(calls).toEqual([]);
    expect(w.current()).toEqual([]);
  });
});
