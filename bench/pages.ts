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

// What a hospital's patient registration form asks, section by section (the kind of form demo/pendaftaran-pasien.html
// shows): identity, contact, payment, visit, history, and the same identity questions again for the person
// responsible. Labels are the usual Indonesian wording; the markup mixes <label for>, wrapping labels and table
// headers the way SIMRS pages do.
const HOSPITAL_SECTIONS: Array<[string, string[]]> = [
  [
    'Identitas Pasien',
    [
      'Nama Lengkap',
      'No. KTP / NIK',
      'Nomor Kartu Keluarga (KK)',
      'Tempat Lahir',
      'Tanggal Lahir',
      'Jenis Kelamin',
      'Agama',
      'Golongan Darah',
      'Status Perkawinan',
      'Pekerjaan',
      'Pendidikan Terakhir',
      'Nama Ibu Kandung',
    ],
  ],
  [
    'Alamat dan Kontak',
    [
      'Alamat sesuai KTP',
      'RT/RW',
      'Kelurahan',
      'Kecamatan',
      'Kabupaten/Kota',
      'Kode Pos',
      'No. HP / WhatsApp',
      'Email',
    ],
  ],
  [
    'Penjamin',
    [
      'Cara Bayar',
      'No. Kartu BPJS Kesehatan',
      'Kelas Rawat',
      'No. Rujukan (dari Puskesmas)',
      'Nama Asuransi',
      'No. Polis',
    ],
  ],
  [
    'Kunjungan',
    ['Poliklinik Tujuan', 'Dokter', 'Tanggal Kunjungan', 'Keluhan Utama', 'Tinggi Badan (cm)', 'Berat Badan (kg)'],
  ],
  [
    'Riwayat Kesehatan',
    [
      'Riwayat Alergi Obat',
      'Obat yang sedang dikonsumsi',
      'Riwayat Penyakit Dahulu',
      'Riwayat Penyakit Keluarga',
      'Riwayat Operasi',
      'Status Imunisasi',
      'Merokok',
      'Hamil / Menyusui',
    ],
  ],
  [
    'Penanggung Jawab',
    [
      'Nama Penanggung Jawab',
      'Hubungan dengan Pasien',
      'NIK Penanggung Jawab',
      'Tanggal Lahir Penanggung Jawab',
      'Alamat Penanggung Jawab',
      'No. HP Penanggung Jawab',
      'Pekerjaan Penanggung Jawab',
      'Email Penanggung Jawab',
    ],
  ],
  [
    'Persetujuan',
    [
      'No. Rekam Medis Lama',
      'Tanggal Kunjungan Terakhir',
      'Catatan Petugas',
      'Nama Petugas Pendaftaran',
      'Unggah Foto KTP',
      'Unggah Kartu BPJS',
      'Unggah hasil lab / rontgen sebelumnya',
      'Tanda Tangan Pasien',
      'Saksi',
      'Tanggal Persetujuan',
      'Setuju dengan ketentuan',
      'Berlangganan pengingat jadwal',
    ],
  ],
];

/** A 60-field patient registration form in sections (fieldsets, a table, wrapping labels), like a hospital's. */
export function hospitalFormPage(): string {
  let i = 0;
  const sections = HOSPITAL_SECTIONS.map(([title, labels], s) => {
    const controls = labels.map((label) => {
      const id = `p${i++}`;
      const control = /^Unggah/.test(label)
        ? `<input type="file" id="${id}" name="${id}">`
        : /^(Jenis Kelamin|Agama|Golongan Darah|Cara Bayar|Kelas Rawat|Poliklinik)/.test(label)
          ? `<select id="${id}" name="${id}"><option>-</option><option>A</option><option>B</option></select>`
          : /^(Keluhan|Riwayat|Catatan|Alamat)/.test(label)
            ? `<textarea id="${id}" name="${id}"></textarea>`
            : /^(Setuju|Berlangganan|Merokok)/.test(label)
              ? `<input type="checkbox" id="${id}" name="${id}">`
              : `<input type="text" id="${id}" name="${id}">`;
      // Every third section is a table with header cells, as older SIMRS screens are laid out.
      if (s % 3 === 2) return `<tr><th><label for="${id}">${label}</label></th><td>${control}</td></tr>`;
      if (s % 3 === 1) return `<div class="baris"><label>${label} ${control}</label></div>`;
      return `<div class="baris"><label for="${id}">${label}</label>${control}</div>`;
    });
    const body = s % 3 === 2 ? `<table>${controls.join('')}</table>` : controls.join('');
    return `<fieldset><legend>${title}</legend>${body}</fieldset>`;
  });
  return `<!doctype html><html lang="id"><head><title>Pendaftaran Pasien Baru</title></head><body><header><h1>RS Contoh Sehat</h1><nav><a href="/">Beranda</a> <a href="/jadwal">Jadwal Dokter</a></nav></header><main><h2>Pendaftaran Pasien Baru</h2><form action="/pendaftaran/simpan" method="post">${sections.join('')}<button>Daftar</button></form></main></body></html>`;
}

/**
 * A page that re-renders a section of `n` labelled fields on every keystroke in its search box (what a framework
 * page with controlled inputs does): the section's markup is replaced, so every field is new to a watcher.
 */
export function typingPage(n: number): string {
  const script = `
const box = document.getElementById('cari');
const section = document.getElementById('bagian');
function render(q) {
  let html = '';
  for (let i = 0; i < ${n}; i++) {
    const label = ${JSON.stringify(LABELS)}[i % ${LABELS.length}];
    html += '<div class="row"><label for="r' + i + '">' + label + ' ' + i + ' ' + q.length + '</label><input type="text" id="r' + i + '" name="r_' + i + '" value="' + q.replace(/[^a-z0-9 ]/gi, '') + '"></div>';
  }
  section.innerHTML = html;
}
render('');
box.addEventListener('input', () => render(box.value));`;
  return `<!doctype html><html lang="id"><head><title>typing</title></head><body><h1>Data Pasien</h1><form action="/simpan" method="post"><label for="cari">Cari pasien</label><input id="cari" type="text"><section id="bagian"></section></form><script>${script}</script></body></html>`;
}

/** Every page the bench serves, by path (Chromium and Firefox load the same ones). */
export const BENCH_PAGES: Readonly<Record<string, string>> = {
  '/blank': blankPage(),
  '/form200': formPage(200),
  '/article5000': articlePage(5000),
  '/hospital60': hospitalFormPage(),
  '/form1000': formPage(1000),
};
