/**
 * Conditions and effects as a writer types them, and back:
 *   seen-pools · not seen-pools · insight >= 2 · won(kelp, vote) · won(kelp, vote, irv)
 *   method-chosen(irv, vote) · chose(tour, pools) · solved(p1) · ended(chapter-1, forest) ·
 *   a and b and c · a or (b and c)
 *   effects: set seen-pools, clear x, insight += 1, insight -= 1, insight = 0
 * The arguments follow the JSON's fields in order (`won(kelp, vote)` is
 * `{"winner": "kelp", "election": "vote"}`); any condition may also be written as its JSON object.
 * `and` and `or` are never mixed without parentheses, so a line never means two things.
 */
import { COMPARISONS, type ConditionInput, type EffectData } from '../schema.ts';

type Parsed<T> = { value: T } | { error: string; offset: number; params?: Record<string, string> };

const ID = /^[a-z0-9][a-z0-9_-]*$/;

/** Where the `{` at `start` closes: the index of its matching `}`, strings skipped; -1 if it never does. */
export function closingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

interface Lexeme {
  readonly text: string;
  readonly offset: number;
}

function lex(source: string): Lexeme[] | { offset: number } {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '{') {
      // A JSON object: up to its matching brace.
      const end = closingBrace(source, i);
      if (end < 0) return { offset: i };
      out.push({ text: source.slice(i, end + 1), offset: i });
      i = end + 1;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (['>=', '<=', '==', '!='].includes(two)) {
      out.push({ text: two, offset: i });
      i += 2;
      continue;
    }
    if ('()<>,'.includes(ch)) {
      out.push({ text: ch, offset: i });
      i++;
      continue;
    }
    const word = /^[-A-Za-z0-9_]+/.exec(source.slice(i));
    if (!word) return { offset: i };
    out.push({ text: word[0], offset: i });
    i += word[0].length;
  }
  return out;
}

const CALLS: Record<string, (args: string[]) => ConditionInput | undefined> = {
  won: (a) =>
    a.length === 2
      ? { winner: a[0], election: a[1] }
      : a.length === 3
        ? { winner: a[0], election: a[1], method: a[2] as ConditionInput['method'] }
        : undefined,
  'method-chosen': (a) =>
    a.length === 2 ? { methodChosen: a[0] as ConditionInput['methodChosen'], election: a[1] } : undefined,
  chose: (a) => (a.length === 2 ? { chose: a[0], option: a[1] } : undefined),
  solved: (a) => (a.length === 1 ? { solved: a[0] } : undefined),
  ended: (a) => (a.length === 2 ? { ended: a[0], ending: a[1] } : undefined),
};

class ConditionParser {
  private i = 0;
  constructor(
    private readonly lx: Lexeme[],
    private readonly end: number,
  ) {}

  private peek(): Lexeme | undefined {
    return this.lx[this.i];
  }

  private fail(message: string, at?: Lexeme): never {
    throw Object.assign(new Error(message), { offset: at?.offset ?? this.end });
  }

  parse(): ConditionInput {
    const c = this.expr();
    const extra = this.peek();
    if (extra) this.fail('chapterSource.condition.unexpected', extra);
    return c;
  }

  private expr(): ConditionInput {
    const first = this.term();
    const items = [first];
    let op: string | undefined;
    for (let next = this.peek(); next && (next.text === 'and' || next.text === 'or'); next = this.peek()) {
      if (op !== undefined && op !== next.text) this.fail('chapterSource.condition.mixed', next);
      op = next.text;
      this.i++;
      items.push(this.term());
    }
    if (op === undefined) return first;
    return op === 'and' ? { all: items } : { any: items };
  }

  private term(): ConditionInput {
    const at = this.peek();
    if (!at) this.fail('chapterSource.condition.missing');
    this.i++;
    if (at.text === 'not') return { not: this.term() };
    if (at.text === '(') {
      const inner = this.expr();
      if (this.peek()?.text !== ')') this.fail('chapterSource.condition.paren', this.peek());
      this.i++;
      return inner;
    }
    if (at.text.startsWith('{')) {
      try {
        const value: unknown = JSON.parse(at.text);
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as ConditionInput;
      } catch {
        // reported below
      }
      this.fail('chapterSource.condition.json', at);
    }
    if (!ID.test(at.text)) this.fail('chapterSource.condition.unexpected', at);
    const next = this.peek();
    if (next?.text === '(') {
      const call = CALLS[at.text];
      if (!call) this.fail('chapterSource.condition.unknownCall', at);
      this.i++;
      const args: string[] = [];
      for (;;) {
        const arg = this.peek();
        if (!arg || !ID.test(arg.text)) this.fail('chapterSource.condition.argument', arg);
        args.push(arg.text);
        this.i++;
        const sep = this.peek();
        if (sep?.text === ',') this.i++;
        else if (sep?.text === ')') break;
        else this.fail('chapterSource.condition.paren', sep);
      }
      this.i++;
      const made = call(args);
      if (!made) this.fail('chapterSource.condition.arity', at);
      return made;
    }
    if (next && (COMPARISONS as readonly string[]).includes(next.text)) {
      this.i++;
      const value = this.peek();
      const sign = value?.text === '-' ? -1 : 1;
      const number = /^-?\d+$/.test(value?.text ?? '') ? Number(value?.text) * sign : NaN;
      if (!Number.isSafeInteger(number)) this.fail('chapterSource.condition.number', value);
      this.i++;
      return { var: at.text, op: next.text as ConditionInput['op'], value: number };
    }
    return { flag: at.text };
  }
}

