/**
 * The parts of a chapter source that are not its story: the header (`id:`, `title:`…), the
 * places, options and groups, the electorates as small tables, and the expectations.
 *
 *   electorate cove: toute la crique #line:electorate.cove
 *     etrille: etrille > maia > caramote              (a character of the cast: one ballot)
 *     9 pool-folk: etrille > maia > caramote          (a group: `group pool-folk crab: …` names it)
 *     40 dune-crabs: at 22 25                          (a position; `kelp=5 dune=2`: grades;
 *     4 hermits: dune > kelp > castle | compromise      `approves kelp dune`; after `|` a strategy)
 */
import { SPECIES, STRATEGIES } from '../schema.ts';
import type { Context } from './context.ts';
import type { Directive, SourceLine, Token } from './lines.ts';

export interface Draft {
  header: Record<string, unknown>;
  teacher: { goal?: string; duration?: number; keyMoment?: string; questions: string[] };
  space?: { dimensions: number; axes: string[] };
  places: Record<string, unknown>[];
  castIds: { id: string; line: number; column: number }[];
  options: Record<string, unknown>[];
  electorates: Record<string, unknown>[];
  groups: Map<string, { label?: string; species?: string }>;
  variables: Record<string, number>;
  flags: string[];
  steps: Record<string, unknown>[];
  expectations: Record<string, unknown>[];
}

/** The `groups=` of an electorate, by electorate (not part of the JSON). */
const defaultGroup = new WeakMap<object, string>();

export function emptyDraft(): Draft {
  return {
    header: {},
    teacher: { questions: [] },
    places: [],
    castIds: [],
    options: [],
    electorates: [],
    groups: new Map(),
    variables: {},
    flags: [],
    steps: [],
    expectations: [],
  };
}

const TEXT_FIELDS: Record<string, string> = { title: 'title', summary: 'summary', credits: 'credits' };
const VALUE_FIELDS = ['id', 'kind', 'chapter', 'coast', 'duration', 'space', 'cast', 'flags', 'variables'];
export const HEADER_WORDS = [...Object.keys(TEXT_FIELDS), ...VALUE_FIELDS, 'goal', 'moment', 'question', 'axis'];

/** `title: …`, `id: chapter-2`, `cast: nacre, homere`… */
export function header(ctx: Context, draft: Draft, word: string, l: SourceLine, d: Directive): void {
  const text = d.text ?? '';
  if (d.text === undefined || d.args.length !== 1) {
    ctx.problem('chapterSource.header.form', l.line, l.column, { word });
    return;
  }
  const field = TEXT_FIELDS[word];
  if (field) {
    draft.header[field] = ctx.text(l, text, d.textColumn);
    return;
  }
  const t = draft.teacher;
  if (word === 'goal') t.goal = ctx.text(l, text, d.textColumn);
  else if (word === 'moment') t.keyMoment = ctx.text(l, text, d.textColumn);
  else if (word === 'question') t.questions.push(ctx.text(l, text, d.textColumn));
  else if (word === 'axis') (draft.space ??= { dimensions: 1, axes: [] }).axes.push(ctx.text(l, text, d.textColumn));
  else {
    if (l.tag !== undefined) ctx.problem('chapterSource.tag.notText', l.line, l.tagColumn ?? l.column);
    const number = (): number | undefined => {
      if (/^\d+$/.test(text)) return Number(text);
      ctx.problem('chapterSource.arg.number', l.line, d.textColumn, { value: text });
      return undefined;
    };
    const names = text
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '');
    if (word === 'chapter' || word === 'duration' || word === 'space') {
      const n = number();
      if (n === undefined) return;
      if (word === 'chapter') draft.header.chapter = n;
      else if (word === 'duration') t.duration = n;
      else (draft.space ??= { dimensions: n, axes: [] }).dimensions = n;
    } else if (word === 'cast') {
      let column = d.textColumn;
      for (const part of text.split(',')) {
        const id = part.trim();
        const at = column + (part.length - part.trimStart().length);
        column += part.length + 1;
        if (id !== '') draft.castIds.push({ id, line: l.line, column: at });
      }
    } else if (word === 'flags') draft.flags.push(...names);
    else if (word === 'variables') {
      for (const item of names) {
        const m = /^([a-z0-9][a-z0-9_-]*)\s*=\s*(-?\d+)$/.exec(item);
        if (m) draft.variables[m[1] ?? ''] = Number(m[2]);
        else ctx.problem('chapterSource.header.variable', l.line, d.textColumn, { text: item });
      }
    } else draft.header[word] = text;
  }
}

