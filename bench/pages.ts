// Pages the browser benchmarks load (generated, so their size is exact and nothing is fetched).

export function blankPage(): string {
  return '<!doctype html><html><head><title>blank</title></head><body></body></html>';
}

const LABELS = [
  'Nama lengkap',
  'No. KTP / NIK',
  'Tanggal lahir',
  'Alamat',
  'No. HP',
  'Golongan darah',
  'Keluhan utama',
  'Email',
  'Riwayat alergi',
  'Kode pos',
];

/** A form of `n` labelled fields (a realistic mix of sensitive and ordinary ones). */
export function formPage(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const label = LABELS[i % LABELS.length]!;
    rows.push(
      `<div class="row"><label for="f${i}">${label} ${i}</label><input type="text" id="f${i}" name="field_${i}"></div>`,
    );
  }
  return `<!doctype html><html lang="id"><head><title>form ${n}</title></head><body><h1>Pendaftaran</h1><form action="/simpan" method="post">${rows.join('')}<button>Kirim</button></form></body></html>`;
}

/** An article of about `nodes` elements and no form control. */
export function articlePage(nodes: number): string {
  const parts: string[] = [];
  let count = 0;
  while (count < nodes) {
    parts.push(
      `<section><h2>Bagian ${count}</h2><p>Paragraf tentang kesehatan <a href="#s${count}">tautan</a> dan <em>penekanan</em>.</p><ul><li>satu</li><li>dua</li></ul></section>`,
    );
    count += 8;
  }
  return `<!doctype html><html lang="id"><head><title>article</title></head><body><article>${parts.join('')}</article></body></html>`;
}

/** Script a page runs to add `n` labelled fields to its form after it has loaded. */
export function addFieldsScript(n: number, start: number): string {
  return `(() => { const f = document.querySelector('form'); for (let i = ${start}; i < ${start + n}; i++) { const d = document.createElement('div'); d.innerHTML = '<label for="f' + i + '">No. Rekam Medis ' + i + '</label><input type="text" id="f' + i + '" name="no_rm_' + i + '">'; f.append(d); } })()`;
}
