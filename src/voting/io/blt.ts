/**
 * BLT, the usual STV ballot file (OpenSTV, Droop, ERS):
 *
 *     4 2            candidates, seats
 *     -3             optional: withdrawn candidates, as negative numbers
 *     3 1 2 0        weight, candidates from first to last preference, 0
 *     2 4 1=3 0      "=" joins candidates sharing a rank (an extension; OpenSTV lacks it)
 *     0              end of the ballots
 *     "Adams"        one quoted name per candidate, in number order
 *     ...
 *     "Title"        optional quoted title; anything after it is ignored
 *
 * Weights must be whole numbers (the engine counts voters). Withdrawn candidates are removed
 * from the profile and skipped on the ballots, as OpenSTV does; their names go to
 * `extra.withdrawn`. Blank lines and comments (from `#` to the end of a line, outside a
 * quoted name, as OpaVote allows) are ignored.
 */
import { UNRANKED, checkCandidates, type Profile } from '../ballots.ts';
import { RankedBuilder } from './build.ts';
import { VotingError } from '../errors.ts';
import { BallotFileError, atLine, clip, writeError } from './errors.ts';
import { MAX_VOTERS } from '../limits.ts';
import { checkFileNames } from './names.ts';
import { readLines, type LineReader } from './lines.ts';
import { parseInteger } from './text.ts';
import { MAX_GROUPS, type ElectionFile } from './types.ts';

interface Line {
  readonly tokens: string[];
  readonly text: string;
  readonly line: number;
}

/** Text after `#` is a comment (OpaVote), except inside a quoted name. */
function withoutComment(line: string): string {
  if (line.startsWith('"')) return /^("[^"]*")\s*#/.exec(line)?.[1] ?? line;
  const hash = line.indexOf('#');
  return hash < 0 ? line : line.slice(0, hash).trimEnd();
}

type Part = 'header' | 'withdrawn' | 'ballots' | 'names' | 'title' | 'afterTitle' | 'rest';

/**
 * BLT fed line by line. Ballots go into the builder as they come, by candidate number (the
 * names only come at the end of the file); the profile takes the names when they are read.
 */
export class BltLines implements LineReader {
  readonly buffered = 0;
  private part: Part = 'header';
  private lines = 0; // lines that are not blank or comments
  private lastLine = 0;
  private head!: Line;
  private m = 0;
  private seats = 0;
  private withdrawn = new Uint8Array(0);
  private withdrawnLine = 0;
  private newIndex = new Int32Array(0);
  private seen = new Int32Array(0);
  private ballots = 0;
  private voters = 0;
  private terminator = 0;
  private builder?: RankedBuilder;
  private readonly names: string[] = [];
  private readonly nameLines: number[] = [];
  private readonly taken = new Set<string>();
  private title?: string;
  private readonly fail: (line: number, key: string, params?: Record<string, string | number>) => BallotFileError;

  constructor(
    private readonly file: string,
    private readonly maxGroups = MAX_GROUPS,
  ) {
    this.fail = (line, key, params = {}) => new BallotFileError(key, file, line, params);
  }

  line(raw: string, number: number): void {
    const text = withoutComment(raw.trim());
    if (text === '') return;
    this.lines++;
    this.lastLine = number;
    const entry: Line = { tokens: text.split(/\s+/), text, line: number };
    switch (this.part) {
      case 'header':
        return this.header(entry);
      case 'withdrawn':
        this.part = 'ballots';
        if (entry.tokens.every((t) => t.startsWith('-'))) return this.withdraw(entry);
        return this.ballot(entry);
      case 'ballots':
        return this.ballot(entry);
      case 'names':
        return this.name(entry);
      case 'title':
        this.title = this.quoted(entry);
        this.part = 'afterTitle';
        return;
      case 'afterTitle':
        // One quoted line may follow the names (the title); a second one means the file names
        // more candidates than its header says, and every name would be read one place off.
        if (entry.text.startsWith('"')) throw this.fail(entry.line, 'io.blt.extraNames', { candidates: this.m });
        this.part = 'rest';
        return;
      case 'rest':
        return;
    }
  }

  private header(head: Line): void {
    const m = head.tokens.length === 2 ? parseInteger(head.tokens[0]) : undefined;
    const seats = head.tokens.length === 2 ? parseInteger(head.tokens[1]) : undefined;
    if (m === undefined || seats === undefined || m < 1 || m >= UNRANKED || seats < 1)
      throw this.fail(head.line, 'io.blt.header');
    this.head = head;
    this.m = m;
    this.seats = seats;
    this.withdrawn = new Uint8Array(m + 1);
    this.seen = new Int32Array(m + 1);
    this.part = 'withdrawn';
  }

  private withdraw({ tokens, line }: Line): void {
    for (const token of tokens) {
      const c = parseInteger(token);
      if (c === undefined || c > -1 || c < -this.m)
        throw this.fail(line, 'io.blt.withdrawn', { value: clip(token), max: this.m });
      this.withdrawn[-c] = 1;
    }
    this.withdrawnLine = line;
  }

  /** The candidates left and their new numbers, fixed at the first ballot line. */
  private startBallots(): void {
    const { m, withdrawn } = this;
    this.newIndex = new Int32Array(m + 1);
    let k = 0;
    for (let c = 1; c <= m; c++) if (!withdrawn[c]) this.newIndex[c] = k++;
    // Names stand in for the real ones, read at the end of the file (build() puts them in).
    const stand = Array.from({ length: k }, (_, i) => String(i + 1));
    if (k > 0) this.builder = new RankedBuilder(stand, this.maxGroups);
  }