/** `place reef-council: Les Rochers du Conseil` (a `more:` line below adds its description). */
export function place(ctx: Context, draft: Draft, l: SourceLine, d: Directive): Record<string, unknown> | undefined {
  const id = ctx.id(d.args[1], l.line, l.column);
  if (d.args.length > 2)
    ctx.problem('chapterSource.arg.unknown', l.line, d.args[2]?.column ?? l.column, {
      arg: d.args[2]?.text ?? '',
      allowed: '',
    });
  if (id === undefined || d.text === undefined) return needText(ctx, l, d);
  const made = ctx.at({ id, name: ctx.text(l, d.text, d.textColumn) }, l.line, l.column);
  draft.places.push(made);
  return made;
}

/** `option dune at=20,60 list gender=f plural: la dune` — gender and number for agreement. */
export function option(ctx: Context, draft: Draft, l: SourceLine, d: Directive): Record<string, unknown> | undefined {
  const id = ctx.id(d.args[1], l.line, l.column);
  const args = ctx.args(d.args.slice(2), l.line, ['at', 'gender'], ['list', 'plural']);
  if (id === undefined || d.text === undefined) return needText(ctx, l, d);
  const made: Record<string, unknown> = ctx.at({ id, name: ctx.text(l, d.text, d.textColumn) }, l.line, l.column);
  const gender = args.get('gender');
  if (gender && gender.value !== 'm' && gender.value !== 'f')
    ctx.problem('chapterSource.option.gender', l.line, gender.column, { value: gender.value });
  // A character standing for election (`option maia: Maïa`) has the cast's gender.
  const member = [...ctx.cast.members.values()].find((m) => m.name.fr === d.text?.trim());
  const known =
    gender?.value === 'm' || gender?.value === 'f'
      ? gender.value
      : member
        ? member.gender === 'elle'
          ? 'f'
          : 'm'
        : undefined;
  if (known) made.gender = known;
  if (args.has('plural')) made.plural = true;
  const at = args.get('at');
  if (at) made.position = at.value.split(',').map((x) => Number(x));
  if (at && (made.position as number[]).some((x) => !Number.isInteger(x)))
    ctx.problem('chapterSource.arg.number', l.line, at.column, { value: at.value });
  if (args.has('list')) made.list = true;
  draft.options.push(made);
  return made;
}

function needText(ctx: Context, l: SourceLine, d: Directive): undefined {
  if (d.text === undefined) ctx.problem('chapterSource.text.missing', l.line, d.textColumn);
  return undefined;
}

/** `group pool-folk crab: les crabes des flaques` — a group's name and species, for any electorate. */
export function group(ctx: Context, draft: Draft, l: SourceLine, d: Directive): void {
  const id = ctx.id(d.args[1], l.line, l.column);
  const species = d.args[2];
  if (species && !(SPECIES as readonly string[]).includes(species.text))
    ctx.problem('chapterSource.cast.species', l.line, species.column, {
      value: species.text,
      allowed: SPECIES.join(', '),
    });
  if (d.args.length > 3)
    ctx.problem('chapterSource.arg.unknown', l.line, d.args[3]?.column ?? l.column, {
      arg: d.args[3]?.text ?? '',
      allowed: '',
    });
  if (id === undefined) return;
  if (draft.groups.has(id)) ctx.problem('chapterSource.group.twice', l.line, d.args[1]?.column ?? l.column, { id });
  draft.groups.set(id, {
    ...(d.text !== undefined ? { label: ctx.text(l, d.text, d.textColumn) } : {}),
    ...(species ? { species: species.text } : {}),
  });
}

