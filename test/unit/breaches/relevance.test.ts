import { describe, expect, it } from 'vitest';
import { orderByRelevance } from '../../../lib/breaches/relevance';
import { breach } from './fixtures';

describe('orderByRelevance', () => {
  it('puts health and identity-number breaches first, then newest first', () => {
    const input = [
      breach({ id: 'old-email', breachDate: '2015-01-01', dataClasses: ['email'] }),
      breach({ id: 'new-email', breachDate: '2024-06-01', dataClasses: ['email', 'password'] }),
      breach({ id: 'old-nik', breachDate: '2019-03', dataClasses: ['national_id'] }),
      breach({ id: 'new-health', breachDate: '2023', dataClasses: ['diagnosis'] }),
      breach({ id: 'mid-health', breachDate: '2021-12-28', dataClasses: ['lab_or_imaging', 'name'] }),
    ];
    expect(orderByRelevance(input).map((b) => b.id)).toEqual([
      'new-health',
      'mid-health',
      'old-nik',
      'new-email',
      'old-email',
    ]);
  });

  it('compares month- and year-precision dates by the start of the period', () => {
    const input = [
      breach({ id: 'a', breachDate: '2023', dataClasses: ['national_id'] }),
      breach({ id: 'b', breachDate: '2023-02', dataClasses: ['national_id'] }),
      breach({ id: 'c', breachDate: '2023-01-15', dataClasses: ['national_id'] }),
    ];
    expect(orderByRelevance(input).map((b) => b.id)).toEqual(['b', 'c', 'a']);
  });

  it('is stable by id on ties and does not touch its input', () => {
    const input = [breach({ id: 'z' }), breach({ id: 'a' })];
    const copy = [...input];
    expect(orderByRelevance(input).map((b) => b.id)).toEqual(['a', 'z']);
    expect(input).toEqual(copy);
  });

  it('sorts unreadable dates last', () => {
    const input = [breach({ id: 'bad', breachDate: 'unknown' }), breach({ id: 'good' })];
    expect(orderByRelevance(input).map((b) => b.id)).toEqual(['good', 'bad']);
  });
});