export function parseCondition(source: string): Parsed<ConditionInput> {
  const lx = lex(source);
  if (!Array.isArray(lx)) return { error: 'chapterSource.condition.unexpected', offset: lx.offset };
  try {
    return { value: new ConditionParser(lx, source.length).parse() };
  } catch (error) {
    const e = error as Error & { offset?: number };
    return { error: e.message, offset: e.offset ?? 0 };
  }
}

function atom(c: ConditionInput): string | undefined {
  const keys = Object.keys(c).filter((k) => (c as Record<string, unknown>)[k] !== undefined);
  const only = (...names: string[]): boolean => keys.length === names.length && names.every((n) => keys.includes(n));
  if (only('flag')) return c.flag;
  if (only('solved')) return `solved(${c.solved})`;
  if (only('ended', 'ending')) return `ended(${c.ended}, ${c.ending})`;
  if (only('chose', 'option')) return `chose(${c.chose}, ${c.option})`;
  if (only('methodChosen', 'election')) return `method-chosen(${c.methodChosen}, ${c.election})`;
  if (only('winner', 'election')) return `won(${c.winner}, ${c.election})`;
  if (only('winner', 'election', 'method')) return `won(${c.winner}, ${c.election}, ${c.method})`;
  if (only('var', 'op', 'value')) return `${c.var} ${c.op} ${c.value}`;
  if (only('not') && c.not) {
    const inner = printCondition(c.not);
    return c.not.all || c.not.any ? `not (${inner})` : `not ${inner}`;
  }
  for (const list of ['all', 'any'] as const) {
    const items = c[list];
    if (only(list) && items && items.length >= 2) {
      return items
        .map((x) => (x.all || x.any ? `(${printCondition(x)})` : printCondition(x)))
        .join(list === 'all' ? ' and ' : ' or ');
    }
  }
  return undefined;
}

/** The readable form; the JSON object when there is none (a one-item `all`, an odd mix). */
export function printCondition(c: ConditionInput): string {
  return atom(c) ?? JSON.stringify(c);
}

const EFFECT = /^(?:(set|clear)\s+([a-z0-9][a-z0-9_-]*)|([a-z0-9][a-z0-9_-]*)\s*(\+=|-=|=)\s*(-?\d+))$/;

/** `set a, clear b, insight += 1`: the offset of a bad item is reported. */
export function parseEffects(source: string): Parsed<EffectData[]> {
  const out: EffectData[] = [];
  let offset = 0;
  for (const part of source.split(',')) {
    const item = part.trim();
    const at = offset + (part.length - part.trimStart().length);
    offset += part.length + 1;
    if (/^persuade\s/.test(item)) {
      const persuasion = parsePersuasion(item);
      if (!persuasion) return { error: 'scenario.persuade.invalid', offset: at, params: { text: item } };
      out.push(persuasion);
      continue;
    }
    const m = EFFECT.exec(item);
    if (!m) return { error: 'chapterSource.effect.invalid', offset: at, params: { text: item } };
    if (m[1] === 'set') out.push({ set: m[2] });
    else if (m[1] === 'clear') out.push({ clear: m[2] });
    else {
      const n = Number(m[5]);
      if (m[4] === '=') out.push({ var: m[3], assign: n });
      else out.push({ var: m[3], add: m[4] === '-=' ? -n : n });
    }
  }
  return { value: out };
}

const VOTER_ID = '[a-z0-9][a-z0-9_-]*';
const PERSUASION = new RegExp(`^persuade\\s+(${VOTER_ID})(?:\\s+in\\s+(${VOTER_ID}))?\\s+(.+)$`);

/**
 * `persuade gamba [in festival] cake > soup = salad`, `… approves soup cake`, `… soup=5 cake=2`:
 * the voter's new preference, written as in an electorate's table (no commas: they separate effects).
 */
function parsePersuasion(item: string): EffectData | undefined {
  const m = PERSUASION.exec(item);
  if (!m) return undefined;
  const [, voter, electorate, pref] = m;
  const base: EffectData = { persuade: voter, ...(electorate ? { electorate } : {}) };
  const words = pref.trim().split(/\s+/);
  if (words[0] === 'approves' && words.slice(1).every((w) => new RegExp(`^${VOTER_ID}$`).test(w)))
    return { ...base, approves: words.slice(1) };
  if (words.every((w) => new RegExp(`^${VOTER_ID}=-?\\d+$`).test(w)))
    return { ...base, grades: Object.fromEntries(words.map((w) => w.split('=')).map(([k, v]) => [k, Number(v)])) };
  if (!new RegExp(`^${VOTER_ID}(\\s*[>=]\\s*${VOTER_ID})*$`).test(pref.trim())) return undefined;
  const ranking = pref.split('>').map((rank) => {
    const tied = rank.split('=').map((x) => x.trim());
    return tied.length === 1 ? tied[0] : tied;
  });
  return { ...base, ranking };
}

function printPersuasion(e: EffectData): string {
  const pref = e.ranking
    ? e.ranking.map((x) => (typeof x === 'string' ? x : x.join(' = '))).join(' > ')
    : e.approves
      ? `approves ${e.approves.join(' ')}`
      : Object.entries(e.grades ?? {})
          .map(([k, v]) => `${k}=${v}`)
          .join(' ');
  return `persuade ${e.persuade}${e.electorate !== undefined ? ` in ${e.electorate}` : ''} ${pref}`;
}

export function printEffects(effects: readonly EffectData[]): string {
  return effects
    .map((e) => {
      if (e.persuade !== undefined) return printPersuasion(e);
      if (e.set !== undefined) return `set ${e.set}`;
      if (e.clear !== undefined) return `clear ${e.clear}`;
      if (e.assign !== undefined) return `${e.var} = ${e.assign}`;
      const add = e.add ?? 0;
      return add < 0 ? `${e.var} -= ${-add}` : `${e.var} += ${add}`;
    })
    .join(', ');
}