/** `electorate cove scale=0..5 threshold=3 radius=20 bands=10,20 front=a,b groups=g: label`. */
export function electorate(
  ctx: Context,
  draft: Draft,
  l: SourceLine,
  d: Directive,
): Record<string, unknown> | undefined {
  const id = ctx.id(d.args[1], l.line, l.column);
  const args = ctx.args(d.args.slice(2), l.line, ['scale', 'threshold', 'radius', 'bands', 'front', 'groups']);
  if (id === undefined) return undefined;
  const made: Record<string, unknown> = ctx.at({ id }, l.line, l.column);
  if (d.text !== undefined) made.label = ctx.text(l, d.text, d.textColumn);
  const scale = args.get('scale');
  if (scale) {
    const m = /^(-?\d+)\.\.(-?\d+)$/.exec(scale.value);
    if (m) made.gradeScale = { min: Number(m[1]), max: Number(m[2]) };
    else ctx.problem('chapterSource.electorate.scale', l.line, scale.column, { value: scale.value });
  }
  if (args.has('threshold')) made.approvalThreshold = ctx.int(args.get('threshold'), l.line);
  if (args.has('radius')) made.approvalRadius = ctx.int(args.get('radius'), l.line);
  if (args.has('bands')) made.gradeBands = ctx.list(args.get('bands'))?.map(Number);
  if (args.has('front')) made.frontRunners = ctx.list(args.get('front'));
  const groups = args.get('groups');
  // `groups=burlington`: every group row of the table is named by that group line (a real
  // election's hundreds of kinds of ballots share one name).
  if (groups && !draft.groups.has(groups.value))
    ctx.problem('chapterSource.voter.unknown', l.line, groups.column, { id: groups.value });
  if (groups) defaultGroup.set(made, groups.value);
  made.voters = [];
  draft.electorates.push(made);
  return made;
}

/** `  grade 0: À rejeter` under an electorate with a scale: the grades' names, from min to max. */
export function gradeName(ctx: Context, el: Record<string, unknown>, l: SourceLine, d: Directive): void {
  const scale = el.gradeScale as { min: number; labels?: string[] } | undefined;
  const n = d.args[1];
  if (!scale || d.text === undefined || !n) {
    ctx.problem('chapterSource.electorate.grade', l.line, l.column);
    return;
  }
  const labels = (scale.labels ??= []);
  if (Number(n.text) !== scale.min + labels.length)
    ctx.problem('chapterSource.electorate.gradeOrder', l.line, n.column, {
      expected: scale.min + labels.length,
      value: n.text,
    });
  labels.push(ctx.text(l, d.text, d.textColumn));
}

const PREF_GRADE = /^([a-z0-9][a-z0-9_-]*)=(-?\d+)$/;

/** A row of an electorate's table. */
export function voterRow(ctx: Context, draft: Draft, el: Record<string, unknown>, l: SourceLine, d: Directive): void {
  const [first, second] = d.args;
  const counted = first !== undefined && /^\d+$/.test(first.text);
  const idTok = counted ? second : first;
  if (d.args.length !== (counted ? 2 : 1) || d.text === undefined) {
    ctx.problem('chapterSource.voter.form', l.line, l.column);
    return;
  }
  const id = ctx.id(idTok, l.line, l.column);
  if (id === undefined) return;
  const voter: Record<string, unknown> = ctx.at({ id }, l.line, l.column);
  const isCharacter = draft.castIds.some((c) => c.id === id);
  if (isCharacter) voter.character = id;
  else {
    const fallback = defaultGroup.get(el);
    const known = draft.groups.get(id) ?? (counted && fallback !== undefined ? draft.groups.get(fallback) : undefined);
    if (!known && !counted) {
      ctx.problem('chapterSource.voter.unknown', l.line, idTok?.column ?? l.column, { id });
      return;
    }
    if (known?.label !== undefined) voter.label = known.label;
    if (known?.species !== undefined) voter.species = known.species;
  }
  if (counted) voter.count = Number(first.text);
  const bar = d.text.indexOf('|');
  const prefText = (bar < 0 ? d.text : d.text.slice(0, bar)).trim();
  preference(ctx, voter, prefText, l.line, d.textColumn);
  if (bar >= 0) strategy(ctx, voter, d.text.slice(bar + 1), l.line, d.textColumn + bar + 1);
  (el.voters as unknown[]).push(voter);
}

