/**
 * PrefLib's current text format (.soc .soi .toc .toi, preflib.org "Data Format" since 2022):
 * `# KEY: value` metadata lines, among them `# NUMBER ALTERNATIVES: m` and
 * `# ALTERNATIVE NAME i: name`, then one line per distinct order, `count: a,b,{c,d},e`, where
 * numbers are alternatives (1-based) and braces hold alternatives sharing a rank. soc = strict
 * complete orders, soi = strict incomplete, toc = complete with ties, toi = incomplete with ties.
 * Unranked alternatives come after every ranked one (docs/voting-rules.md §5). An empty order
 * (`5:`) is an empty ballot; PrefLib itself never writes one, our writer does. The header's
 * `NUMBER VOTERS` and `NUMBER UNIQUE ORDERS`, when given, must match the body: a mismatch is
 * refused (docs/ballot-files.md), since counting a file cut short would elect without a word.
 */
import { UNRANKED, type Profile, type RankedProfile } from '../ballots.ts';
import { RankedBuilder } from './build.ts';
import { BallotFileError, atLine, clip, writeError } from './errors.ts';
import { checkFileNames } from './names.ts';
import { readLines, type LineReader } from './lines.ts';
import { parseInteger } from './text.ts';
import { MAX_GROUPS, type ElectionFile, type PrefLibFormat } from './types.ts';

const PREFLIB_FORMATS: readonly string[] = ['soc', 'soi', 'toc', 'toi'];

/** Candidates a file may declare (NUMBER ALTERNATIVES) without an ALTERNATIVE NAME line each. */
export const MAX_UNNAMED_CANDIDATES = 1_000;

interface Located {
  readonly text: string;
  readonly line: number;
}

type Fail = (line: number, key: string, params?: Record<string, string | number>) => BallotFileError;

/** PrefLib fed line by line: the header, then each order into the builder as it comes. */
export class PrefLibLines implements LineReader {
  readonly buffered = 0;
  private readonly metadata = new Map<string, Located>(); // by upper-case key
  private readonly extra: Record<string, string> = {};
  private readonly names = new Map<number, Located>();
  private blank = true;
  private orders = 0;
  /** Made at the first order line, when the header is whole. */
  private body?: {
    candidates: string[];
    builder: RankedBuilder;
    claimed: string | undefined;
    mustBeComplete: boolean;
    mustBeStrict: boolean;
  };
  private readonly fail: Fail;

  constructor(
    private readonly file: string,
    private readonly format?: PrefLibFormat,
    private readonly maxGroups = MAX_GROUPS,
  ) {
    this.fail = (line, key, params = {}) => new BallotFileError(key, file, line, params);
  }

  line(raw: string, number: number): void {
    const line = raw.trim();
    if (line === '') return;
    this.blank = false;
    if (line.startsWith('#')) this.headerLine(line, number);
    else this.order(line, number);
  }

