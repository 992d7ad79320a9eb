/**
 * The story's lines, each one step of the JSON:
 *   Homère (fier): Premier tour : un nom par galet.      a spoken line (a cast name, glued `:`)
 *   La nuit tombe sur la crique.                          narration (any other line)
 *   move beach with nacre, perle · ~ set seen, insight += 1 · -> section · end ending=win: …
 *   election speaker candidates=a,b choose=plurality,two-round: prompt
 *   reveal speaker voters=a,b · quiz ID speaker=X retry: question · puzzle ID kind=… : prompt
 *   ballot ID voter=nacre electorate=cove kind=ranked: prompt    (the player's own ballot)
 *   choice speaker=X: prompt, then `* text -> section` options
 * A `{condition}` before any of them is the step's `if`.
 */
import { closingBrace, parseCondition, parseEffects } from './conditions.ts';
import { moodOf, type Context } from './context.ts';
import type { Directive, SourceLine } from './lines.ts';

/** A choice option as written: `*` once only, `+` always offered while its `if` holds. */
interface OptionMark {
  readonly once: boolean;
  readonly fallback: boolean;
}
export const optionMarks = new WeakMap<object, OptionMark>();

const SPEAKER = /^([\p{L}\p{N}’'_-]+(?: [\p{L}\p{N}’'_-]+)?)(?: \(([^)]*)\))?:(?=\s|$)/u;

/** The condition in `{…}` at the start of `body`, and what follows it. */
export function leadingCondition(
  ctx: Context,
  l: SourceLine,
  body: string,
  column: number,
): { cond?: unknown; rest: string; column: number; bad?: true } {
  if (!body.startsWith('{')) return { rest: body, column };
  const end = closingBrace(body, 0);
  if (end < 0) {
    ctx.problem('chapterSource.condition.brace', l.line, column);
    return { rest: '', column, bad: true };
  }
  const parsed = parseCondition(body.slice(1, end));
  const rest = body.slice(end + 1);
  const restColumn = column + end + 1 + (rest.length - rest.trimStart().length);
  if ('error' in parsed) {
    ctx.problem(parsed.error, l.line, column + 1 + parsed.offset, parsed.params ?? {});
    return { rest: rest.trimStart(), column: restColumn, bad: true };
  }
  return { cond: parsed.value, rest: rest.trimStart(), column: restColumn };
}

/** A spoken line, or undefined when the line is not one (then it is narration). */
export function spoken(
  ctx: Context,
  l: SourceLine,
  body: string,
  column: number,
): Record<string, unknown> | undefined | null {
  const m = SPEAKER.exec(body);
  if (!m) return undefined;
  const name = m[1] ?? '';
  const who = ctx.speakers.get(name);
  if (!who) {
    ctx.problem('chapterSource.speaker.unknown', l.line, column, {
      name,
      known: [...new Set(ctx.members.map((c) => c.name.fr))].join(', '),
    });
    return null;
  }
  const step: Record<string, unknown> = { type: 'say', speaker: who.id };
  const moodWord = m[2];
  const textStart = m[0].length;
  const text = body.slice(textStart).trimStart();
  if (moodWord !== undefined) {
    const mood = moodOf(moodWord);
    if (mood === undefined)
      ctx.problem('chapterSource.mood.unknown', l.line, column + name.length + 2, {
        mood: moodWord,
        allowed: 'neutre, joyeux, triste, fâché, surpris, inquiet, pensif, fier, timide, endormi',
      });
    else step.mood = mood;
  }
  step.text = ctx.text(l, text, column + textStart + (body.length - textStart - text.length));
  return step;
}

export const STEP_WORDS = ['move', 'election', 'reveal', 'quiz', 'puzzle', 'ballot', 'choice', 'end', 'branch'];

/** The `key=value` arguments of each step word, in the order print-steps.ts writes them back. */
export const ELECTION_ARGS = [
  'electorate',
  'candidates',
  'method',
  'choose',
  'compare',
  'seats',
  'tieBreak',
  'seed',
  'threshold',
  'round',
];
export const BALLOT_ARGS = ['voter', 'electorate', 'kind', 'candidates', 'speaker'];
const PUZZLE_ARGS = ['kind', 'election', 'method', 'winner', 'maxChanges', 'methods', 'pool', 'attempts', 'speaker'];