function preference(ctx: Context, voter: Record<string, unknown>, text: string, line: number, column: number): void {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (text.startsWith('{')) {
    try {
      Object.assign(voter, JSON.parse(text) as object);
    } catch {
      ctx.problem('chapterSource.arg.json', line, column, { value: text });
    }
  } else if (words[0] === 'at') voter.position = words.slice(1).map(Number);
  else if (words[0] === 'approves') voter.approves = words.slice(1);
  else if (words.length > 0 && words.every((w) => PREF_GRADE.test(w))) {
    voter.grades = Object.fromEntries(words.map((w) => w.split('=')).map(([k, v]) => [k, Number(v)]));
  } else if (/^[a-z0-9][a-z0-9_-]*(\s*[>=]\s*[a-z0-9][a-z0-9_-]*)*$/.test(text)) {
    voter.ranking = text.split('>').map((rank) => {
      const tied = rank.split('=').map((x) => x.trim());
      return tied.length === 1 ? tied[0] : tied;
    });
  } else ctx.problem('chapterSource.voter.preference', line, column, { text });
  if (voter.position && (voter.position as number[]).some((x) => !Number.isInteger(x)))
    ctx.problem('chapterSource.arg.number', line, column, { value: text });
}

function strategy(ctx: Context, voter: Record<string, unknown>, text: string, line: number, column: number): void {
  const words = text.trim().split(/\s+/);
  const [kind, ...rest] = words;
  if (!kind || !(STRATEGIES as readonly string[]).includes(kind)) {
    ctx.problem('chapterSource.voter.strategy', line, column + 1, {
      value: kind ?? '',
      allowed: STRATEGIES.join(', '),
    });
    return;
  }
  const made: Record<string, unknown> = { kind };
  for (const w of rest) {
    if (w.startsWith('front=')) made.frontRunners = w.slice(6).split(',');
    else if (made.target === undefined && /^[a-z0-9][a-z0-9_-]*$/.test(w)) made.target = w;
    else ctx.problem('chapterSource.voter.strategy', line, column + 1, { value: w, allowed: 'target, front=…' });
  }
  voter.strategy = made;
}

const EXPECT_FIELDS = [
  'election',
  'electorate',
  'candidates',
  'seats',
  'method',
  'winners',
  'notWinner',
  'condorcetWinner',
  'condorcetLoser',
  'differ',
  'same',
  'puzzle',
  'answer',
  'solves',
];

/** `expect speaker method=plurality winners=etrille // the note` */
export function expectation(
  ctx: Context,
  draft: Draft,
  l: SourceLine,
  tokens: readonly Token[],
  note: string | undefined,
): void {
  const [, maybeElection, ...rest] = tokens;
  const positional = maybeElection && !maybeElection.text.includes('=') && maybeElection.text !== 'sincere';
  const args = ctx.args(positional ? rest : tokens.slice(1), l.line, EXPECT_FIELDS, ['sincere']);
  const x: Record<string, unknown> = ctx.at({}, l.line, l.column);
  if (positional) x.election = maybeElection.text;
  for (const [name, arg] of args) {
    if (name === 'sincere') x.sincere = true;
    else if (['candidates', 'winners', 'differ', 'same'].includes(name))
      x[name] = arg.value === 'none' ? [] : ctx.list(arg);
    else if (name === 'condorcetWinner' || name === 'condorcetLoser') x[name] = arg.value === 'none' ? null : arg.value;
    else if (name === 'seats')
      x.seats = /^\d+$/.test(arg.value) ? Number(arg.value) : seatsWon(ctx, arg.value, l.line, arg.column);
    else if (name === 'answer') x.answer = ctx.json(arg, l.line);
    else if (name === 'solves')
      x.solves =
        arg.value === 'true'
          ? true
          : arg.value === 'false'
            ? false
            : ctx.problem('chapterSource.arg.boolean', l.line, arg.column, { value: arg.value });
    else x[name] = arg.value;
  }
  if (note !== undefined) x.note = note;
  draft.expectations.push(x);
}

function seatsWon(ctx: Context, value: string, line: number, column: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of value.split(',')) {
    const m = /^([a-z0-9][a-z0-9_-]*):(\d+)$/.exec(part);
    if (m) out[m[1] ?? ''] = Number(m[2]);
    else ctx.problem('chapterSource.expect.seats', line, column, { value: part });
  }
  return out;
}
