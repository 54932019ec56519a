// Small pages the end-to-end scenarios show at pretend addresses. Each one is what a person would meet.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const DEMO_FORM = readFileSync(resolve(import.meta.dirname, '../../../demo/pendaftaran-pasien.html'), 'utf8');

export const LOGIN = `<!doctype html><html lang="id"><title>Masuk</title><form action="/login" method="post">
<label for="u">Nama pengguna</label><input id="u" name="username" autocomplete="username">
<label for="p">Kata sandi</label><input id="p" type="password" name="password" autocomplete="current-password">
<button>Masuk</button></form></html>`;

export const CHECKOUT = `<!doctype html><html lang="id"><title>Pembayaran</title><form action="/bayar" method="post">
<label for="nama">Nama di kartu</label><input id="nama" name="cc-name" autocomplete="cc-name">
<label for="kartu">Nomor Kartu Kredit</label><input id="kartu" name="cardnumber" autocomplete="cc-number" inputmode="numeric">
<label for="exp">Masa berlaku</label><input id="exp" name="exp" autocomplete="cc-exp">
<label for="cvv">CVV</label><input id="cvv" name="cvv" autocomplete="cc-csc">
<label for="alamat">Alamat pengiriman</label><textarea id="alamat" name="alamat"></textarea>
<button>Bayar</button></form></html>`;

export const SHADOW = `<!doctype html><html lang="id"><title>Portal pasien</title><h1>Portal pasien</h1><patient-card></patient-card>
<script>
customElements.define('patient-card', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<form><label for="rm">Nomor Rekam Medis</label><input id="rm" name="no_rm"><label for="t">Tanggal lahir</label><input id="t" type="date" name="tgl_lahir"></form>';
  }
});
</script></html>`;

export const SRCDOC_FRAME = `<!doctype html><html lang="id"><title>Klaim</title><h1>Klaim asuransi</h1>
<iframe id="klaim" srcdoc="<form><label for=bpjs>No. Kartu BPJS</label><input id=bpjs name=no_bpjs><label for=diag>Diagnosis</label><input id=diag name=diagnosa></form>"></iframe></html>`;

export const LATE_FIELD = `<!doctype html><html lang="id"><title>Pendaftaran</title><h1>Pendaftaran</h1><div id="app">Memuat…</div>
<script>
setTimeout(() => {
  document.getElementById('app').innerHTML = '<form><label for="nik">NIK (16 digit)</label><input id="nik" name="nik" maxlength="16"></form>';
}, 700);
</script></html>`;

export const UNLABELLED = `<!doctype html><html lang="id"><title>Data</title><form action="/simpan" method="post">
<div><input id="x1" name="f1"></div><div><input id="x2" name="f2"></div>
<label for="kartu">Nomor kartu</label><input id="kartu" name="nomor_kartu" autocomplete="cc-number">
<button>Simpan</button></form></html>`;

/** A same-origin page in a frame with its own address: it runs its own bootstrap and scanner. */
export const FRAME_PARENT = (childUrl: string) =>
  `<!doctype html><html lang="id"><title>Portal</title><h1>Portal klinik</h1><iframe id="f" src="${childUrl}" width="600" height="300"></iframe></html>`;
export const FRAME_CHILD = `<!doctype html><html lang="id"><title>Form</title><form><label for="alergi">Riwayat alergi obat</label><input id="alergi" name="alergi"></form></html>`;
