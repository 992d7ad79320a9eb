/** Shared by the io tests (not part of the module's API). */
import { expect } from 'vitest';
import type { Profile } from '../ballots.ts';
import { BallotFileError } from './errors.ts';

/** Everything that makes two profiles the same election, as plain data. */
export function shape(profile: Profile): Record<string, unknown> {
  const common = {
    kind: profile.kind,
    candidates: profile.candidates,
    voters: profile.voters,
    counts: Array.from(profile.counts),
  };
  return profile.kind === 'ranked'
    ? { ...common, ranks: Array.from(profile.ranks), tiers: profile.tiers, complete: profile.complete }
    : {
        ...common,
        grades: Array.from(profile.grades),
        scale: { ...profile.scale },
        approvalThreshold: profile.approvalThreshold,
      };
}

/** Runs `read` and returns the BallotFileError it throws (fails the test otherwise). */
export function fileError(read: () => unknown): BallotFileError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(BallotFileError);
    return error as BallotFileError;
  }
  throw new Error('expected a BallotFileError, but the file was read');
}
