/**
 * The English templates that take a name, each with its parameters around a name and the
 * sentences written by hand for a singular ("the dune") and a plural name ("Corail’s fritters").
 * Read by english-agreement.test.ts.
 */
import type { NounGrammar } from '../grammar.ts';
import type { StepParams } from '../../voting/result.ts';

export const S = 'the dune';
export const P = 'Corail’s fritters';
export const F = 'Étrille';
export const V = 'Anatife';
export const KNOWN: Record<string, NounGrammar> = { [P]: { plural: true }, [F]: { gender: 'f' } };
const list = (name: string): string[] => [name];

type Row = readonly [key: string, params: (name: string) => StepParams, singular: string, plural: string];

export const ROWS: readonly Row[] = [
  ['count.chart.out', (n) => ({ name: n }), '· out', '· out'],
  ['count.chart.elected', (n) => ({ name: n }), '· elected', '· elected'],
  ['board.gradeOf', (n) => ({ name: n }), 'Grade of the dune', 'Grade of Corail’s fritters'],
  [
    'two-round.tiedFirst',
    (n) => ({ first: [n, 'the lighthouse'], votes: 4 }),
    'A tie at the top between the dune and the lighthouse (4 votes each): every pair of them meets in a duel.',
    'A tie at the top between Corail’s fritters and the lighthouse (4 votes each): every pair of them meets in a duel.',
  ],
  [
    'two-round.alone',
    (n) => ({ winner: n }),
    'Only one candidate: the dune wins without a runoff.',
    'Only one candidate: Corail’s fritters win without a runoff.',
  ],
  [
    'two-round.runoff',
    (n) => ({ a: n, b: 'the lighthouse', forA: 5, forB: 4, winner: n }),
    'Duel the dune against the lighthouse: 5 voters prefer the dune, 4 prefer the lighthouse. The dune wins this duel.',
    'Duel Corail’s fritters against the lighthouse: 5 voters prefer Corail’s fritters, 4 prefer the lighthouse. Corail’s fritters win this duel.',
  ],
  [
    'two-round.tieBreakChosen',
    (n) => ({ chosen: list(n), count: 1 }),
    'Chosen thanks to the first round: the dune.',
    'Chosen thanks to the first round: Corail’s fritters.',
  ],
  [
    'irv.majority',
    (n) => ({ round: 2, winner: n, votes: 7, quota: 6 }),
    'Round 2: the dune has 7 votes, at least a majority (6). The dune wins.',
    'Round 2: Corail’s fritters have 7 votes, at least a majority (6). Corail’s fritters win.',
  ],
  [
    'irv.eliminated',
    (n) => ({ round: 1, eliminated: list(n), votes: 2, count: 1 }),
    'Round 1: the dune, with the fewest votes (2), leaves the race; that candidate’s ballots move to their next choice.',
    'Round 1: Corail’s fritters, with the fewest votes (2), leave the race; that candidate’s ballots move to their next choice.',
  ],
  [
    'irv.allTied',
    (n) => ({ round: 3, votes: 4, winners: list(n), count: 1 }),
    'Round 3: every remaining candidate has 4 votes. The dune wins.',
    'Round 3: every remaining candidate has 4 votes. Corail’s fritters win.',
  ],
  [
    'irv.tieBreakChosen',
    (n) => ({ chosen: list(n), count: 1 }),
    'Chosen thanks to the earlier rounds: the dune.',
    'Chosen thanks to the earlier rounds: Corail’s fritters.',
  ],
  [
    'irv.tieBreakNever',
    (n) => ({ candidates: [n, 'the lighthouse'] }),
    'The dune and the lighthouse were never separated in any round.',
    'Corail’s fritters and the lighthouse were never separated in any round.',
  ],
  [
    'french-municipal.secondRound',
    (n) => ({ leaders: list(n), votes: 8, valid: 20 }),
    'No list has an absolute majority of the valid votes (the dune leads with 8 votes out of 20): no seats are given, a second round is needed.',
    'No list has an absolute majority of the valid votes (Corail’s fritters lead with 8 votes out of 20): no seats are given, a second round is needed.',
  ],
  [
    'coombs.majority',
    (n) => ({ round: 1, winner: n, votes: 7, quota: 6 }),
    'Round 1: the dune has 7 first-choice votes, at least a majority (6). The dune wins.',
    'Round 1: Corail’s fritters have 7 first-choice votes, at least a majority (6). Corail’s fritters win.',
  ],
  [
    'coombs.eliminated',
    (n) => ({ round: 2, eliminated: list(n), lastVotes: 5, count: 1 }),
    'Round 2: nobody has a majority; the dune, ranked last most often (5 times), leaves the race.',
    'Round 2: nobody has a majority; Corail’s fritters, ranked last most often (5 times), leave the race.',
  ],
  [
    'coombs.allTied',
    (n) => ({ round: 2, lastVotes: 3, winners: list(n), count: 1 }),
    'Round 2: every remaining candidate is last 3 times. The dune wins.',
    'Round 2: every remaining candidate is last 3 times. Corail’s fritters win.',
  ],
  [
    'bucklin.reached',
    (n) => ({ round: 2, reached: list(n), count: 1, quota: 6 }),
    'Round 2: the dune reaches a majority (6).',
    'Round 2: Corail’s fritters reach a majority (6).',
  ],
  [
    'baldwin.eliminated',
    (n) => ({ round: 1, eliminated: list(n), points: 3, count: 1 }),
    'Round 1: the dune, with the fewest points (3), leaves the race.',
    'Round 1: Corail’s fritters, with the fewest points (3), leave the race.',
  ],
  [
    'baldwin.allTied',
    (n) => ({ round: 2, points: 1, winners: list(n), count: 1 }),
    'Round 2: every remaining candidate has 1 point. The dune wins.',
    'Round 2: every remaining candidate has 1 point. Corail’s fritters win.',
  ],
  [
    'nanson.eliminated',
    (n) => ({ round: 1, mean: 2.5, eliminated: list(n), count: 1 }),
    'Round 1: at or below the average (2.5), the dune leaves the race.',
    'Round 1: at or below the average (2.5), Corail’s fritters leave the race.',
  ],
  [
    'nanson.allTied',
    (n) => ({ round: 2, points: 2, winners: list(n), count: 1 }),
    'Round 2: every remaining candidate has 2 points, the average. The dune wins.',
    'Round 2: every remaining candidate has 2 points, the average. Corail’s fritters win.',
  ],
  [
    'copeland.duels',
    (n) => ({ name: n, won: 2, tied: 1, lost: 0, score: 2.5 }),
    'The dune wins 2 duels, draws 1 and loses 0: score 2.5.',
    'Corail’s fritters win 2 duels, draw 1 and lose 0: score 2.5.',
  ],
  [
    'copeland.winners',
    (n) => ({ winners: list(n), score: 3, count: 1 }),
    'The dune has the best score (3) and wins.',
    'Corail’s fritters have the best score (3) and win.',
  ],
  [
    'condorcet-winner.fails',
    (n) => ({ name: n, by: ['the lighthouse'] }),
    'The dune does not beat the lighthouse, and so is not the Condorcet winner.',
    'Corail’s fritters do not beat the lighthouse, and so are not the Condorcet winner.',
  ],
  [
    'condorcet-winner.found',
    (n) => ({ winner: n, rivals: 2 }),
    'The dune wins every duel (2 duels) and so is the Condorcet winner.',
    'Corail’s fritters win every duel (2 duels) and so are the Condorcet winner.',
  ],
  [
    'condorcet-loser.escapes',
    (n) => ({ name: n, against: ['the lighthouse'] }),
    'The dune is not beaten by the lighthouse, and so is not the Condorcet loser.',
    'Corail’s fritters are not beaten by the lighthouse, and so are not the Condorcet loser.',
  ],
  [
    'condorcet-loser.found',
    (n) => ({ loser: n, rivals: 3 }),
    'The dune loses every duel (3 duels) and so is the Condorcet loser.',
    'Corail’s fritters lose every duel (3 duels) and so are the Condorcet loser.',
  ],
  [
    'minimax.worst',
    (n) => ({ name: n, score: 2, by: ['the lighthouse'] }),
    'The worst defeat of the dune is by 2 votes, against the lighthouse.',
    'The worst defeat of Corail’s fritters is by 2 votes, against the lighthouse.',
  ],
  [
    'minimax.unbeaten',
    (n) => ({ name: n }),
    'The dune loses no duel: score 0.',
    'Corail’s fritters lose no duel: score 0.',
  ],
  [
    'minimax.winners',
    (n) => ({ winners: list(n), score: 1, count: 1 }),
    'The dune has the mildest worst defeat (1) and wins.',
    'Corail’s fritters have the mildest worst defeat (1) and win.',
  ],
  [
    'schulze.unbeaten',
    (n) => ({ name: n }),
    'Against every rival, the dune has a chain at least as strong as the rival’s chain the other way.',
    'Against every rival, Corail’s fritters have a chain at least as strong as the rival’s chain the other way.',
  ],
  [
    'schulze.beaten',
    (n) => ({ by: n, name: 'the lighthouse', path: 'X', strength: 5, against: 4 }),
    'The dune is ahead of the lighthouse: the best chain that way (X) has strength 5, against 4 for the best chain the other way.',
    'Corail’s fritters are ahead of the lighthouse: the best chain that way (X) has strength 5, against 4 for the best chain the other way.',
  ],
  [
    'schulze.winners',
    (n) => ({ winners: list(n), count: 1 }),
    'Nobody is ahead of the dune, so the dune wins.',
    'Nobody is ahead of Corail’s fritters, so Corail’s fritters win.',
  ],
  [
    'black.condorcet',
    (n) => ({ winner: n }),
    'The dune beats every other candidate in a duel, and so is the Condorcet winner and wins.',
    'Corail’s fritters beat every other candidate in a duel, and so are the Condorcet winner and win.',
  ],
  [
    'black.winners',
    (n) => ({ winners: list(n), points: 6, count: 1 }),
    'The dune has the most points (6) and wins.',
    'Corail’s fritters have the most points (6) and win.',
  ],
  [
    'kemeny-young.winners',
    (n) => ({ winners: list(n), score: 12, count: 1 }),
    'The dune tops a ranking scoring 12 and wins.',
    'Corail’s fritters top a ranking scoring 12 and win.',
  ],
  [
    'ranked-pairs.condorcet',
    (n) => ({ winner: n }),
    'The dune beats every other candidate in a duel, and so is the Condorcet winner and wins straight away.',
    'Corail’s fritters beat every other candidate in a duel, and so are the Condorcet winner and win straight away.',
  ],
  [
    'ranked-pairs.lock',
    (n) => ({ winner: n, loser: 'the lighthouse', margin: 3 }),
    'Lock in the win of the dune over the lighthouse (gap 3).',
    'Lock in the win of Corail’s fritters over the lighthouse (gap 3).',
  ],
  [
    'ranked-pairs.skip',
    (n) => ({ winner: n, loser: 'the lighthouse', margin: 1, path: 'X > Y' }),
    'Skip the win of the dune over the lighthouse (gap 1): the locked chain X > Y says otherwise, so it would close a circle.',
    'Skip the win of Corail’s fritters over the lighthouse (gap 1): the locked chain X > Y says otherwise, so it would close a circle.',
  ],
  ['ranked-pairs.winners', (n) => ({ winners: list(n), count: 1 }), 'The dune wins.', 'Corail’s fritters win.'],
  [
    'approval.winners',
    (n) => ({ approvals: 9, winners: list(n) }),
    'The most approvals (9) go to the dune.',
    'The most approvals (9) go to Corail’s fritters.',
  ],
  [
    'score.winners',
    (n) => ({ sum: 31, winners: list(n) }),
    'The biggest total (31) goes to the dune.',
    'The biggest total (31) goes to Corail’s fritters.',
  ],
  [
    'star.finalists',
    (n) => ({ first: list(n), second: ['the lighthouse'] }),
    'The dune has the best total. Second-best total: the lighthouse. Each of them meets the dune in the automatic runoff.',
    'Corail’s fritters have the best total. Second-best total: the lighthouse. Each of them meets Corail’s fritters in the automatic runoff.',
  ],
  [
    'star.tieRunoffScore',
    (n) => ({ x: n, y: 'the lighthouse', forX: 4, forY: 4, sumX: 20, sumY: 18, winners: list(n) }),
    'Runoff the dune against the lighthouse tied (4 to 4): the official rule gives it to the better total (20 to 18), so to the dune.',
    'Runoff Corail’s fritters against the lighthouse tied (4 to 4): the official rule gives it to the better total (20 to 18), so to Corail’s fritters.',
  ],
  [
    'majority-judgment.winner',
    (n) => ({ median: '“Good”', winners: list(n) }),
    'The dune has the best median (“Good”) and wins.',
    'Corail’s fritters have the best median (“Good”) and win.',
  ],
  [
    'majority-judgment.gaugeWinner',
    (n) => ({ key: 2, winners: list(n) }),
    'The best tie-break value (2) goes to the dune.',
    'The best tie-break value (2) goes to Corail’s fritters.',
  ],
  [
    'majority-judgment.tieStart',
    (n) => ({ tied: [n, 'the lighthouse'] }),
    'Official (iterative) rule: remove one median grade from the dune and the lighthouse, then another, until their medians differ.',
    'Official (iterative) rule: remove one median grade from Corail’s fritters and the lighthouse, then another, until their medians differ.',
  ],
  [
    'majority-judgment.tieDecided',
    (n) => ({ removed: 2, winners: list(n) }),
    'The medians differ after 2 removals: the dune wins.',
    'The medians differ after 2 removals: Corail’s fritters win.',
  ],
  [
    'random-ballot.drawn',
    (n) => ({ voter: 7, ballot: 'X > Y', winner: n }),
    'Ballot no. 7 drawn: X > Y. The dune, its first choice, wins.',
    'Ballot no. 7 drawn: X > Y. Corail’s fritters, its first choice, win.',
  ],
  [
    'stv.elected',
    (n) => ({ stage: 2, elected: list(n), votes: 12.5, count: 1 }),
    'At stage 2, this candidate reaches the quota and is elected: the dune (12.5 votes).',
    'At stage 2, this candidate reaches the quota and is elected: Corail’s fritters (12.5 votes).',
  ],
  [
    'stv.lastSeats',
    (n) => ({ elected: list(n), count: 1 }),
    'There are as many seats left as candidates still in the race: the dune is elected without more transfers.',
    'There are as many seats left as candidates still in the race: Corail’s fritters are elected without more transfers.',
  ],
  [
    'stv.surplus',
    (n) => ({ names: list(n), surplus: 3.25, transferValue: 0.125 }),
    'Transfer of the surplus of the dune (3.25 votes): each ballot passes to its next choice at its value × surplus ÷ total, cut to 5 decimals (for a whole ballot: 0.125).',
    'Transfer of the surplus of Corail’s fritters (3.25 votes): each ballot passes to its next choice at its value × surplus ÷ total, cut to 5 decimals (for a whole ballot: 0.125).',
  ],
  [
    'stv.excluded',
    (n) => ({ names: list(n), votes: 1.5, count: 1 }),
    'No surplus left to transfer: the dune, with the fewest votes (1.5), is excluded; the ballots pass to their next choice at their current value.',
    'No surplus left to transfer: Corail’s fritters, with the fewest votes (1.5), are excluded; the ballots pass to their next choice at their current value.',
  ],
  [
    'stv.surplusTogether',
    (n) => ({ names: [n, 'the lighthouse'] }),
    'Equal surpluses: those of the dune and the lighthouse are transferred together, in the same stage.',
    'Equal surpluses: those of Corail’s fritters and the lighthouse are transferred together, in the same stage.',
  ],
  [
    'stv.excludedTogether',
    (n) => ({ names: [n, 'the lighthouse'] }),
    'Without drawing lots, the dune and the lighthouse are excluded together.',
    'Without drawing lots, Corail’s fritters and the lighthouse are excluded together.',
  ],
  [
    'stv.result',
    (n) => ({ elected: list(n) }),
    'Elected, in order: the dune.',
    'Elected, in order: Corail’s fritters.',
  ],
  [
    'bloc-plurality.elected',
    (n) => ({ elected: list(n), totals: 'X 3', count: 1 }),
    'Elected with the highest totals: the dune (X 3).',
    'Elected with the highest totals: Corail’s fritters (X 3).',
  ],
  [
    'bloc-approval.elected',
    (n) => ({ elected: list(n), totals: 'X 3', count: 1 }),
    'Elected with the most approvals: the dune (X 3).',
    'Elected with the most approvals: Corail’s fritters (X 3).',
  ],
  [
    'scenario.transcript.present',
    (n) => ({ names: list(n), count: 1 }),
    'The dune is here.',
    'Corail’s fritters are here.',
  ],
  [
    'scenario.puzzle.methodWins',
    (n) => ({ method: 'the Borda count', winner: n }),
    'With the Borda count, the dune wins.',
    'With the Borda count, Corail’s fritters win.',
  ],
  [
    'scenario.puzzle.methodLoses',
    (n) => ({ method: 'the Borda count', winners: list(n), winner: 'the lighthouse', n: 1 }),
    'With the Borda count, the dune wins, not the lighthouse.',
    'With the Borda count, Corail’s fritters win, not the lighthouse.',
  ],
  [
    'scenario.puzzle.spoiled',
    (n) => ({ added: 'the lighthouse', before: list(n), after: ['the wreck'], nBefore: 1, nAfter: 1 }),
    'With the lighthouse added, the dune no longer wins: the wreck does.',
    'With the lighthouse added, Corail’s fritters no longer win: the wreck does.',
  ],
  [
    'scenario.puzzle.changedWins',
    (n) => ({ count: 2, winner: n, method: 'the Borda count' }),
    'With 2 ballots changed, the dune wins under the Borda count.',
    'With 2 ballots changed, Corail’s fritters win under the Borda count.',
  ],
  [
    'count.results.majority',
    (n) => ({ name: n }),
    'Majority: the dune is the first choice of more than half.',
    'Majority: Corail’s fritters are the first choice of more than half.',
  ],
  [
    'count.results.condorcetWinner',
    (n) => ({ name: n }),
    'Condorcet winner: the dune beats every other option in a duel.',
    'Condorcet winner: Corail’s fritters beat every other option in a duel.',
  ],
  [
    'count.results.condorcetLoser',
    (n) => ({ name: n }),
    'Condorcet loser: the dune loses every duel.',
    'Condorcet loser: Corail’s fritters lose every duel.',
  ],
  [
    'sandbox.strategy',
    (n) => ({ name: n, strategy: 'compromise' }),
    'How the dune votes: compromise',
    'How Corail’s fritters vote: compromise',
  ],
  [
    'baldwin.last',
    (n) => ({ round: 3, winner: n }),
    'Round 3: only the dune is left.',
    'Round 3: only Corail’s fritters are left.',
  ],
  [
    'nanson.last',
    (n) => ({ round: 3, winner: n }),
    'Round 3: only the dune is left.',
    'Round 3: only Corail’s fritters are left.',
  ],
  [
    'board.goalMet',
    (n) => ({ name: n }),
    'Goal reached: the dune wins! Confirm to recount for good.',
    'Goal reached: Corail’s fritters win! Confirm to recount for good.',
  ],
  [
    'board.goalNot',
    (n) => ({ name: n }),
    'Not yet: the dune must win, with no tie.',
    'Not yet: Corail’s fritters must win, with no tie.',
  ],
  [
    'clone.winner',
    (n) => ({ name: n }),
    'With nothing added, the dune wins.',
    'With nothing added, Corail’s fritters win.',
  ],
];
