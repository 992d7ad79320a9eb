/**
 * Chapter source → the scenario JSON (format version 1), which stays the checked form: the
 * loader's checks, the runner and the transcripts read it unchanged. Pure: no DOM, no Node, so
 * the game compiles a teacher's file in the browser.
 *
 * Reading is line by line; an indented line belongs to the item above it (a table row under
 * `electorate`, an answer under `quiz`, `more:` under `option`…). `== id` names the next step,
 * so that `-> id` can jump to it.
 */
import type { ScenarioIssue } from '../issues.ts';
import { FORMAT_VERSION } from '../schema.ts';
import type { Cast } from './cast.ts';
import { Context } from './context.ts';
import {
  electorate,
  emptyDraft,
  expectation,
  gradeName,
  group,
  header,
  HEADER_WORDS,
  option,
  place,
  voterRow,
  type Draft,
} from './declarations.ts';
import { parseEnglish } from './english.ts';
import { expandHubs } from './hubs.ts';
import { SCENE_WORD, sceneLine } from './scene-line.ts';
import { directive, sourceLines, tokens, type SourceLine } from './lines.ts';
import {
  branchLine,
  gotoStep,
  leadingCondition,
  optionLine,
  puzzleLine,
  quizLine,
  setStep,
  spoken,
  STEP_WORDS,
  stepDirective,
  stratumLine,
} from './steps.ts';

export interface CompileOptions {
  /** The file's name, for messages only. */
  readonly file?: string;
  readonly cast: Cast;
  /** The English table's text (`chapter-….en.txt`). */
  readonly english?: string;
}

export interface CompileResult {
  /** The JSON document, not yet checked by the loader; absent when the source has errors. */
  readonly scenario?: unknown;
  readonly problems: ScenarioIssue[];
  /** Lines whose text has no `#line:` tag yet, with the id `tag` would give them. */
  readonly untagged: readonly { line: number; key: string }[];
  /** Where each JSON path comes from (`steps[3]` → line 40, column 1). */
  readonly origins: ReadonlyMap<string, { line: number; column: number }>;
}

type Block =
  | { kind: 'none' }
  | { kind: 'item'; item: Record<string, unknown> }
  | { kind: 'electorate'; el: Record<string, unknown> }
  | { kind: 'step'; step: Record<string, unknown> };

const DECLARATION_WORDS = ['place', 'option', 'group', 'electorate', 'text', 'expect'];

class Compiler {
  readonly draft: Draft = emptyDraft();
  private block: Block = { kind: 'none' };
  private pendingId?: { id: string; line: number; column: number };
  private castReady = false;

  constructor(readonly ctx: Context) {}

  private readyCast(): void {
    if (this.castReady) return;
    this.castReady = true;
    for (const c of this.draft.castIds) {
      const member = this.ctx.cast.members.get(c.id);
      if (!member) {
        this.ctx.problem('chapterSource.cast.unknown', c.line, c.column, { id: c.id });
        continue;
      }
      this.ctx.members.push(member);
      this.ctx.speakers.set(member.name.fr, member);
      this.ctx.speakers.set(member.id, member);
    }
  }

  private addStep(l: SourceLine, step: Record<string, unknown> | undefined, cond: unknown, column: number): void {
    if (!step) return;
    const pending = this.pendingId;
    this.pendingId = undefined;
    if (pending) {
      if (step.id !== undefined && step.id !== pending.id)
        this.ctx.problem('chapterSource.section.twoIds', l.line, column, { section: pending.id, id: String(step.id) });
      else step = { id: pending.id, ...step };
    }
    if (cond !== undefined) step.if = cond;
    this.draft.steps.push(this.ctx.at(step, l.line, column));
    this.block = { kind: 'step', step };
  }

