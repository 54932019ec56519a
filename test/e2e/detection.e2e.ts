// Detection in real browsers: badges on a representative set of pages, including a shadow root, frames and a
// field added after load. What the extension found is read from the extension (getTabView, the action badge).
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../../scripts/harness/browsers';
import { CHECKOUT, DEMO_FORM, FRAME_CHILD, FRAME_PARENT, LATE_FIELD, LOGIN, SHADOW, SRCDOC_FRAME } from './pages';

describeInBrowsers('detection', (driver) => {
  it('counts the sensitive fields of a hospital registration form on the badge', async () => {
    const d = driver();
    const url = 'https://rs-contoh.example/daftar';
    d.web.html(url, DEMO_FORM);
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.fields.length >= 9);
    const kinds = view.fields.map((f) => f.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'national_id',
        'family_card',
        'date_of_birth',
        'blood_type',
        'health_insurance_id',
        'allergy',
        'medication',
        'lab_or_imaging_result',
      ]),
    );
    const nik = view.fields.find((f) => f.id === 'no_ktp');
    expect(nik).toMatchObject({
      kind: 'national_id',
      sensitivity: 'special',
      tag: 'input',
      type: 'text',
      name: 'no_ktp',
      path: '#no_ktp',
      label: 'No. KTP / NIK',
    });
    // Name, phone, email, address, religion and sex are never sensitive fields.
    expect(view.fields.map((f) => f.id)).not.toEqual(expect.arrayContaining(['nama']));
    for (const id of ['nama', 'hp', 'email', 'alamat', 'agama', 'ibu'])
      expect(view.fields.map((f) => f.id)).not.toContain(id);
    expect(await d.badge(url)).toBe(String(view.fields.length));
    await page.close();
  });

  it('stays silent on a login form and a shop checkout', async () => {
    const d = driver();
    for (const [url, html] of [
      ['https://toko-contoh.example/masuk', LOGIN],
      ['https://toko-contoh.example/bayar', CHECKOUT],
    ] as const) {
      d.web.html(url, html);
      const page = await d.open(url);
      const view = await d.waitForView(url, (v) => v.scanned);
      expect(view.fields, url).toEqual([]);
      expect(await d.badge(url)).toBe('');
      await page.close();
    }
  });

  it('finds fields inside an open shadow root', async () => {
    const d = driver();
    const url = 'https://portal-contoh.example/pasien';
    d.web.html(url, SHADOW);
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.fields.length === 2);
    expect(view.fields.map((f) => f.kind).sort()).toEqual(['date_of_birth', 'medical_record_number']);
    expect(view.fields.find((f) => f.kind === 'medical_record_number')?.path).toContain(' >>> ');
    expect(await d.badge(url)).toBe('2');
    await page.close();
  });

  it('finds fields in a srcdoc frame and in a same-origin frame with its own address', async () => {
    const d = driver();
    const url = 'https://klaim-contoh.example/klaim';
    d.web.html(url, SRCDOC_FRAME);
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.fields.length === 2);
    expect(view.fields.map((f) => f.kind).sort()).toEqual(['diagnosis_or_condition', 'health_insurance_id']);
    expect(view.fields[0]!.path.startsWith('#klaim >>> ')).toBe(true);
    await page.close();

    const parent = 'https://klinik-contoh.example/portal';
    const child = 'https://klinik-contoh.example/portal/form';
    d.web.html(parent, FRAME_PARENT(child));
    d.web.html(child, FRAME_CHILD);
    const page2 = await d.open(parent);
    const view2 = await d.waitForView(parent, (v) => v.fields.length === 1);
    expect(view2.fields[0]).toMatchObject({ kind: 'allergy', path: '#f >>> #alergi' });
    expect(await d.badge(parent)).toBe('1');
    await page2.close();
  });

  it('notices a field added after the page loaded', async () => {
    const d = driver();
    const url = 'https://spa-contoh.example/daftar';
    d.web.html(url, LATE_FIELD);
    const page = await d.open(url);
    const view = await d.waitForView(url, (v) => v.fields.length === 1, 10_000);
    expect(view.fields[0]).toMatchObject({ kind: 'national_id', id: 'nik' });
    expect(await d.badge(url)).toBe('1');
    await page.close();
  });
});
