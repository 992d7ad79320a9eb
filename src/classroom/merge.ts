/**
 * Several ballot files as one election: the pass-and-play exports of several devices, or the
 * answers of several forms. The files must offer the same options (in any order) on the same
 * kind of ballot; each file's count is kept, so that the teacher sees what came from where.
 */
import type { Ballot } from '../scenario/preferences.ts';
import { groupBallots } from './ballots.ts';
import { optionId, type BallotGroup } from './election.ts';
import { ClassFileError } from './files.ts';
import type { ClassFileReading } from './import-file.ts';

export interface MergedFiles {
  readonly reading: ClassFileReading;
  /** Each file and its ballots, in the order given. */
  readonly files: readonly { readonly file: string; readonly ballots: number }[];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && set.size === new Set(b).size && b.every((x) => set.has(x));
}

/** A ballot of `from`'s option ids in `to`'s ids, matched by name. */
function renamed(ballot: Ballot, ids: ReadonlyMap<string, string>): Ballot {
  const id = (x: string) => ids.get(x) ?? x;
  if (ballot.kind === 'ranked') return { kind: 'ranked', ranking: ballot.ranking.map((tier) => tier.map(id)) };
  if (ballot.kind === 'approval') return { kind: 'approval', approves: ballot.approves.map(id) };
  return { kind: 'graded', grades: Object.fromEntries(Object.entries(ballot.grades).map(([k, g]) => [id(k), g])) };
}

/** One election from several readings; the first file gives the options' order and the methods. */
export function mergeReadings(readings: readonly ClassFileReading[]): MergedFiles {
  const [first, ...others] = readings;
  if (!first) throw new ClassFileError('files.merge.none', {});
  const election = first.election;
  const groups: BallotGroup[] = [...first.groups];
  for (const r of others) {
    if (!sameSet(r.election.options, election.options)) {
      throw new ClassFileError('files.merge.optionsDiffer', {
        file: r.file,
        first: first.file,
        options: r.election.options.join(', '),
        expected: election.options.join(', '),
      });
    }
    const scale = (x: typeof election) => JSON.stringify(x.scale ?? null);
    if (r.election.kind !== election.kind || scale(r.election) !== scale(election)) {
      throw new ClassFileError('files.merge.kindDiffers', { file: r.file, first: first.file });
    }
    const ids = new Map(r.election.options.map((name, i) => [optionId(i), optionId(election.options.indexOf(name))]));
    for (const g of r.groups) groups.push({ ballot: renamed(g.ballot, ids), count: g.count });
  }
  const merged = groupBallots(election, groups);
  const ballots = merged.reduce((n, g) => n + g.count, 0);
  return {
    reading: {
      ...first,
      groups: merged,
      ballots,
      file: readings.map((r) => r.file).join(' + '),
      leftOut: readings.flatMap((r) => r.leftOut),
      notes: readings.flatMap((r) => r.notes),
    },
    files: readings.map((r) => ({ file: r.file, ballots: r.ballots })),
  };
}
