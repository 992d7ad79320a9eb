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
import { parseInteger, splitLines, stripBom } from './text.ts';
import type { ElectionFile, PrefLibFormat } from './types.ts';

const PREFLIB_FORMATS: readonly string[] = ['soc', 'soi', 'toc', 'toi'];

/** Candidates a file may declare (NUMBER ALTERNATIVES) without an ALTERNATIVE NAME line each. */
export const MAX_UNNAMED_CANDIDATES = 1_000;

interface Located {
  readonly text: string;
  readonly line: number;
}

export function readPrefLib(file: string, text: string, format?: PrefLibFormat): ElectionFile {
  const lines = splitLines(stripBom(text));
  const fail = (line: number, key: string, params: Record<string, string | number> = {}) =>
    new BallotFileError(key, file, line, params);
  const metadata = new Map<string, Located>(); // by upper-case key
  const extra: Record<string, string> = {};
  const names = new Map<number, Located>();
  const data: Located[] = [];
  let blank = true;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    blank = false;
    if (!line.startsWith('#')) {
      data.push({ text: line, line: i + 1 });
      return;
    }
    const meta = /^#\s*([^:]*?)\s*:\s*(.*)$/.exec(line);
    if (!meta) return; // a plain comment
    const [, key, value] = meta;
    const alternative = /^ALTERNATIVE NAME\s+(.*)$/i.exec(key);
    if (alternative) {
      const index = parseInteger(alternative[1]);
      if (index === undefined || index < 1 || index >= UNRANKED)
        throw fail(i + 1, 'io.preflib.badNameIndex', { value: clip(alternative[1]), max: UNRANKED - 1 });
      if (names.has(index)) throw fail(i + 1, 'io.preflib.nameTwice', { index });
      names.set(index, { text: value, line: i + 1 });
    } else {
      metadata.set(key.toUpperCase(), { text: value, line: i + 1 });
      if (key.toUpperCase() !== 'TITLE')
        Object.defineProperty(extra, key, { value, enumerable: true, writable: true, configurable: true });
    }
  });
  if (blank) throw fail(1, 'io.file.empty');

  const candidates = readCandidates(names, metadata.get('NUMBER ALTERNATIVES'), fail);
  const m = candidates.length;
  if (names.size > 0) checkFileNames(file, candidates, (c) => names.get(c + 1)?.line ?? 1);
  const declared = metadata.get('DATA TYPE')?.text.trim().toLowerCase() ?? '';
  // The type the file claims (its DATA TYPE line, else its extension): soc and toc promise
  // complete orders, soc and soi strict ones; an order that breaks the promise is refused.
  const claimed = PREFLIB_FORMATS.includes(declared) ? declared : format;
  const mustBeComplete = claimed === 'soc' || claimed === 'toc';
  const mustBeStrict = claimed === 'soc' || claimed === 'soi';
  // The header's counts must describe the body: a file cut short or edited by hand would
  // otherwise be counted as if whole (refused before the orders are read when it can be).
  const declaredCount = (key: string, found: number, disagree: string) => {
    const entry = metadata.get(key);
    if (entry === undefined || entry.text.trim() === '') return;
    const value = parseInteger(entry.text.trim());
    if (value === undefined || value < 0)
      throw fail(entry.line, 'io.preflib.headerNumber', { key, value: clip(entry.text.trim()) });
    if (value !== found) throw fail(entry.line, disagree, { declared: value, found });
  };
  declaredCount('NUMBER UNIQUE ORDERS', data.length, 'io.preflib.ordersDisagree');
  const builder = new RankedBuilder(candidates);
  for (const { text: line, line: number } of data) {
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
    atLine(file, number, () => builder.endBallot(count));
  }
  const profile = builder.build();
  declaredCount('NUMBER VOTERS', profile.voters, 'io.preflib.votersDisagree');
  const title = metadata.get('TITLE')?.text;
  const header = metadata.get('NUMBER ALTERNATIVES')?.line ?? [...names.values()].at(-1)?.line ?? 1;
  return {
    format: format ?? (PREFLIB_FORMATS.includes(declared) ? (declared as PrefLibFormat) : prefLibFormatOf(profile)),
    ...(title ? { title } : {}),
    profile,
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
    ...(data.length === 0
      ? { notes: [{ key: 'io.note.noBallots', params: { file, line: header, candidates: m } }] }
      : {}),
  };
}

function readCandidates(
  names: ReadonlyMap<number, Located>,
  declared: Located | undefined,
  fail: (line: number, key: string, params?: Record<string, string | number>) => BallotFileError,
): string[] {
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

export interface PrefLibMeta {
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