  line(l: SourceLine): void {
    const body = l.body;
    if (l.indent > 0 && this.block.kind !== 'none' && this.sub(l)) return;
    if (body.startsWith('\\')) return this.narration(l, body.slice(1), l.column + 1, undefined, true);
    if (body.startsWith('==')) {
      const id = body.replace(/^=+/, '').replace(/=+$/, '').trim();
      if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(id))
        this.ctx.problem('chapterSource.section.id', l.line, l.column, { id });
      else if (this.pendingId)
        this.ctx.problem('chapterSource.section.empty', this.pendingId.line, this.pendingId.column, {
          id: this.pendingId.id,
        });
      else this.pendingId = { id, line: l.line, column: l.column };
      this.block = { kind: 'none' };
      return;
    }
    if (body.startsWith('*') || body.startsWith('+')) return this.option(l, body);
    const cond = leadingCondition(this.ctx, l, body, l.column);
    const rest = cond.rest;
    const column = cond.column;
    if (cond.bad) return;
    if (rest.startsWith('\\')) return this.narration(l, rest.slice(1), column + 1, cond.cond, true);
    if (rest.startsWith('->')) return this.addStep(l, gotoStep(this.ctx, l, rest, column), cond.cond, l.column);
    if (rest.startsWith('~')) return this.addStep(l, setStep(this.ctx, l, rest, column), cond.cond, l.column);
    const d = directive(rest, column);
    if ('error' in d) {
      this.ctx.problem('chapterSource.syntax.brackets', l.line, d.error);
      return;
    }
    const word = d.args[0]?.text ?? '';
    const isWord = (list: readonly string[]): boolean =>
      list.includes(word) && (d.args.length > 1 || d.text !== undefined || word === 'branch' || word === 'end');
    if (cond.cond === undefined && isWord(HEADER_WORDS) && d.args.length === 1 && d.text !== undefined) {
      header(this.ctx, this.draft, word, l, d);
      this.block = { kind: 'none' };
      return;
    }
    if (cond.cond === undefined && isWord(DECLARATION_WORDS)) return this.declaration(word, l, rest, column);
    if (word === SCENE_WORD && d.args.length > 1)
      return sceneLine(this.ctx, l, d, this.block.kind === 'step' ? this.block.step : undefined, cond.cond);
    if (isWord(STEP_WORDS)) return this.addStep(l, stepDirective(this.ctx, word, l, d), cond.cond, l.column);
    this.narration(l, rest, column, cond.cond);
  }

  /** A spoken line or narration; `plain` (after `\\`) is always narration. */
  private narration(l: SourceLine, body: string, column: number, cond: unknown, plain = false): void {
    this.readyCast();
    const said = plain ? undefined : spoken(this.ctx, l, body, column);
    if (said === null) return;
    this.addStep(l, said ?? { type: 'say', text: this.ctx.text(l, body, column) }, cond, l.column);
  }

  private option(l: SourceLine, body: string): void {
    const option = optionLine(this.ctx, l, body, l.column);
    const current = this.block.kind === 'step' && this.block.step.type === 'choice' ? this.block.step : undefined;
    if (current && !this.pendingId) {
      if (option) (current.options as unknown[]).push(option);
      return;
    }
    this.addStep(l, { type: 'choice', options: option ? [option] : [] }, undefined, l.column);
  }

  private declaration(word: string, l: SourceLine, rest: string, column: number): void {
    const d = directive(rest, column);
    if ('error' in d) return;
    this.block = { kind: 'none' };
    if (word === 'place') {
      const item = place(this.ctx, this.draft, l, d);
      if (item) this.block = { kind: 'item', item };
    } else if (word === 'option') {
      const item = option(this.ctx, this.draft, l, d);
      if (item) this.block = { kind: 'item', item };
    } else if (word === 'group') group(this.ctx, this.draft, l, d);
    else if (word === 'electorate') {
      this.readyCast();
      const el = electorate(this.ctx, this.draft, l, d);
      if (el) this.block = { kind: 'electorate', el };
    } else if (word === 'text') {
      if (d.text === undefined || d.args.length !== 1)
        this.ctx.problem('chapterSource.text.missing', l.line, d.textColumn);
      else this.ctx.text(l, d.text, d.textColumn);
    } else {
      const note = rest.indexOf(' //');
      const toks = tokens(note < 0 ? rest : rest.slice(0, note), column);
      if ('error' in toks) this.ctx.problem('chapterSource.syntax.brackets', l.line, toks.error);
      else expectation(this.ctx, this.draft, l, toks, note < 0 ? undefined : rest.slice(note + 3).trim());
    }
  }

  /** An indented line under the item above it; false when it is not one (then read as usual). */
  private sub(l: SourceLine): boolean {
    const b = this.block;
    const body = l.body;
    if (b.kind === 'item') {
      const more = /^more:\s/.exec(body);
      if (!more) return false;
      b.item.description = this.ctx.text(l, body.slice(more[0].length), l.column + more[0].length);
      return true;
    }
    if (b.kind === 'electorate') {
      const d = directive(body, l.column);
      if ('error' in d) return false;
      if (d.args[0]?.text === 'grade' && d.args.length === 2) gradeName(this.ctx, b.el, l, d);
      else voterRow(this.ctx, this.draft, b.el, l, d);
      return true;
    }
    if (b.kind !== 'step') return false;
    const step = b.step;
    // Under a quiz, a puzzle or a branch, every indented line is theirs (a typo is reported there).
    if (step.type === 'quiz') quizLine(this.ctx, step, l, body);
    else if (step.type === 'puzzle') puzzleLine(this.ctx, step, l, body);
    else if (step.type === 'branch') branchLine(this.ctx, step, l, body);
    else if (step.type === 'election' && body.startsWith('stratum')) {
      const d = directive(body, l.column);
      if (!('error' in d)) stratumLine(this.ctx, step, l, d);
    } else return false;
    return true;
  }

  finish(): Record<string, unknown> {
    this.readyCast();
    if (this.pendingId)
      this.ctx.problem('chapterSource.section.empty', this.pendingId.line, this.pendingId.column, {
        id: this.pendingId.id,
      });
    const d = this.draft;
    const doc: Record<string, unknown> = { $schema: './schema/scenario.schema.json', formatVersion: FORMAT_VERSION };
    for (const key of ['id', 'kind', 'chapter', 'coast', 'title', 'summary', 'credits'])
      if (d.header[key] !== undefined) doc[key] = d.header[key];
    const t = d.teacher;
    if (t.goal !== undefined || t.duration !== undefined || t.keyMoment !== undefined || t.questions.length > 0) {
      doc.teacher = { goal: t.goal, duration: t.duration, keyMoment: t.keyMoment, questions: t.questions };
    }
    if (d.space) doc.space = d.space;
    if (d.places.length > 0) doc.places = d.places;
    const placeIds = new Set(d.places.map((p) => p.id));
    const cast = this.ctx.members.map((m) => {
      // The cast's texts are placed where the chapter names the character (`cast: lili`).
      const at = d.castIds.find((c) => c.id === m.id) ?? { line: 1, column: 1 };
      const here = (tag: string): SourceLine => ({ line: at.line, indent: 0, body: '', column: at.column, tag });
      const name = this.ctx.text(here(m.name.key), m.name.fr, at.column);
      if (m.name.en !== undefined) this.ctx.en[name] = m.name.en;
      const about: { key: string; fr: string; en?: string } = m.about ?? { key: `cast.${m.id}.about`, fr: m.name.fr };
      const personality = this.ctx.text(here(about.key), about.fr, at.column);
      if (about.en !== undefined) this.ctx.en[personality] = about.en;
      const look = { colours: [...m.colours], accessory: m.accessory, expressions: [...m.moods] };
      const home = m.home !== undefined && placeIds.has(m.home) ? { home: m.home } : {};
      return this.ctx.at(
        { id: m.id, name, species: m.species, look, ...home, personality, gender: m.gender === 'elle' ? 'f' : 'm' },
        at.line,
        at.column,
      );
    });
    if (cast.length > 0) doc.cast = cast;
    doc.options = d.options;
    doc.electorates = d.electorates;
    const flags = [...d.flags];
    const steps = expandHubs(this.ctx, d.steps, flags);
    if (Object.keys(d.variables).length > 0) doc.variables = d.variables;
    if (flags.length > 0) doc.flags = flags;
    doc.steps = steps;
    if (d.expectations.length > 0) doc.expectations = d.expectations;
    this.ctx.finishEnglish();
    doc.texts = { fr: this.ctx.fr, en: this.ctx.en };
    return doc;
  }
}

