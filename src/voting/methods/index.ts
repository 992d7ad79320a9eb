/**
 * The typed registry: every id of METHOD_IDS maps to its implementation. Leaving one out
 * is a compile error (the `satisfies` below).
 */
import type { BallotKind, MethodId, VotingMethod } from '../method.ts';
import { VotingError } from '../errors.ts';
import { plurality } from './plurality.ts';
import { twoRound } from './two-round.ts';
import { irv } from './irv.ts';
import { coombs } from './coombs.ts';
import { bucklin } from './bucklin.ts';
import { borda } from './borda.ts';
import { antiPlurality } from './anti-plurality.ts';
import { copeland } from './copeland.ts';
import { schulze } from './schulze.ts';
import { rankedPairs } from './ranked-pairs.ts';
import { minimax } from './minimax.ts';
import { kemenyYoung } from './kemeny-young.ts';
import { baldwin } from './baldwin.ts';
import { nanson } from './nanson.ts';
import { black } from './black.ts';
import { condorcetWinner } from './condorcet-winner.ts';
import { condorcetLoser } from './condorcet-loser.ts';
import { smithSet } from './smith-set.ts';
import { approval } from './approval.ts';
import { score } from './score.ts';
import { star } from './star.ts';
import { majorityJudgment } from './majority-judgment.ts';
import { stv } from './stv.ts';
import { dhondt } from './dhondt.ts';
import { sainteLague } from './sainte-lague.ts';
import { largestRemainder } from './largest-remainder.ts';
import { frenchMunicipal } from './french-municipal.ts';
import { blocPlurality } from './bloc-plurality.ts';
import { blocApproval } from './bloc-approval.ts';
import { randomBallot } from './random-ballot.ts';
import { sortition } from './sortition.ts';

export const methods = {
  plurality,
  'two-round': twoRound,
  irv,
  coombs,
  bucklin,
  borda,
  'anti-plurality': antiPlurality,
  copeland,
  schulze,
  'ranked-pairs': rankedPairs,
  minimax,
  'kemeny-young': kemenyYoung,
  baldwin,
  nanson,
  black,
  'condorcet-winner': condorcetWinner,
  'condorcet-loser': condorcetLoser,
  'smith-set': smithSet,
  approval,
  score,
  star,
  'majority-judgment': majorityJudgment,
  stv,
  dhondt,
  'sainte-lague': sainteLague,
  'largest-remainder': largestRemainder,
  'french-municipal': frenchMunicipal,
  'bloc-plurality': blocPlurality,
  'bloc-approval': blocApproval,
  'random-ballot': randomBallot,
  sortition,
} satisfies Record<MethodId, VotingMethod<BallotKind>>;

export function isMethodId(id: string): id is MethodId {
  return Object.prototype.hasOwnProperty.call(methods, id);
}

export function getMethod(id: string): VotingMethod<BallotKind> {
  if (!isMethodId(id)) throw new VotingError('error.unsupportedMethod', `unsupported method ${id}`, { method: id });
  return methods[id] as VotingMethod<BallotKind>;
}
