/**
 * The criteria each one-winner ranked method fails, each shown by a witness: a small election
 * (complete strict ballots, `count ORDER` groups) where the count breaks the criterion with a
 * sole winner. failures.test.ts replays every witness through the engine, and a method never
 * both claims a criterion (MethodInfo.criteria) and lists a witness against it. Lessons and
 * explanations can take their examples from here rather than from hand-written claims.
 *
 * Found by a search over random elections of 3–4 candidates; a criterion a method neither
 * claims nor has a witness for here is simply not shown either way yet (e.g. Schulze and
 * ranked pairs fail participation, but only with more candidates than the search tried).
 */
import type { Criterion, MethodId } from './method.ts';

interface Shown {
  /** Candidate names, space-separated. */
  readonly candidates: string;
  /** Ballot groups: `3 ABC, 2 BCA` (one-letter names, best first). */
  readonly ballots: string;
}

/** The count's winner is not the one the criterion requires (or is the one it forbids). */
interface CountAlone extends Shown {
  readonly criterion: Extract<Criterion, 'majority' | 'condorcet' | 'condorcet-loser'>;
}

/** Raising the sole winner on `count` ballots (`from` becomes `to`) makes it lose. */
interface RaisedLoses extends Shown {
  readonly criterion: 'monotonicity';
  readonly raise: { readonly candidate: string; readonly count: number; readonly from: string; readonly to: string };
}

/** Adding the `added` ballots turns the sole winner into one these new voters like less. */
interface AddedHurts extends Shown {
  readonly criterion: 'participation';
  readonly added: string;
}

export type Failure = CountAlone | RaisedLoses | AddedHurts;

export const FAILURES: Partial<Record<MethodId, readonly Failure[]>> = {
  plurality: [
    { criterion: 'condorcet', candidates: 'A B C', ballots: '2 CAB, 3 ACB, 4 BCA' },
    { criterion: 'condorcet-loser', candidates: 'A B C', ballots: '2 CAB, 6 BCA, 5 ACB' },
  ],
  'two-round': [
    { criterion: 'condorcet', candidates: 'A B C', ballots: '3 CBA, 1 BCA, 3 ABC' },
    {
      criterion: 'monotonicity',
      candidates: 'A B C D',
      ballots: '3 ABCD, 3 CBDA, 5 BCAD, 3 CDBA, 3 ABDC',
      raise: { candidate: 'C', count: 2, from: 'ABCD', to: 'CABD' },
    },
    {
      criterion: 'participation',
      candidates: 'A B C D',
      ballots: '2 BACD, 4 BCDA, 2 CADB, 3 CBDA, 2 ADCB',
      added: '4 ADCB',
    },
  ],
  irv: [
    { criterion: 'condorcet', candidates: 'A B C', ballots: '3 CBA, 1 BCA, 3 ABC' },
    { criterion: 'condorcet-loser', candidates: 'A B C', ballots: '5 CAB, 6 BCA, 5 ACB' },
    {
      criterion: 'monotonicity',
      candidates: 'A B C D',
      ballots: '5 ABCD, 3 DCBA, 1 DACB, 4 BDCA',
      raise: { candidate: 'A', count: 1, from: 'DACB', to: 'ADCB' },
    },
    {
      criterion: 'participation',
      candidates: 'A B C D',
      ballots: '2 BACD, 4 BCDA, 2 CADB, 3 CBDA, 2 ADCB',
      added: '3 ADCB',
    },
  ],
  coombs: [
    { criterion: 'condorcet', candidates: 'A B C D', ballots: '1 DCBA, 2 DCAB, 1 ABDC, 1 BDCA, 5 BCAD, 3 ADCB' },
    { criterion: 'condorcet-loser', candidates: 'A B C D', ballots: '2 ADBC, 4 DACB, 4 ABCD, 1 CDBA, 2 DBCA, 1 DCBA' },
    {
      criterion: 'monotonicity',
      candidates: 'A B C',
      ballots: '3 CBA, 6 ABC, 1 ACB, 3 BCA, 1 CAB',
      raise: { candidate: 'B', count: 1, from: 'ACB', to: 'ABC' },
    },
    {
      criterion: 'participation',
      candidates: 'A B C D',
      ballots: '4 DACB, 4 ABCD, 1 CDBA, 2 DBCA, 1 DCBA',
      added: '2 BADC',
    },
  ],
  bucklin: [
    { criterion: 'condorcet', candidates: 'A B C D', ballots: '2 DBCA, 2 CDAB, 3 ABDC' },
    { criterion: 'condorcet-loser', candidates: 'A B C D', ballots: '3 DBCA, 2 CBDA, 1 ACDB, 4 ABDC, 5 CDAB' },
    { criterion: 'participation', candidates: 'A B C D', ballots: '4 DBCA, 5 ADBC, 1 ACDB', added: '2 CADB' },
  ],
  borda: [
    { criterion: 'majority', candidates: 'A B C', ballots: '3 ABC, 2 BCA' },
    { criterion: 'condorcet', candidates: 'A B C', ballots: '3 ABC, 2 BCA' },
  ],
  'anti-plurality': [
    { criterion: 'majority', candidates: 'A B C', ballots: '1 ABC, 2 CAB' },
    { criterion: 'condorcet', candidates: 'A B C', ballots: '1 ABC, 2 CAB' },
    { criterion: 'condorcet-loser', candidates: 'A B C', ballots: '1 CAB, 5 CBA, 5 ABC' },
  ],
  copeland: [
    { criterion: 'participation', candidates: 'A B C D', ballots: '4 ABDC, 2 CADB, 5 DCAB, 3 CBDA', added: '2 BADC' },
  ],
  minimax: [{ criterion: 'condorcet-loser', candidates: 'A B C D', ballots: '3 DBAC, 4 DABC, 5 CABD, 3 CBDA, 2 ABDC' }],
  'kemeny-young': [{ criterion: 'participation', candidates: 'A B C D', ballots: '5 ACDB, 4 CBDA', added: '4 BDAC' }],
  baldwin: [
    {
      criterion: 'monotonicity',
      candidates: 'A B C D',
      ballots: '4 CBAD, 3 ABDC, 2 ACBD, 7 BDAC, 5 CADB',
      raise: { candidate: 'B', count: 3, from: 'CADB', to: 'CBAD' },
    },
    { criterion: 'participation', candidates: 'A B C', ballots: '7 CAB, 2 ABC, 4 BCA, 2 BAC', added: '1 ABC' },
  ],
  nanson: [
    {
      criterion: 'monotonicity',
      candidates: 'A B C D',
      ballots: '3 ACBD, 4 DBAC, 4 ACDB, 1 DCBA, 1 DACB, 2 CDBA',
      raise: { candidate: 'A', count: 1, from: 'DCBA', to: 'DACB' },
    },
    { criterion: 'participation', candidates: 'A B C D', ballots: '5 ACDB, 4 CBDA', added: '3 BDAC' },
  ],
  black: [{ criterion: 'participation', candidates: 'A B C D', ballots: '4 DBCA, 5 ADBC, 1 ACDB', added: '2 CADB' }],
};
