import { describe, expect, it } from 'vitest';
import { methods as registry } from '../voting/methods/index.ts';
import { availableMethods, countClass, setupElection, type BallotGroup, type ClassElection } from './election.ts';
import { agreements, resultLines, resultSentence, winnersText } from './results.ts';
import { MAX_SEATS, readSeats } from './seats.ts';

const TEN = Array.from({ length: 10 }, (_, i) => `Liste ${i + 1}`);
/** A full ranking, these options first, then the others in order. */
const ranking = (...first: number[]) =>
  [...first, ...Array.from({ length: 10 }, (_, i) => i + 1).filter((i) => !first.includes(i))].map((i) => [`o${i}`]);

describe('a class election with several seats', () => {
  it('offers only the one-winner methods for one seat and only several-seat methods for more', () => {
    const one = availableMethods('ranked', 10);
    expect(one.some((m) => registry[m].info.winners === 'multi')).toBe(false);
    const nine = availableMethods('ranked', 10, undefined, 9);
    expect(nine).toEqual(expect.arrayContaining(['stv', 'dhondt', 'sainte-lague', 'bloc-plurality']));
    expect(nine.every((m) => registry[m].info.winners === 'multi')).toBe(true);
    // Electing every option is no vote: STV and the committees need fewer seats than options; list shares do not.
    expect(availableMethods('ranked', 10, undefined, 10)).toEqual([
      'dhondt',
      'sainte-lague',
      'largest-remainder',
      'french-municipal',
    ]);
    expect(availableMethods('approval', 10, undefined, 3)).toEqual(['bloc-approval']);
    expect(availableMethods('approval', 3, undefined, 3)).toEqual([]);
  });

  it('reads the seats as typed and says what is wrong', () => {
    expect(readSeats('')).toEqual({ seats: 1 });
    expect(readSeats(' 12 ')).toEqual({ seats: 12 });
    for (const typed of ['0', '-3', '2.5', 'dix', String(MAX_SEATS + 1)])
      expect(readSeats(typed).problem?.key, typed).toBe('classroom.seats.wrong');
  });

  it('sets up several seats with their usual methods, and refuses seats no method can fill', () => {
    const { election } = setupElection({ question: 'Conseil', optionsText: TEN.join('\n'), kind: 'ranked', seats: 30 });
    expect(election?.seats).toBe(30);
    expect(election?.methods).toEqual(['dhondt', 'sainte-lague', 'largest-remainder']);
    const one = setupElection({ question: '', optionsText: 'A\nB', kind: 'ranked' }).election;
    expect(one?.seats).toBeUndefined();
    expect(
      setupElection({ question: '', optionsText: 'A\nB\nC', kind: 'approval', seats: 3 }).problems.map((p) => p.key),
    ).toEqual(['classroom.seats.noMethod']);
  });

  it('counts the seats and says each list’s seats on the board, never as a tie', () => {
    const election: ClassElection = {
      question: 'Conseil',
      options: TEN,
      kind: 'ranked',
      methods: ['dhondt', 'stv'],
      seats: 9,
    };
    const groups: BallotGroup[] = [
      { ballot: { kind: 'ranked', ranking: ranking(1, 2, 3) }, count: 16 },
      { ballot: { kind: 'ranked', ranking: ranking(10, 9, 8) }, count: 14 },
      { ballot: { kind: 'ranked', ranking: ranking(3, 5, 7) }, count: 9 },
    ];
    const lines = resultLines(election, countClass(election, groups), 'fr');
    const dhondt = lines.find((l) => l.method === 'dhondt')!;
    // 16, 14 and 9 votes for 9 seats by highest quotients: 4, 3 and 2.
    expect(dhondt.seats).toEqual([
      { option: 'Liste 1', value: 4 },
      { option: 'Liste 10', value: 3 },
      { option: 'Liste 3', value: 2 },
    ]);
    expect(dhondt.tie).toBe(false);
    expect(winnersText(dhondt, 'fr')).toBe(
      'Liste 1\u00a0: 4 sièges, Liste 10\u00a0: 3 sièges, Liste 3\u00a0: 2 sièges',
    );
    expect(winnersText(dhondt, 'en')).toBe('Liste 1: 4 seats, Liste 10: 3 seats, Liste 3: 2 seats');
    expect(dhondt.stages.at(-1)?.label).toBe('Sièges');
    const stv = lines.find((l) => l.method === 'stv')!;
    expect(stv.winners).toHaveLength(9);
    expect(stv.tie).toBe(false);
    expect(resultSentence(stv, 'en')).not.toMatch(/tie/i);
    // Two different outcomes: a share of seats between lists is not nine people elected.
    expect(agreements(lines)).toHaveLength(2);
  });
});
