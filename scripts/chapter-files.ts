/**
 * Chapter sources on disk, for the scenario CLI: a `.chapitre` file is read with its English
 * table beside it (`NAME.en.txt`) and the cast file of its folder (`cast.txt`, `cast.en.txt`;
 * the shipped scenarios/cast.txt when its folder has none). JSON files are read as before.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { issue, type ScenarioIssue } from '../src/scenario/issues.ts';
import { LIMITS } from '../src/scenario/limits.ts';
import { loadScenarioText, type LoadResult } from '../src/scenario/load.ts';
import { compileChapter, loadChapterSource, parseCast, tagSource, type Cast } from '../src/scenario/source/index.ts';
import { decodeFileBytes, ENCODING_LABELS, FileDecodeError } from '../src/voting/io/index.ts';

/** A note on a file's text encoding: a refusal, or which encoding was read when not UTF-8. */
export interface EncodingNote {
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
  readonly refused: boolean;
}

/**
 * A file's text, decoded as every file coming in is (src/voting/io/decode.ts): UTF-8, UTF-16
 * or Windows-1252, else refused with a note asking for UTF-8.
 */
function readText(file: string): { text?: string; encoding?: EncodingNote } {
  try {
    const decoded = decodeFileBytes(basename(file), readFileSync(file));
    if (decoded.encoding === 'utf-8') return { text: decoded.text };
    return {
      text: decoded.text,
      encoding: {
        key: 'files.decode.readAs',
        params: { file: basename(file), encoding: ENCODING_LABELS[decoded.encoding] },
        refused: false,
      },
    };
  } catch (error) {
    if (error instanceof FileDecodeError)
      return { encoding: { key: error.code, params: { file: error.file }, refused: true } };
    throw error;
  }
}

export const SOURCE_EXTENSION = '.chapitre';
const shippedDir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'scenarios');

export function isSource(file: string): boolean {
  return file.endsWith(SOURCE_EXTENSION);
}

function englishFileOf(file: string): string {
  return file.slice(0, -SOURCE_EXTENSION.length) + '.en.txt';
}

export function jsonFileOf(file: string): string {
  return file.slice(0, -SOURCE_EXTENSION.length) + '.json';
}

function readIfThere(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The cast a source uses, with the cast file's own problems (placed in that file). */
function castFor(file: string): { cast: Cast; castFile: string; problems: ScenarioIssue[] } {
  const local = join(dirname(file), 'cast.txt');
  const castFile = existsSync(local) ? local : join(shippedDir, 'cast.txt');
  const parsed = parseCast(readFileSync(castFile, 'utf8'), readIfThere(castFile.replace(/\.txt$/, '.en.txt')));
  return { ...parsed, castFile };
}

function tooBig(file: string): LoadResult | undefined {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { issues: [issue('scenario.cli.unreadable', [], { file })] };
  }
  return size > LIMITS.fileBytes
    ? { issues: [issue('scenario.limit.file', [], { size, limit: LIMITS.fileBytes })] }
    : undefined;
}

/** Reads and checks a JSON file or a chapter source; a file too big is refused before it is read. */
export function loadFile(
  file: string,
): LoadResult & { castProblems?: { file: string; issues: ScenarioIssue[] }; encoding?: EncodingNote } {
  const refused = tooBig(file);
  if (refused) return refused;
  const { text, encoding } = readText(file);
  if (text === undefined) return { issues: [], encoding };
  const withNote = <T extends object>(loaded: T) => (encoding ? { ...loaded, encoding } : loaded);
  if (!isSource(file)) return withNote(loadScenarioText(text));
  const { cast, castFile, problems } = castFor(file);
  const loaded = loadChapterSource(text, { file: basename(file), cast, english: readIfThere(englishFileOf(file)) });
  return withNote(problems.length > 0 ? { ...loaded, castProblems: { file: castFile, issues: problems } } : loaded);
}

/** `compile`: the JSON a source compiles to, written beside it (only when it has no error). */
export function compileFile(file: string): { written?: string; issues: readonly ScenarioIssue[] } {
  const loaded = loadFile(file);
  if (!loaded.scenario) return { issues: loaded.issues };
  const { cast } = castFor(file);
  const compiled = compileChapter(readFileSync(file, 'utf8'), { cast, english: readIfThere(englishFileOf(file)) });
  const out = jsonFileOf(file);
  writeFileSync(out, `${jsonText(compiled.scenario)}\n`);
  return { written: out, issues: loaded.issues };
}

/** JSON as the shipped files write it: a value that fits on a line stays on one line. */
function jsonText(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value);
  if (typeof value !== 'object' || value === null || indent.length + flat.length <= 110) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + jsonText(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => `${inner}${JSON.stringify(k)}: ${jsonText(v, inner)}`,
  );
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

/** `tag`: line ids written into the source itself. */
export function tagFile(file: string): number {
  const { cast } = castFor(file);
  const tagged = tagSource(readFileSync(file, 'utf8'), cast);
  if (tagged.tagged > 0) writeFileSync(file, tagged.text);
  return tagged.tagged;
}

/** `new`: a small chapter that plays at once, to start from. */
export const NEW_CHAPTER = `// Mon chapitre — voir docs/scenario-format.md
id: mon-chapitre
title: Le menu de la fête
cast: lili, pince

option soup: la soupe
option salad: la salade d’algues

electorate beach
  lili:      salad > soup
  pince:     soup > salad
  5 krill:   soup > salad

Lili (joyeuse): Votons pour le menu !
election menu method=plurality: Qu’allons-nous manger ?
end: La fête peut commencer.

expect menu method=plurality winners=soup
`;
