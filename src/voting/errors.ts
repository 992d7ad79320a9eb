/**
 * Errors raised by the engine carry a message key and parameters (so the game and the CLI
 * can say them in French or English) and, when the error is about input, the JSON-style path
 * of the offending value, e.g. `ballots[3].ranking[1]`.
 */
export type ErrorParams = Readonly<Record<string, string | number>>;

export class VotingError extends Error {
  readonly code: string;
  readonly params: ErrorParams;
  readonly path: string | undefined;

  /** `english` is the fallback text used where no translation table is at hand. */
  constructor(code: string, english: string, params: ErrorParams = {}, path?: string) {
    super(path ? `${path}: ${english}` : english);
    this.name = 'VotingError';
    this.code = code;
    this.params = params;
    this.path = path;
  }
}

/** A method refuses an election beyond its size limit instead of hanging. */
export function tooManyCandidates(method: string, limit: number, got: number): VotingError {
  return new VotingError(
    'error.tooManyCandidates',
    `${method} counts at most ${limit} candidates; this election has ${got}`,
    { method, limit, got },
  );
}
