/**
 * What the compiler keeps while it reads a chapter source: the texts and their line ids, where
 * each piece of the JSON came from (so the loader's findings point at the source), the cast of
 * the chapter, and the arguments of a directive read as the JSON's fields.
 */
import type { StepParams } from '../../voting/result.ts';
import { issue, type ScenarioIssue } from '../issues.ts';
import { ID_PATTERN, MOODS, type Mood } from '../schema.ts';
import type { Cast, CastMember } from './cast.ts';
import type { EnglishTable } from './english.ts';
import { lineHash, problemAt, type SourceLine, type Token } from './lines.ts';
import { frenchSpaces } from './typography.ts';

interface Pos {
  readonly line: number;
  readonly column: number;
}

/** The marker an English reader sees before a line that has no English yet. */
export const FRENCH_MARKER = '[fr] ';

/** French forms of the moods (both genders), and the ids themselves. */
const MOOD_WORDS: Record<Mood, readonly [string, string]> = {
  neutral: ['neutre', 'neutre'],
  happy: ['joyeux', 'joyeuse'],
  sad: ['triste', 'triste'],
  angry: ['fâché', 'fâchée'],
  surprised: ['surpris', 'surprise'],
  worried: ['inquiet', 'inquiète'],
  thinking: ['pensif', 'pensive'],
  proud: ['fier', 'fière'],
  shy: ['timide', 'timide'],
  sleepy: ['endormi', 'endormie'],
};

export function moodOf(word: string): Mood | undefined {
  if ((MOODS as readonly string[]).includes(word)) return word as Mood;
  const lower = word.toLowerCase();
  return MOODS.find((m) => MOOD_WORDS[m].includes(lower));
}

export function moodWord(mood: Mood, gender: 'il' | 'elle'): string {
  return MOOD_WORDS[mood][gender === 'il' ? 0 : 1];
}

interface Arg {
  readonly value: string;
  readonly column: number;
  /** A bare word (`sincere`), not `name=value`. */
  readonly bare: boolean;
}

export class Context {
  readonly problems: ScenarioIssue[] = [];
  readonly fr: Record<string, string> = {};
  readonly en: Record<string, string> = {};
  /** Where each text was first written, and which lines still lack a tag. */
  readonly textPos = new Map<string, Pos>();
  readonly untagged: { line: number; key: string }[] = [];
  /** Source position of each object put in the JSON. */
  readonly origin = new Map<object, Pos>();
  readonly members: CastMember[] = [];
  readonly speakers = new Map<string, CastMember>();

  constructor(
    readonly cast: Cast,
    readonly english: EnglishTable,
  ) {}

  problem(
    key: string,
    line: number,
    column: number,
    params: StepParams = {},
    severity: 'error' | 'warning' = 'error',
  ): void {
    this.problems.push(problemAt(key, line, column, params, severity));
  }

  at<T extends object>(value: T, line: number, column: number): T {
    this.origin.set(value, { line, column });
    return value;
  }

  /** Registers a French text (with its line's tag, or a key made from its words) and returns its key; its spaces follow French typography. */
  text(l: SourceLine, typed: string, column: number): string {
    const fr = frenchSpaces(typed);
    let key = l.tag;
    if (key === undefined) {
      key = `l${lineHash(fr)}`;
      for (let n = 2; this.fr[key] !== undefined && this.fr[key] !== fr; n++) key = `l${lineHash(fr)}-${n}`;
      if (!this.untagged.some((u) => u.line === l.line)) this.untagged.push({ line: l.line, key });
    }
    const known = this.fr[key];
    if (known !== undefined && known !== fr) {
      const first = this.textPos.get(key);
      this.problem('chapterSource.tag.conflict', l.line, l.tagColumn ?? column, { tag: key, first: first?.line ?? 0 });
      return key;
    }
    if (fr.trim() === '') this.problem('chapterSource.text.empty', l.line, column);
    if (known === undefined) {
      this.fr[key] = fr;
      this.textPos.set(key, { line: l.line, column });
    }
    return key;
  }

  /** The English of every text, or the French with a marker and a warning. */
  finishEnglish(): void {
    for (const [key, fr] of Object.entries(this.fr)) {
      if (this.en[key] !== undefined) continue;
      const found = this.english.entries.get(key);
      if (found) this.en[key] = found.text;
      else {
        const pos = this.textPos.get(key);
        const untagged = this.untagged.some((u) => u.key === key);
        this.problem(
          untagged ? 'chapterSource.english.untagged' : 'chapterSource.english.missing',
          pos?.line ?? 1,
          pos?.column ?? 1,
          { key },
          'warning',
        );
        this.en[key] = FRENCH_MARKER + fr;
      }
    }
    for (const [key, entry] of this.english.entries) {
      if (this.fr[key] === undefined)
        this.problems.push(issue('chapterSource.english.unused', [], { key, line: entry.line }, 'warning'));
    }
  }

  id(token: Token | undefined, line: number, fallbackColumn: number): string | undefined {
    if (token && ID_PATTERN.test(token.text)) return token.text;
    this.problem(
      token ? 'chapterSource.id.invalid' : 'chapterSource.id.missing',
      line,
      token?.column ?? fallbackColumn,
      { id: token?.text ?? '' },
    );
    return undefined;
  }

  /** `name=value` and bare words, each checked against what the directive allows. */
  args(
    tokens: readonly Token[],
    line: number,
    allowed: readonly string[],
    bare: readonly string[] = [],
  ): Map<string, Arg> {
    const out = new Map<string, Arg>();
    for (const t of tokens) {
      const eq = t.text.indexOf('=');
      const name = eq < 0 ? t.text : t.text.slice(0, eq);
      const ok = eq < 0 ? bare.includes(name) : allowed.includes(name);
      if (!ok) {
        this.problem('chapterSource.arg.unknown', line, t.column, {
          arg: t.text,
          allowed: [...allowed.map((a) => `${a}=…`), ...bare].join(', '),
        });
        continue;
      }
      if (out.has(name)) this.problem('chapterSource.arg.twice', line, t.column, { arg: name });
      out.set(name, {
        value: eq < 0 ? 'true' : t.text.slice(eq + 1),
        column: t.column + (eq < 0 ? 0 : eq + 1),
        bare: eq < 0,
      });
    }
    return out;
  }

  list(arg: Arg | undefined): string[] | undefined {
    return arg === undefined ? undefined : arg.value.split(',').filter((x) => x !== '');
  }

  int(arg: Arg | undefined, line: number): number | undefined {
    if (arg === undefined) return undefined;
    if (/^-?\d+$/.test(arg.value)) return Number(arg.value);
    this.problem('chapterSource.arg.number', line, arg.column, { value: arg.value });
    return undefined;
  }

  json(arg: Arg | undefined, line: number): unknown {
    if (arg === undefined) return undefined;
    try {
      return JSON.parse(arg.value);
    } catch {
      this.problem('chapterSource.arg.json', line, arg.column, { value: arg.value });
      return undefined;
    }
  }
}
