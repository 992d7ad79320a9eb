import { describe, expect, it } from 'vitest';
import { formatNumber } from './format.ts';
import { t } from './index.ts';

describe('numbers on screen', () => {
  it('use the decimal comma and grouped thousands in French, the point in English', () => {
    expect(formatNumber(2.5, 'fr')).toBe('2,5');
    expect(formatNumber(4314, 'fr')).toBe('4\u202f314');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
    expect(formatNumber(4314, 'en')).toBe('4,314');
  });

  it('reach the count’s charts through the messages: a divisor table’s quotient, a list’s seats', () => {
    expect(t('count.table.quotientSeat', { value: 1234.57 }, 'fr')).toBe('● 1\u202f234,57');
    expect(t('count.table.quotient', { value: 0.33 }, 'en')).toBe('0.33');
    expect(t('count.seats.legend', { name: 'la liste du Port', seats: 3 }, 'fr')).toBe('La liste du Port\u00a0: 3');
  });

  it('inside the engine’s explanations (a Nanson mean, a transfer value)', () => {
    expect(t('nanson.eliminated', { round: 1, mean: 2.5, eliminated: ['A'], count: 1 }, 'fr')).toContain('(2,5)');
    expect(t('stv.surplus', { names: ['A'], surplus: 3.25, transferValue: 0.125 }, 'fr')).toContain('0,125');
  });
});