/** Where each object of the document came from, by JSON path (`steps[3].options[1]`). */
function originsOf(
  doc: unknown,
  origin: ReadonlyMap<object, { line: number; column: number }>,
): Map<string, { line: number; column: number }> {
  const out = new Map<string, { line: number; column: number }>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    const pos = origin.get(value);
    if (pos) out.set(path, pos);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else for (const [k, v] of Object.entries(value)) if (k !== 'texts') walk(v, path === '' ? k : `${path}.${k}`);
  };
  walk(doc, '');
  return out;
}

export function compileChapter(text: string, options: CompileOptions): CompileResult {
  const problems: ScenarioIssue[] = [];
  const english = parseEnglish(options.english ?? '', problems);
  const ctx = new Context(options.cast, english);
  const compiler = new Compiler(ctx);
  for (const l of sourceLines(text, ctx.problems)) compiler.line(l);
  const doc = compiler.finish();
  const origins = originsOf(doc, ctx.origin);
  for (const [key, pos] of ctx.textPos) origins.set(`texts.fr.${key}`, pos);
  const all = [...ctx.problems, ...problems];
  const failed = all.some((p) => p.severity === 'error');
  return { ...(failed ? {} : { scenario: doc }), problems: all, untagged: ctx.untagged, origins };
}
