import { describe, expect, it } from 'vitest';
import { readClassLink } from './classroom-link.ts';

const TEN = Array.from({ length: 10 }, (_, i) => `L${i + 1}`).join('|');

describe('a prepared class link with seats', () => {
  it('opens one seat as before when `seats` is absent or 1', () => {
    for (const query of ['q=Q&options=A|B|C&kind=ranked&methods=irv', 'q=Q&options=A|B|C&methods=irv&seats=1']) {
      const { election } = readClassLink(query, 'fr');
      expect(election?.methods).toEqual(['irv']);
      expect(election?.seats).toBeUndefined();
    }
  });

  it('opens several seats with their usual methods, or the ones named when they fill seats', () => {
    expect(readClassLink(`q=Conseil&options=${TEN}&seats=30`, 'en').election).toMatchObject({
      seats: 30,
      methods: ['dhondt', 'sainte-lague', 'largest-remainder'],
    });
    expect(readClassLink(`options=${TEN}&methods=stv,dhondt&seats=4`, 'en').election?.methods).toEqual([
      'stv',
      'dhondt',
    ]);
  });

  it('refuses a wrong number of seats and a one-winner method for several seats, naming them', () => {
    expect(readClassLink('options=A|B|C&seats=zero', 'fr').problems[0]).toMatchObject({
      key: 'classroom.seats.wrong',
      params: { typed: 'zero' },
    });
    expect(readClassLink(`options=${TEN}&methods=irv&seats=3`, 'fr').problems[0]).toMatchObject({
      key: 'classroom.seats.methodNot',
      params: { method: 'irv', seats: 3 },
    });
    // The live links' own checks still apply to the rest.
    expect(readClassLink('options=A|B&kind=secret&seats=2', 'fr').problems[0].key).toBe('live.link.kind');
  });
});