  private headerLine(line: string, number: number): void {
    const meta = /^#\s*([^:]*?)\s*:\s*(.*)$/.exec(line);
    if (!meta) return; // a plain comment
    const [, key, value] = meta;
    const alternative = /^ALTERNATIVE NAME\s+(.*)$/i.exec(key);
    // The orders are read as they come with the header's candidates and type: a line that
    // would change them after the first order is refused rather than applied to half the file.
    if (this.body && (alternative || /^(NUMBER ALTERNATIVES|DATA TYPE)$/i.test(key)))
      throw this.fail(number, 'io.preflib.headerAfterOrders', { key: clip(key) });
    if (alternative) {
      const index = parseInteger(alternative[1]);
      if (index === undefined || index < 1 || index >= UNRANKED)
        throw this.fail(number, 'io.preflib.badNameIndex', { value: clip(alternative[1]), max: UNRANKED - 1 });
      if (this.names.has(index)) throw this.fail(number, 'io.preflib.nameTwice', { index });
      this.names.set(index, { text: value, line: number });
    } else {
      this.metadata.set(key.toUpperCase(), { text: value, line: number });
      if (key.toUpperCase() !== 'TITLE')
        Object.defineProperty(this.extra, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }

  /** The header is whole: candidates, names checked, the type the orders must keep. */
  private startBody(): NonNullable<PrefLibLines['body']> {
    const { names, metadata, file, fail } = this;
    const candidates = readCandidates(names, metadata.get('NUMBER ALTERNATIVES'), fail);
    if (names.size > 0) checkFileNames(file, candidates, (c) => names.get(c + 1)?.line ?? 1);
    const declared = metadata.get('DATA TYPE')?.text.trim().toLowerCase() ?? '';
    // The type the file claims (its DATA TYPE line, else its extension): soc and toc promise
    // complete orders, soc and soi strict ones; an order that breaks the promise is refused.
    const claimed = PREFLIB_FORMATS.includes(declared) ? declared : this.format;
    this.body = {
      candidates,
      builder: new RankedBuilder(candidates, this.maxGroups),
      claimed,
      mustBeComplete: claimed === 'soc' || claimed === 'toc',
      mustBeStrict: claimed === 'soc' || claimed === 'soi',
    };
    return this.body;
  }

  private order(line: string, number: number): void {
    const { builder, candidates, claimed, mustBeComplete, mustBeStrict } = this.body ?? this.startBody();
    const { fail } = this;
    const m = candidates.length;
    this.orders++;
    const colon = line.indexOf(':');
    if (colon < 0) throw fail(number, 'io.preflib.badLine');
    const countText = line.slice(0, colon).trim();
    const count = parseInteger(countText);
    if (count === undefined || count < 1) throw fail(number, 'io.preflib.badCount', { value: clip(countText) });
    const tiers = parseOrder(line.slice(colon + 1));
    if (tiers === undefined) throw fail(number, 'io.preflib.badLine');
    for (const tier of tiers) {
      for (const token of tier) {
        const a = parseInteger(token);
        if (a === undefined || a < 1 || a > m)
          throw fail(number, 'io.preflib.badAlternative', { value: clip(token), max: m });
        if (!builder.add(a - 1)) throw fail(number, 'io.preflib.rankedTwice', { candidate: clip(candidates[a - 1]) });
      }
      builder.endTier();
    }
    if (mustBeStrict && tiers.some((tier) => tier.length > 1)) {
      builder.discardBallot();
      throw fail(number, 'io.preflib.notStrict', { type: claimed ?? '' });
    }
    const ranked = tiers.reduce((n, tier) => n + tier.length, 0);
    if (mustBeComplete && ranked < m)
      throw fail(number, 'io.preflib.notComplete', { type: claimed ?? '', ranked, candidates: m });
    atLine(this.file, number, () => builder.endBallot(count));
  }

  end(): ElectionFile {
    const { file, metadata, names, extra, fail } = this;
    if (this.blank) throw fail(1, 'io.file.empty');
    const { candidates, builder } = this.body ?? this.startBody();
    // The header's counts must describe the body: a file cut short or edited by hand would
    // otherwise be counted as if whole (orders first: a cut file usually fails both).
    const declaredCount = (key: string, found: number, disagree: string) => {
      const entry = metadata.get(key);
      if (entry === undefined || entry.text.trim() === '') return;
      const value = parseInteger(entry.text.trim());
      if (value === undefined || value < 0)
        throw fail(entry.line, 'io.preflib.headerNumber', { key, value: clip(entry.text.trim()) });
      if (value !== found) throw fail(entry.line, disagree, { declared: value, found });
    };
    declaredCount('NUMBER UNIQUE ORDERS', this.orders, 'io.preflib.ordersDisagree');
    const profile = builder.build();
    declaredCount('NUMBER VOTERS', profile.voters, 'io.preflib.votersDisagree');
    const declared = metadata.get('DATA TYPE')?.text.trim().toLowerCase() ?? '';
    const title = metadata.get('TITLE')?.text;
    const header = metadata.get('NUMBER ALTERNATIVES')?.line ?? [...names.values()].at(-1)?.line ?? 1;
    return {
      format:
        this.format ?? (PREFLIB_FORMATS.includes(declared) ? (declared as PrefLibFormat) : prefLibFormatOf(profile)),
      ...(title ? { title } : {}),
      profile,
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
      ...(this.orders === 0
        ? { notes: [{ key: 'io.note.noBallots', params: { file, line: header, candidates: candidates.length } }] }
        : {}),
    };
  }
}

export function readPrefLib(file: string, text: string, format?: PrefLibFormat): ElectionFile {
  return readLines(new PrefLibLines(file, format), text);
}

function readCandidates(names: ReadonlyMap<number, Located>, declared: Located | undefined, fail: Fail): string[] {
  let m = 0;
  if (declared) {
    const value = parseInteger(declared.text);
    if (value === undefined || value < 1 || value >= UNRANKED)
      throw fail(declared.line, 'io.preflib.numberAlternatives', { value: clip(declared.text) });
    m = value;
  } else {
    for (const index of names.keys()) m = Math.max(m, index);
  }
  if (m === 0) throw fail(1, 'io.preflib.noCandidates');
  for (const [index, { line }] of names)
    if (index > m) throw fail(line, 'io.preflib.badNameIndex', { value: index, max: m });
  if (names.size === 0) {
    // Numbers stand for names. Declared candidates are not backed by the file then: refused at
    // the header beyond a bound, so that a few bytes cannot declare 65,534 of them.
    if (m > MAX_UNNAMED_CANDIDATES)
      throw fail(declared?.line ?? 1, 'io.preflib.unnamedCandidates', { value: m, limit: MAX_UNNAMED_CANDIDATES });
    return Array.from({ length: m }, (_, i) => String(i + 1));
  }
  const candidates: string[] = [];
  const taken = new Set<string>();
  for (let i = 1; i <= m; i++) {
    const entry = names.get(i);
    if (!entry) throw fail(declared?.line ?? 1, 'io.preflib.missingName', { index: i });
    if (entry.text === '') throw fail(entry.line, 'io.preflib.emptyName', { index: i });
    if (taken.has(entry.text)) throw fail(entry.line, 'io.preflib.duplicateName', { candidate: clip(entry.text) });
    taken.add(entry.text);
    candidates.push(entry.text);
  }
  return candidates;
}

/** `a,b,{c,d},e` → [['a'], ['b'], ['c', 'd'], ['e']] as tokens (checked later); undefined when malformed. */
function parseOrder(text: string): string[][] | undefined {
  const order = text.trim();
  if (order === '') return [];
  const tiers: string[][] = [];
  const token = (raw: string) => {
    const value = raw.trim();
    return value === '' || /[{}]/.test(value) ? undefined : value;
  };
  let i = 0;
  for (;;) {
    while (order[i] === ' ' || order[i] === '\t') i++;
    let end: number;
    let members: (string | undefined)[];
    if (order[i] === '{') {
      end = order.indexOf('}', i);
      if (end < 0) return undefined;
      members = order
        .slice(i + 1, end)
        .split(',')
        .map(token);
      end++;
    } else {
      end = order.indexOf(',', i);
      if (end < 0) end = order.length;
      members = [token(order.slice(i, end))];
    }
    if (members.some((t) => t === undefined)) return undefined;
    tiers.push(members as string[]);
    while (order[end] === ' ' || order[end] === '\t') end++;
    if (end === order.length) return tiers;
    if (order[end] !== ',') return undefined;
    i = end + 1;
  }
}

/** The PrefLib type the ballots need: strict or with ties, complete or not. */
export function prefLibFormatOf(profile: RankedProfile): PrefLibFormat {
  const m = profile.candidates.length;
  let strict = true;
  let complete = true;
  for (const tiers of profile.tiers) {
    let ranked = 0;
    for (const tier of tiers) {
      ranked += tier.length;
      if (tier.length > 1) strict = false;
    }
    if (ranked < m) complete = false;
  }
  return strict ? (complete ? 'soc' : 'soi') : complete ? 'toc' : 'toi';
}

interface PrefLibMeta {
  readonly title?: string;
  readonly fileName?: string;
  readonly description?: string;
  /** Other `# KEY: value` lines (PUBLICATION DATE, MODIFICATION TYPE...). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

const oneLine = (value: unknown) =>
  String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** Writes the PrefLib type the ballots need (prefLibFormatOf); groups keep the profile's order. */
export function writePrefLib(profile: Profile, meta: PrefLibMeta = {}): string {
  if (profile.kind !== 'ranked') throw writeError('io.write.rankedOnly', { format: 'PrefLib' });
  const m = profile.candidates.length;
  if (m === 0) throw writeError('io.write.noCandidates', { format: 'PrefLib' });
  for (const name of profile.candidates) {
    if (name !== name.trim() || /[\r\n]/.test(name)) throw writeError('io.write.badName', { name, format: 'PrefLib' });
  }
  const type = prefLibFormatOf(profile);
  const header = new Map<string, string>([
    ['FILE NAME', oneLine(meta.fileName)],
    ['TITLE', oneLine(meta.title)],
    ['DESCRIPTION', oneLine(meta.description)],
    ['DATA TYPE', type],
    ['MODIFICATION TYPE', ''],
    ['RELATES TO', ''],
    ['RELATED FILES', ''],
    ['PUBLICATION DATE', ''],
    ['MODIFICATION DATE', ''],
  ]);
  for (const [key, value] of Object.entries(meta.extra ?? {})) {
    const name = oneLine(key).replace(/:/g, '').toUpperCase();
    if (name !== '' && !/^(NUMBER |ALTERNATIVE NAME|DATA TYPE$)/.test(name)) header.set(name, oneLine(value));
  }
  header.set('NUMBER ALTERNATIVES', String(m));
  header.set('NUMBER VOTERS', String(profile.voters));
  header.set('NUMBER UNIQUE ORDERS', String(profile.counts.length));
  const lines = [...header].map(([key, value]) => `# ${key}: ${value}`.trimEnd());
  profile.candidates.forEach((name, c) => lines.push(`# ALTERNATIVE NAME ${c + 1}: ${name}`));
  profile.tiers.forEach((tiers, g) => {
    const order = tiers.map((tier) =>
      tier.length === 1 ? String(tier[0] + 1) : `{${tier.map((c) => c + 1).join(',')}}`,
    );
    lines.push(`${profile.counts[g]}:${order.length > 0 ? ' ' : ''}${order.join(',')}`);
  });
  return `${lines.join('\n')}\n`;
}
