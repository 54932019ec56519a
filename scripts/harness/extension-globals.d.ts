// Functions the e2e suite evaluates inside extension pages use the browsers' own extension globals.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}

export {};