export function stepDirective(
  ctx: Context,
  word: string,
  l: SourceLine,
  d: Directive,
): Record<string, unknown> | undefined {
  const rest = d.args.slice(1);
  const line = l.line;
  const withText = (step: Record<string, unknown>, field: string, required: boolean): Record<string, unknown> => {
    if (d.text !== undefined) step[field] = ctx.text(l, d.text, d.textColumn);
    else if (required) ctx.problem('chapterSource.text.missing', line, d.textColumn);
    return step;
  };
  if (word === 'move') {
    const to = ctx.id(rest[0], line, l.column);
    if (to === undefined) return undefined;
    const step: Record<string, unknown> = { type: 'move', to };
    if (rest[1] && rest[1].text !== 'with') ctx.problem('chapterSource.move.with', line, rest[1].column);
    if (rest[1])
      step.present = rest
        .slice(2)
        .map((t) => t.text.replace(/,$/, ''))
        .filter((x) => x !== '');
    return step;
  }
  if (word === 'end') {
    const args = ctx.args(rest, line, ['ending']);
    const step: Record<string, unknown> = { type: 'end' };
    if (args.has('ending')) step.ending = args.get('ending')?.value;
    return withText(step, 'text', false);
  }
  if (word === 'reveal') {
    const election = ctx.id(rest[0], line, l.column);
    const args = ctx.args(rest.slice(1), line, ['voters']);
    if (election === undefined) return undefined;
    const step: Record<string, unknown> = { type: 'reveal', election };
    if (args.has('voters')) step.voters = ctx.list(args.get('voters'));
    return step;
  }
  if (word === 'choice') {
    const args = ctx.args(rest, line, ['speaker']);
    const step: Record<string, unknown> = { type: 'choice' };
    if (args.has('speaker')) step.speaker = args.get('speaker')?.value;
    withText(step, 'prompt', false);
    step.options = [];
    return step;
  }
  if (word === 'branch') {
    if (rest.length > 0 || d.text !== undefined) ctx.problem('chapterSource.branch.form', line, l.column);
    return { type: 'branch', cases: [] };
  }
  const id = ctx.id(rest[0], line, l.column);
  if (id === undefined) return undefined;
  if (word === 'election') {
    const args = ctx.args(rest.slice(1), line, ELECTION_ARGS, ['sincere', 'recount', 'recast']);
    const step: Record<string, unknown> = { type: 'election', id };
    for (const [name, arg] of args) {
      if (name === 'candidates' || name === 'choose') step[name] = ctx.list(arg);
      else if (name === 'compare') step.compare = arg.value === 'all' ? 'all' : ctx.list(arg);
      else if (name === 'seats' || name === 'round') step[name] = ctx.int(arg, line);
      else if (name === 'threshold') step.threshold = Number(arg.value);
      else if (name === 'sincere' || name === 'recount' || name === 'recast') step[name] = true;
      else if (name === 'tieBreak') {
        const [policy, seed] = arg.value.split(',');
        step.tieBreak = seed === undefined ? { policy } : { policy, seed };
      } else step[name] = arg.value;
    }
    return withText(step, 'prompt', false);
  }
  if (word === 'ballot') {
    // ballot ID voter=nacre electorate=cove kind=ranked [candidates=a,b,c] [speaker=x]: prompt
    const args = ctx.args(rest.slice(1), line, BALLOT_ARGS);
    const step: Record<string, unknown> = { type: 'ballot', id };
    for (const [name, arg] of args) step[name] = name === 'candidates' ? ctx.list(arg) : arg.value;
    if (!args.has('voter') || !args.has('electorate') || !args.has('kind'))
      ctx.problem('chapterSource.ballot.args', line, l.column);
    return withText(step, 'prompt', true);
  }
  if (word === 'quiz') {
    const args = ctx.args(rest.slice(1), line, ['speaker'], ['retry']);
    const step: Record<string, unknown> = { type: 'quiz', id };
    if (args.has('speaker')) step.speaker = args.get('speaker')?.value;
    withText(step, 'question', true);
    if (args.has('retry')) step.retry = true;
    step.answers = [];
    return step;
  }
  // puzzle
  const args = ctx.args(rest.slice(1), line, PUZZLE_ARGS);
  const step: Record<string, unknown> = { type: 'puzzle', id };
  if (args.has('speaker')) step.speaker = args.get('speaker')?.value;
  withText(step, 'prompt', true);
  const goal: Record<string, unknown> = {};
  for (const [name, arg] of args) {
    if (name === 'speaker') continue;
    if (name === 'attempts') step.attempts = ctx.int(arg, line);
    else if (name === 'maxChanges') goal.maxChanges = ctx.int(arg, line);
    else if (name === 'methods' || name === 'pool') goal[name] = ctx.list(arg);
    else goal[name] = arg.value;
  }
  if (goal.kind === undefined) ctx.problem('chapterSource.puzzle.kind', line, l.column);
  step.goal = goal;
  return step;
}

