import { describe, expect, it } from 'vitest';
import { describeForm } from '../../../lib/detect/describe-form';

function form(html: string): HTMLFormElement {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return document.querySelector('form')!;
}

describe('describeForm', () => {
  it('resolves the action against the page, keeping scheme, host and path only', () => {
    expect(
      describeForm(form('<form action="/simpan?nik=123#x" method="POST"></form>'), 'https://rs.example/daftar', true),
    ).toEqual({
      action: 'https://rs.example/simpan',
      method: 'post',
      sensitive: true,
    });
  });

  it('an empty or missing action is the page itself; method defaults to get', () => {
    expect(describeForm(form('<form action=""></form>'), 'https://rs.example/daftar?step=2', false)).toEqual({
      action: 'https://rs.example/daftar',
      method: 'get',
      sensitive: false,
    });
    expect(describeForm(form('<form></form>'), 'http://10.0.0.5/pasien', true).action).toBe('http://10.0.0.5/pasien');
  });

  it('respects <base href>', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<base href="https://api.example/v1/"><form action="pasien"></form>';
    expect(describeForm(document.querySelector('form')!, 'https://rs.example/daftar', true).action).toBe(
      'https://api.example/v1/pasien',
    );
  });

  it('keeps only the scheme of javascript: actions and reads dialog forms', () => {
    expect(
      describeForm(form('<form action="javascript:void(0)" method="dialog"></form>'), 'https://rs.example/', true),
    ).toEqual({
      action: 'javascript:',
      method: 'dialog',
      sensitive: true,
    });
  });
});
