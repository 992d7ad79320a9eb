/**
 * The English beside a chapter (`chapter-2-two-rounds.en.txt`): one line per line id,
 *   s1.perle: We’re all here! Nobody got swept away!
 * the id as the French source's `#line:` tag gives it, then `:` and the English text.
 * Blank lines and `//` comments are allowed; an id given twice is an error.
 */
import { issue, type ScenarioIssue as Issue } from '../issues.ts';

/** Problems of the English table carry its line in their text, not the source's position. */
function tableProblem(
  key: string,
  line: number,
  params: Record<string, string | number> = {},
  severity: 'error' | 'warning' = 'error',
): Issue {
  return issue(key, [], { ...params, line }, severity);
}

interface EnglishEntry {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

export interface EnglishTable {
  readonly entries: ReadonlyMap<string, EnglishEntry>;
}

const ENTRY = /^([A-Za-z0-9][A-Za-z0-9_.-]{0,99}):(?:\s(.*))?$/;

export function parseEnglish(source: string, problems: Issue[]): EnglishTable {
  const entries = new Map<string, EnglishEntry>();
  const rows = (source.charCodeAt(0) === 0xfeff ? source.slice(1) : source).split('\n');
  rows.forEach((raw, i) => {
    const row = (raw.endsWith('\r') ? raw.slice(0, -1) : raw).trim();
    if (row === '' || row.startsWith('//')) return;
    const m = ENTRY.exec(row);
    const column = raw.length - raw.trimStart().length + 1;
    if (!m) {
      problems.push(tableProblem('chapterSource.english.line', i + 1));
      return;
    }
    const key = m[1] ?? '';
    if (entries.has(key))
      problems.push(tableProblem('chapterSource.english.twice', i + 1, { key, first: entries.get(key)?.line ?? 0 }));
    const text = (m[2] ?? '').trim();
    if (text === '') problems.push(tableProblem('chapterSource.english.empty', i + 1, { key }, 'warning'));
    else entries.set(key, { text, line: i + 1, column: column + key.length + 2 });
  });
  return { entries };
}

/** The table written back, in the order of `keys` (the order the French lines come in). */
export function printEnglish(keys: readonly string[], english: Readonly<Record<string, string>>): string {
  return keys
    .filter((k) => english[k] !== undefined)
    .map((k) => `${k}: ${english[k]}`)
    .join('\n')
    .concat('\n');
}