  private ballot({ tokens, text, line }: Line): void {
    const { fail, m } = this;
    if (text.startsWith('"')) throw fail(line, 'io.blt.missingTerminator');
    if (this.ballots === 0 && this.terminator === 0 && this.newIndex.length === 0) this.startBallots();
    if (tokens.length === 1 && tokens[0] === '0') {
      this.terminator = line;
      this.part = 'names';
      return;
    }
    const count = parseInteger(tokens[0]);
    if (count === undefined || count < 1) throw fail(line, 'io.blt.badWeight', { value: clip(tokens[0]) });
    if (tokens.length < 2 || tokens[tokens.length - 1] !== '0') throw fail(line, 'io.blt.lineEnd');
    const stamp = ++this.ballots;
    const { builder, seen, withdrawn, newIndex } = this;
    for (let k = 1; k < tokens.length - 1; k++) {
      for (const part of tokens[k].split('=')) {
        const c = parseInteger(part);
        if (c === undefined || c < 1 || c > m)
          throw fail(line, 'io.blt.badCandidate', { value: clip(tokens[k]), max: m });
        if (seen[c] === stamp) throw fail(line, 'io.blt.rankedTwice', { value: c });
        seen[c] = stamp;
        if (!withdrawn[c]) builder?.add(newIndex[c]);
      }
      builder?.endTier();
    }
    this.voters += count;
    if (this.voters > MAX_VOTERS) throw fail(line, 'io.file.votersLimit', { value: this.voters, limit: MAX_VOTERS });
    if (builder) atLine(this.file, line, () => builder.endBallot(count));
  }

  private quoted(entry: Line): string {
    const match = /^"([^"]*)"$/.exec(entry.text);
    if (!match) throw this.fail(entry.line, 'io.blt.badName', { value: clip(entry.text) });
    return match[1];
  }

  private name(entry: Line): void {
    const name = this.quoted(entry);
    if (name === '') throw this.fail(entry.line, 'io.blt.badName', { value: entry.text });
    if (this.taken.has(name)) throw this.fail(entry.line, 'io.blt.duplicateName', { candidate: clip(name) });
    this.taken.add(name);
    this.names.push(name);
    this.nameLines.push(entry.line);
    if (this.names.length < this.m) return;
    checkFileNames(this.file, this.names, (c) => this.nameLines[c]);
    this.part = 'title';
  }

  end(): ElectionFile {
    const { fail, m, withdrawn, names } = this;
    if (this.lines === 0) throw fail(1, 'io.file.empty');
    // A header declaring more candidates than the file has lines for (a "0" line and one name
    // line each) is refused at the header (docs/ballot-files.md, "Limits").
    if (this.part !== 'header' && this.lines - 1 < m + 1)
      throw fail(this.head.line, 'io.blt.notEnoughLines', { candidates: m, lines: this.lines });
    if (this.part === 'withdrawn' || this.part === 'ballots') throw fail(this.lastLine, 'io.blt.missingTerminator');
    if (this.part === 'names') throw fail(this.lastLine, 'io.blt.missingNames', { expected: m, found: names.length });
    const kept = names.filter((_, c) => !withdrawn[c + 1]);
    if (kept.length === 0) throw fail(this.withdrawnLine, 'io.blt.allWithdrawn');
    if (this.seats > kept.length)
      throw fail(this.head.line, 'io.blt.seatsAboveCandidates', { seats: this.seats, candidates: kept.length });
    checkCandidates(kept);
    const profile = { ...(this.builder as RankedBuilder).build(), candidates: kept };
    const gone = names.filter((_, c) => withdrawn[c + 1]);
    return {
      format: 'blt',
      ...(this.title ? { title: this.title } : {}),
      profile,
      seats: this.seats,
      ...(gone.length > 0 ? { extra: { withdrawn: gone } } : {}),
      ...(this.ballots === 0
        ? {
            notes: [
              { key: 'io.note.noBallots', params: { file: this.file, line: this.terminator, candidates: kept.length } },
            ],
          }
        : {}),
    };
  }
}

export function readBlt(file: string, text: string): ElectionFile {
  return readLines(new BltLines(file), text);
}

/** BLT needs names without straight double quotes or line breaks; the title loses its quotes. */
export function writeBlt(profile: Profile, seats: number, title?: string): string {
  if (profile.kind !== 'ranked') throw writeError('io.write.rankedOnly', { format: 'BLT' });
  const m = profile.candidates.length;
  if (m === 0) throw writeError('io.write.noCandidates', { format: 'BLT' });
  if (!Number.isSafeInteger(seats) || seats < 1) {
    throw new VotingError('error.seats', `the number of seats must be a whole number of at least 1 (got: ${seats})`, {
      value: String(seats),
    });
  }
  for (const name of profile.candidates) {
    if (/["\r\n]/.test(name)) throw writeError('io.write.badName', { name, format: 'BLT' });
  }
  const lines = [`${m} ${seats}`];
  profile.tiers.forEach((tiers, g) => {
    const prefs = tiers.map((tier) => tier.map((c) => c + 1).join('='));
    lines.push([profile.counts[g], ...prefs, 0].join(' '));
  });
  lines.push('0');
  for (const name of profile.candidates) lines.push(`"${name}"`);
  lines.push(`"${(title ?? '').replace(/"/g, '\u201d').replace(/\s+/g, ' ').trim()}"`);
  return `${lines.join('\n')}\n`;
}
