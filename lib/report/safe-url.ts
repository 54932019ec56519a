// Addresses are kept without their query and fragment: a form sent with GET puts what a person typed there.
import { pageText, type PageText } from './page-text';

export function safeUrl(url: string): PageText {
  try {
    const u = new URL(url);
    if (u.protocol === 'about:' || u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'javascript:') {
      return pageText(u.protocol, 40);
    }
    return pageText(u.origin === 'null' ? u.protocol : u.origin + u.pathname, 600);
  } catch {
    return pageText('', 1);
  }
}