/** `* (id) {cond} text ~ effects -> section`; `* -> section` alone is the fallback. */
export function optionLine(
  ctx: Context,
  l: SourceLine,
  body: string,
  column: number,
): Record<string, unknown> | undefined {
  const once = body.startsWith('*');
  let rest = body.slice(1).trimStart();
  let col = column + (body.length - rest.length);
  const option: Record<string, unknown> = {};
  const id = /^\(([^)]*)\)\s*/.exec(rest);
  if (id) {
    option.id = id[1];
    if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(id[1] ?? ''))
      ctx.problem('chapterSource.id.invalid', l.line, col + 1, { id: id[1] ?? '' });
    rest = rest.slice(id[0].length);
    col += id[0].length;
  }
  const cond = leadingCondition(ctx, l, rest, col);
  if (cond.cond !== undefined) option.if = cond.cond;
  rest = cond.rest;
  col = cond.column;
  const arrow = rest.lastIndexOf('->');
  if (arrow >= 0) {
    const target = rest.slice(arrow + 2).trim();
    if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(target))
      ctx.problem('chapterSource.goto.target', l.line, col + arrow + 2, { id: target });
    option.goto = target;
    rest = rest.slice(0, arrow).trimEnd();
  }
  const tilde = rest.lastIndexOf(' ~ ');
  if (tilde >= 0 || rest.startsWith('~ ')) {
    const at = tilde >= 0 ? tilde + 3 : 2;
    const effects = parseEffects(rest.slice(at));
    if ('error' in effects) ctx.problem(effects.error, l.line, col + at + effects.offset, effects.params ?? {});
    else option.effects = effects.value;
    rest = rest.slice(0, tilde >= 0 ? tilde : 0).trimEnd();
  }
  const fallback = rest === '';
  if (fallback && (option.goto === undefined || option.if !== undefined || option.effects !== undefined || !once)) {
    ctx.problem('chapterSource.choice.fallbackForm', l.line, column);
    return undefined;
  }
  if (!fallback) option.text = ctx.text(l, rest, col);
  ctx.at(option, l.line, column);
  optionMarks.set(option, { once, fallback });
  return option;
}

/** Lines under a quiz: `+ right`, `- wrong`, `{cond} right when it holds`, `> feedback`, `on correct ~ …`. */
export function quizLine(ctx: Context, quiz: Record<string, unknown>, l: SourceLine, body: string): void {
  const answers = quiz.answers as Record<string, unknown>[];
  if (body.startsWith('>')) {
    const last = answers[answers.length - 1];
    const text = body.slice(1).trimStart();
    if (!last || last.feedback !== undefined) ctx.problem('chapterSource.quiz.feedback', l.line, l.column);
    else last.feedback = ctx.text(l, text, l.column + body.length - text.length);
    return;
  }
  const on = /^on (correct|wrong) ~ /.exec(body);
  if (on)
    return effectsInto(
      ctx,
      quiz,
      on[1] === 'correct' ? 'onCorrect' : 'onWrong',
      l,
      body.slice(on[0].length),
      l.column + on[0].length,
    );
  let correct: unknown;
  let rest: string;
  let col: number;
  if (body.startsWith('+ ') || body.startsWith('- ')) {
    correct = body.startsWith('+');
    rest = body.slice(2).trimStart();
    col = l.column + body.length - rest.length;
  } else if (body.startsWith('{')) {
    const cond = leadingCondition(ctx, l, body, l.column);
    correct = cond.cond;
    rest = cond.rest;
    col = cond.column;
  } else {
    ctx.problem('chapterSource.quiz.answer', l.line, l.column);
    return;
  }
  answers.push(ctx.at({ text: ctx.text(l, rest, col), correct }, l.line, l.column));
}

