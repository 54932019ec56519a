// Indicative figures for lib/detect in happy-dom (Node). happy-dom's layout and selector engine are far slower
// than a browser's, so these are relative numbers; the lead measures the real ones in Chromium.
import { it } from 'vitest';
import { Window } from 'happy-dom';
import { classifyField } from '../../lib/detect/classify-field';
import { emptyDescriptor } from '../../lib/detect/field-descriptor';
import { scanRoot } from '../../lib/detect/scan';
import { watchFields } from '../../lib/detect/watch';
import { median, nsPerCall, recordBench } from './record';

const LABELS = [
  'NIK',
  'Nama Lengkap',
  'No. RM',
  'Tanggal Lahir',
  'Alamat',
  'Keluhan',
  'Email',
  'No. BPJS',
  'Alergi',
  'Pekerjaan',
];

function formHtml(n: number, offset = 0): string {
  let html = '';
  for (let i = 0; i < n; i++) {
    const k = offset + i;
    html += `<div class="form-group"><label for="f${k}">${LABELS[k % LABELS.length]} ${k}</label><div class="col"><input id="f${k}" name="field_${k}" class="form-control"></div></div>`;
  }
  return `<form action="/simpan" method="post">${html}</form>`;
}

function articleHtml(nodes: number): string {
  const parts: string[] = ['<article><h1>Menjaga gula darah</h1>'];
  for (let i = 0; i < nodes / 5; i++)
    parts.push(
      `<section><h3>Bagian ${i}</h3><p>Teks <b>penting</b> tentang <a href="#">kesehatan</a> ${i}.</p></section>`,
    );
  parts.push('</article>');
  return parts.join('');
}

function newDocument(body: string): { window: Window; doc: Document } {
  const window = new Window({ url: 'https://rs.example/daftar' });
  window.document.write(
    `<!doctype html><html><head><title>Pendaftaran Pasien</title></head><body>${body}</body></html>`,
  );
  return { window, doc: window.document as unknown as Document };
}

function timeMs(fn: () => void, rounds: number): number {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

it('detect benchmarks', async () => {
  const form = newDocument(formHtml(1000));
  scanRoot(form.doc); // warm-up: vocabulary compile, JIT
  const full = timeMs(() => scanRoot(form.doc), 5);

  const article = newDocument(articleHtml(5000));
  const empty = timeMs(() => scanRoot(article.doc), 7);

  // 10 fields added to a watched 1,000-field form: time from the insertion to the watcher's report.
  const watched = newDocument(formHtml(1000));
  const samples: number[] = [];
  for (let round = 0; round < 5; round++) {
    let resolve: () => void = () => {};
    const done = new Promise<void>((r) => (resolve = r));
    const w = watchFields(watched.doc, () => resolve(), { debounceMs: 0 });
    const host = watched.doc.createElement('div');
    const t0 = performance.now();
    host.innerHTML = formHtml(10, 5000 + round * 10);
    watched.doc.body.appendChild(host);
    await done;
    samples.push(performance.now() - t0);
    w.stop();
  }
  const added = median(samples);

  const descriptor = {
    ...emptyDescriptor('input', 'text'),
    label: 'Nomor Rekam Medis',
    name: 'no_rkm_medis',
    placeholder: 'Masukkan No. RM',
  };
  const classify = nsPerCall(() => classifyField(descriptor), 2000);

  recordBench('detect (happy-dom, indicative)', [
    {
      name: 'scanRoot, 1,000-field form',
      value: Math.round(full * 10) / 10,
      unit: 'ms',
      note: 'happy-dom; includes checkVisibility per control',
    },
    {
      name: 'watchFields, 10 fields added to a 1,000-field form (insert → report)',
      value: Math.round(added * 10) / 10,
      unit: 'ms',
      note: 'debounce 0',
    },
    { name: 'scanRoot, 5,000-node article without fields', value: Math.round(empty * 100) / 100, unit: 'ms' },
    { name: 'classifyField, one labelled field', value: Math.round(classify), unit: 'ns/call' },
  ]);
  for (const w of [form.window, article.window, watched.window]) await w.happyDOM.close();
});
