// Facts of an ordinary registration page with two sensitive fields, for risk tests to vary one thing at a time.
import type { PageFacts } from '../../../lib/risk/judge-page';

export function pageFacts(over: Partial<PageFacts> = {}): PageFacts {
  return {
    url: 'https://rs-contoh.co.id/daftar',
    sensitiveFields: 2,
    forms: [],
    listedOn: null,
    imitates: null,
    userStatus: null,
    breachIds: [],
    relevantBreach: false,
    trackers: [],
    ...over,
  };
}
