import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import curatedMap from '../../../lib/breaches/data/curated-classes.json';
import vocabulary from '../../../lib/breaches/data/data-classes.json';
import {
  DATA_CLASS,
  DATA_CLASSES,
  isDataClass,
  isHealthOrId,
  mapHibpDataClass,
  normaliseClasses,
} from '../../../lib/breaches/data-classes';

const SHARED = process.env.JAGA_SHARED_DATA ?? resolve(__dirname, '../../../../shared/data');
const HIBP = resolve(SHARED, 'breaches/hibp_breaches_v3_full_2026-02-26.json');
const CURATED = resolve(SHARED, 'breaches/indonesia_health_breaches_curated.json');

describe('data-class vocabulary', () => {
  it('lists in the data file exactly the classes the code knows', () => {
    expect(vocabulary.classes).toEqual([...DATA_CLASSES]);
  });

  it('maps every HIBP and curated string to known classes', () => {
    for (const target of Object.values(vocabulary.hibp)) expect(isDataClass(target), target).toBe(true);
    for (const target of Object.values(curatedMap.map)) {
      for (const c of Array.isArray(target) ? target : [target]) expect(isDataClass(c), c).toBe(true);
    }
  });

  it('counts health data and identity numbers as health-or-ID, and contact details as not', () => {
    for (const c of [
      'national_id',
      'family_card',
      'passport',
      'health_insurance_id',
      'diagnosis',
      'covid_test',
    ] as const) {
      expect(DATA_CLASS[c].healthOrId, c).toBe(true);
    }
    expect(isHealthOrId(['email', 'password', 'name', 'phone', 'date_of_birth'])).toBe(false);
    expect(isHealthOrId(['email', 'medical_record'])).toBe(true);
    expect(isHealthOrId([])).toBe(false);
  });

  it('maps HIBP strings, and unknown ones to other', () => {
    expect(mapHibpDataClass('Government issued IDs')).toBe('national_id');
    expect(mapHibpDataClass('Health insurance information')).toBe('health_insurance_id');
    expect(mapHibpDataClass('HIV statuses')).toBe('diagnosis');
    expect(mapHibpDataClass('Email addresses')).toBe('email');
    expect(mapHibpDataClass('Astrological signs')).toBe('other');
    expect(mapHibpDataClass('A class HIBP invents next year')).toBe('other');
    expect(mapHibpDataClass('__proto__')).toBe('other');
  });

  it('normalises to a deduplicated list in vocabulary order', () => {
    expect(normaliseClasses(['other', 'email', 'national_id', 'email'])).toEqual(['national_id', 'email', 'other']);
  });
});

describe.skipIf(!existsSync(HIBP))('mapping against the shared snapshots', () => {
  it('has an explicit entry for every HIBP data class seen in the source', () => {
    const seen = new Set<string>();
    for (const b of JSON.parse(readFileSync(HIBP, 'utf8')) as Array<{ DataClasses: string[] }>) {
      for (const c of b.DataClasses) seen.add(c);
    }
    const unmapped = [...seen].filter((c) => !Object.prototype.hasOwnProperty.call(vocabulary.hibp, c)).sort();
    expect(unmapped).toEqual([]);
    // Listed so that a reviewer sees which HIBP strings carry nothing we classify (update when HIBP adds classes).
    const toOther = [...seen].filter((c) => mapHibpDataClass(c) === 'other').sort();
    expect(toOther).toMatchSnapshot();
  });

  it('has an entry for every data-class string of the shared curated list', () => {
    const entries = (JSON.parse(readFileSync(CURATED, 'utf8')) as { breaches: Array<{ dataClasses: string[] }> })
      .breaches;
    const missing = new Set<string>();
    for (const b of entries) {
      for (const c of b.dataClasses) {
        const known =
          Object.prototype.hasOwnProperty.call(curatedMap.map, c) ||
          Object.prototype.hasOwnProperty.call(vocabulary.hibp, c);
        if (!known) missing.add(c);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
