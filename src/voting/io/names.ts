/**
 * Candidate names read from a file, checked where they are written (file and line) before the
 * ballot model checks them again without a line (src/voting/names.ts says what is refused and why).
 */
import { nameProblem } from '../names.ts';
import { BallotFileError } from './errors.ts';

/** Throws io.name.* at the line of the offending name (`lineOf(i)` is the line of name i). */
export function checkFileNames(file: string, names: readonly string[], lineOf: (index: number) => number): void {
  const problem = nameProblem(names);
  if (!problem) return;
  const line = lineOf(problem.index);
  switch (problem.kind) {
    case 'blank':
      throw new BallotFileError('io.name.blank', file, line, { index: problem.index + 1 });
    case 'unsafe':
      throw new BallotFileError('io.name.unsafe', file, line, { name: problem.name, char: problem.char });
    case 'lookAlike':
      throw new BallotFileError('io.name.lookAlike', file, line, {
        name: problem.name,
        other: problem.other,
        char: problem.char,
      });
  }
}
