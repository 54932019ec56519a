// Types for hibp-transform.mjs (plain JavaScript so the Node build script can share it).
import type { Breach } from './types';
import type { DataClass } from './data-classes';

export type HibpSkipReason = 'not_verified' | 'fabricated' | 'spam_list' | 'retired' | 'no_domain' | 'bad_domain';

/** A well-formed HIBP /api/v3/breaches entry (lib/breaches/import-hibp.ts checks the shape). */
export interface HibpEntry {
  Name: string;
  Title: string;
  Domain: string;
  BreachDate: string;
  AddedDate: string;
  ModifiedDate?: string | null;
  PwnCount: number;
  DataClasses: string[];
  IsVerified?: boolean;
  IsFabricated?: boolean;
  IsSensitive?: boolean;
  IsRetired?: boolean;
  IsSpamList?: boolean;
}

export declare function hibpSkipReason(b: Partial<Record<keyof HibpEntry, unknown>>): HibpSkipReason | null;
export declare function hibpBreach(b: HibpEntry, dataClasses: (hibp: readonly string[]) => DataClass[]): Breach;
