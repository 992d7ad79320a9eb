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
import { UNRANKED, type Profile } from '../ballots.ts';
import { RankedBuilder } from './build.ts';
import { VotingError } from '../errors.ts';
import { BallotFileError, atLine, clip, writeError } from './errors.ts';
import { MAX_VOTERS } from '../limits.ts';
import { checkFileNames } from './names.ts';
import { parseInteger, splitLines, stripBom } from './text.ts';
import type { ElectionFile } from './types.ts';

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

export function readBlt(file: string, text: string): ElectionFile {
  const lines: Line[] = [];
  splitLines(stripBom(text)).forEach((raw, i) => {
    const trimmed = withoutComment(raw.trim());
    if (trimmed !== '') lines.push({ tokens: trimmed.split(/\s+/), text: trimmed, line: i + 1 });
  });
  const fail = (line: number, key: string, params: Record<string, string | number> = {}) =>
    new BallotFileError(key, file, line, params);
  if (lines.length === 0) throw fail(1, 'io.file.empty');

  const head = lines[0];
  const m = head.tokens.length === 2 ? parseInteger(head.tokens[0]) : undefined;
  const seats = head.tokens.length === 2 ? parseInteger(head.tokens[1]) : undefined;
  if (m === undefined || seats === undefined || m < 1 || m >= UNRANKED || seats < 1)
    throw fail(head.line, 'io.blt.header');
  // Refused at the header: the file must hold a "0" line and one name line per candidate
  // declared, so that a few bytes cannot declare 65,534 candidates (docs/ballot-files.md).
  if (lines.length - 1 < m + 1) throw fail(head.line, 'io.blt.notEnoughLines', { candidates: m, lines: lines.length });
  let next = 1;

  const withdrawn = new Uint8Array(m + 1);
  if (next < lines.length && lines[next].tokens.every((t) => t.startsWith('-'))) {
    for (const token of lines[next].tokens) {
      const c = parseInteger(token);
      if (c === undefined || c > -1 || c < -m)
        throw fail(lines[next].line, 'io.blt.withdrawn', { value: clip(token), max: m });
      withdrawn[-c] = 1;
    }
    next++;
  }

  // Ballots are kept as candidate numbers until the names are read at the end of the file.
  const ballots: { tiers: number[][]; count: number; line: number }[] = [];
  const seen = new Int32Array(m + 1);
  let voters = 0;
  let terminator: number;
  for (;;) {
    if (next >= lines.length || lines[next].text.startsWith('"')) {
      throw fail(next < lines.length ? lines[next].line : lines[lines.length - 1].line, 'io.blt.missingTerminator');
    }
    const { tokens, line } = lines[next++];
    if (tokens.length === 1 && tokens[0] === '0') {
      terminator = line;
      break;
    }
    const count = parseInteger(tokens[0]);
    if (count === undefined || count < 1) throw fail(line, 'io.blt.badWeight', { value: clip(tokens[0]) });
    if (tokens.length < 2 || tokens[tokens.length - 1] !== '0') throw fail(line, 'io.blt.lineEnd');
    const tiers: number[][] = [];
    for (let k = 1; k < tokens.length - 1; k++) {
      const tier: number[] = [];
      for (const part of tokens[k].split('=')) {
        const c = parseInteger(part);
        if (c === undefined || c < 1 || c > m)
          throw fail(line, 'io.blt.badCandidate', { value: clip(tokens[k]), max: m });
        if (seen[c] === ballots.length + 1) throw fail(line, 'io.blt.rankedTwice', { value: c });
        seen[c] = ballots.length + 1;
        if (!withdrawn[c]) tier.push(c);
      }
      tiers.push(tier);
    }
    voters += count;
    if (voters > MAX_VOTERS) throw fail(line, 'io.file.votersLimit', { value: voters, limit: MAX_VOTERS });
    ballots.push({ tiers, count, line });
  }

  const quoted = (entry: Line) => {
    const match = /^"([^"]*)"$/.exec(entry.text);
    if (!match) throw fail(entry.line, 'io.blt.badName', { value: clip(entry.text) });
    return match[1];
  };
  const names: string[] = [];
  const nameLines: number[] = [];
  const taken = new Set<string>();
  for (let c = 0; c < m; c++) {
    if (next >= lines.length)
      throw fail(lines[lines.length - 1].line, 'io.blt.missingNames', { expected: m, found: c });
    const entry = lines[next++];
    const name = quoted(entry);
    if (name === '') throw fail(entry.line, 'io.blt.badName', { value: entry.text });
    if (taken.has(name)) throw fail(entry.line, 'io.blt.duplicateName', { candidate: clip(name) });
    taken.add(name);
    names.push(name);
    nameLines.push(entry.line);
  }
  checkFileNames(file, names, (c) => nameLines[c]);
  const title = next < lines.length ? quoted(lines[next]) : undefined;
  // One quoted line may follow the names (the title); a second one means the file names more
  // candidates than its header says, and every name would be read one place off.
  if (next + 1 < lines.length && lines[next + 1].text.startsWith('"'))
    throw fail(lines[next + 1].line, 'io.blt.extraNames', { candidates: m });

  const left = names.length - names.filter((_, c) => withdrawn[c + 1]).length;
  if (left === 0) throw fail(lines[1].line, 'io.blt.allWithdrawn');
  if (seats > left) throw fail(head.line, 'io.blt.seatsAboveCandidates', { seats, candidates: left });

  const kept = names.filter((_, c) => !withdrawn[c + 1]);
  const newIndex = new Int32Array(m + 1);
  for (let c = 1, k = 0; c <= m; c++) if (!withdrawn[c]) newIndex[c] = k++;
  const builder = new RankedBuilder(kept);
  for (const { tiers, count, line } of ballots) {
    for (const tier of tiers) {
      for (const c of tier) builder.add(newIndex[c]);
      builder.endTier();
    }
    atLine(file, line, () => builder.endBallot(count));
  }
  const gone = names.filter((_, c) => withdrawn[c + 1]);
  return {
    format: 'blt',
    ...(title ? { title } : {}),
    profile: builder.build(),
    seats,
    ...(gone.length > 0 ? { extra: { withdrawn: gone } } : {}),
    ...(ballots.length === 0
      ? { notes: [{ key: 'io.note.noBallots', params: { file, line: terminator, candidates: kept.length } }] }
      : {}),
  };
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