/** Lines under a puzzle: `hint: …`, `on solved ~ …`, `on failed ~ …`. */
export function puzzleLine(ctx: Context, puzzle: Record<string, unknown>, l: SourceLine, body: string): void {
  const on = /^on (solved|failed) ~ /.exec(body);
  if (on)
    return effectsInto(
      ctx,
      puzzle,
      on[1] === 'solved' ? 'onSolved' : 'onFailed',
      l,
      body.slice(on[0].length),
      l.column + on[0].length,
    );
  const hint = /^hint:\s/.exec(body);
  if (hint) {
    puzzle.hint = ctx.text(l, body.slice(hint[0].length), l.column + hint[0].length);
    return;
  }
  ctx.problem('chapterSource.puzzle.line', l.line, l.column);
}

function effectsInto(
  ctx: Context,
  step: Record<string, unknown>,
  field: string,
  l: SourceLine,
  text: string,
  column: number,
): void {
  const effects = parseEffects(text);
  if ('error' in effects) ctx.problem(effects.error, l.line, column + effects.offset, effects.params ?? {});
  else step[field] = effects.value;
}

/** `  stratum seats=2 members=a,b,c: name` under a sortition election. */
export function stratumLine(ctx: Context, election: Record<string, unknown>, l: SourceLine, d: Directive): void {
  const args = ctx.args(d.args.slice(1), l.line, ['seats', 'members']);
  if (d.text === undefined) ctx.problem('chapterSource.text.missing', l.line, d.textColumn);
  const stratum = {
    name: d.text === undefined ? '' : ctx.text(l, d.text, d.textColumn),
    members: ctx.list(args.get('members')) ?? [],
    seats: ctx.int(args.get('seats'), l.line),
  };
  ((election.strata ??= []) as unknown[]).push(ctx.at(stratum, l.line, l.column));
}

/** `  {cond} -> section` and `  else -> section` under `branch`. */
export function branchLine(ctx: Context, branch: Record<string, unknown>, l: SourceLine, body: string): void {
  const elseMatch = /^else\s*->\s*(\S+)$/.exec(body);
  if (elseMatch) {
    branch.else = elseMatch[1];
    return;
  }
  const cond = leadingCondition(ctx, l, body, l.column);
  const target = /^->\s*(\S+)$/.exec(cond.rest);
  if (cond.cond === undefined || !target) {
    if (!cond.bad) ctx.problem('chapterSource.branch.case', l.line, l.column);
    return;
  }
  (branch.cases as unknown[]).push(ctx.at({ if: cond.cond, goto: target[1] }, l.line, l.column));
}

export function setStep(
  ctx: Context,
  l: SourceLine,
  body: string,
  column: number,
): Record<string, unknown> | undefined {
  const effects = parseEffects(body.slice(1).trimStart());
  const at = column + body.length - body.slice(1).trimStart().length;
  if ('error' in effects) {
    ctx.problem(effects.error, l.line, at + effects.offset, effects.params ?? {});
    return undefined;
  }
  return { type: 'set', effects: effects.value };
}

export function gotoStep(
  ctx: Context,
  l: SourceLine,
  body: string,
  column: number,
): Record<string, unknown> | undefined {
  const target = body.slice(2).trim();
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(target)) {
    ctx.problem('chapterSource.goto.target', l.line, column + 2, { id: target });
    return undefined;
  }
  return { type: 'goto', to: target };
}
