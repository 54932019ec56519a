// Test-side helpers, written independently of lib/ids so the tests can catch a broken lib.
import { recognizeIdentifier } from '../../../lib/ids';
import type { IdentifierMatch } from '../../../lib/ids';

/** Luhn check digit that makes `body + digit` valid. */
export function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export function isLuhnValid(digits: string): boolean {
  return luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}

export function find(value: string, scheme: string, label?: string): IdentifierMatch | undefined {
  return recognizeIdentifier(value, label === undefined ? undefined : { label }).find((m) => m.scheme === scheme);
}

export function schemes(value: string, label?: string): string[] {
  return recognizeIdentifier(value, label === undefined ? undefined : { label }).map((m) => m.scheme);
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
