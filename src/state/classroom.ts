/**
 * The classroom's part of the save: the class election, its pass-and-play ballot box, the
 * teacher's gate between voters, the typed-in counts being entered and the lesson's step —
 * so that a reload, a closed tab or a crash never loses a ballot.
 *
 * For RESULTS (typed-in counts): `tally` is yours. Save what the teacher has typed so far with
 * `saveClassTally({ view, fields })` — `view` names the form (`hands`, `piles`, `second-round`…),
 * `fields` maps each input's id to its text as typed (at most MAX_TALLY_FIELDS fields of
 * TALLY_TEXT characters: a full form of piles and its marks; src/game/classroom/tally-draft.ts
 * refuses more with a message rather than cut it) —
 * and `saveClassTally(null)` once counted or abandoned. A new election clears it.
 *
 * Ballots are kept only as groups of identical ballots in content order (as src/classroom/ballots.ts
 * keeps them), never in the order they were cast. Each part is checked on its own when read
 * back: a bad lesson never costs the ballots, one bad group of ballots never costs the others.
 * The state layer may not import the classroom's model, so the checks on a ballot are written
 * here again, as data checks.
 */
import { z } from 'zod';
import '../scenario/zod-setup.ts';
import type { Ballot } from '../scenario/preferences.ts';
import { METHOD_IDS } from '../voting/method.ts';

const CLASS_KINDS = ['ranked', 'approval', 'grades'] as const;
const Name = z.string().min(1).max(40);
const MethodId = z.enum(METHOD_IDS);

const SavedElectionSchema = z.object({
  question: z.string().max(200),
  options: z.array(Name).min(2).max(10),
  kind: z.enum(CLASS_KINDS),
  methods: z.array(MethodId).min(1).max(40),
  scale: z.object({ min: z.number().int().min(-100).max(100), max: z.number().int().min(-100).max(100) }).optional(),
  mentions: z.array(Name).max(12).optional(),
  /** Grades only: an option left without a grade counts as the scale's lowest grade (the teacher chose it). */
  ungradedAsLowest: z.boolean().optional(),
  /** Seats to fill (absent: one winner); the scenario format's bound. */
  seats: z.number().int().min(2).max(100).optional(),
});
export type SavedElection = z.infer<typeof SavedElectionSchema>;

const BallotSchema = z.union([
  z.object({ kind: z.literal('ranked'), ranking: z.array(z.array(z.string()).min(1)) }),
  z.object({ kind: z.literal('approval'), approves: z.array(z.string()) }),
  z.object({ kind: z.literal('graded'), grades: z.record(z.string(), z.number().int()) }),
]);
const GroupSchema = z.object({ ballot: BallotSchema, count: z.number().int().min(1).max(100_000) });
interface SavedGroup {
  readonly ballot: Ballot;
  readonly count: number;
}

export const SOURCES = ['pass', 'hands', 'piles', 'file', 'phones'] as const;

const SavedVoteSchema = z.object({
  groups: z.array(z.unknown()).max(100_000),
  /** Closed: the ballots were counted (the results can be shown again). */
  closed: z.boolean(),
  source: z.enum(SOURCES),
});
export interface SavedVote {
  readonly groups: readonly SavedGroup[];
  readonly closed: boolean;
  readonly source: (typeof SOURCES)[number];
}

/** A code the teacher types (or taps on the keypad) between two voters. */
export const GateSchema = z.object({ code: z.string().regex(/^[0-9]{2,8}$/) });
export type Gate = z.infer<typeof GateSchema>;

const LessonSchema = z.object({
  chapter: z.number().int().min(1).max(99),
  step: z.number().int().min(0).max(200),
});
export type SavedLesson = z.infer<typeof LessonSchema>;

/**
 * The bound on a typed form kept over a reload: 100 piles (the form's most) × (10 options and
 * the pile's count), plus the form's own marks (rows, counted, runoff…), with room to spare.
 */
export const MAX_TALLY_FIELDS = 1200;
/** The longest id or text a kept field may have (no count needs 40 digits). */
export const TALLY_TEXT = 40;

export const TallySchema = z.object({
  view: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
  fields: z
    .record(z.string().max(TALLY_TEXT), z.string().max(TALLY_TEXT))
    .refine((f) => Object.keys(f).length <= MAX_TALLY_FIELDS, 'too many fields'),
});
export type SavedTally = z.infer<typeof TallySchema>;

/** Where the teacher was, so that a reload comes back there. */
const CLASS_SCREENS = ['desk', 'vote', 'lesson'] as const;

export interface ClassroomSave {
  election: SavedElection | null;
  vote: SavedVote | null;
  gate: Gate | null;
  tally: SavedTally | null;
  lesson: SavedLesson | null;
  screen: (typeof CLASS_SCREENS)[number];
}

export const emptyClassroom = (): ClassroomSave => ({
  election: null,
  vote: null,
  gate: null,
  tally: null,
  lesson: null,
  screen: 'desk',
});

/** What is wrong with a saved ballot for this election (undefined: nothing). */
function savedBallotProblem(election: SavedElection, group: unknown): string | undefined {
  const parsed = GroupSchema.safeParse(group);
  if (!parsed.success) return 'shape';
  const ids = election.options.map((_, i) => `o${i + 1}`);
  const known = new Set(ids);
  const b = parsed.data.ballot;
  const expected = election.kind === 'grades' ? 'graded' : election.kind;
  if (b.kind !== expected) return 'kind';
  const listed = b.kind === 'ranked' ? b.ranking.flat() : b.kind === 'approval' ? b.approves : Object.keys(b.grades);
  if (listed.some((id) => !known.has(id)) || new Set(listed).size !== listed.length) return 'options';
  if (b.kind === 'graded') {
    const { min, max } = election.scale ?? { min: 0, max: 5 };
    if (ids.some((id) => b.grades[id] === undefined || b.grades[id] < min || b.grades[id] > max)) return 'grades';
  }
  return undefined;
}

type Drop = (what: string) => void;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps every valid part of a saved classroom; `drop` names each part left out. */
export function salvageClassroom(saved: unknown, drop: Drop): ClassroomSave {
  const out = emptyClassroom();
  if (saved === undefined || saved === null) return out;
  if (!isRecord(saved)) {
    drop('classroom');
    return out;
  }
  const one = <T>(part: keyof ClassroomSave, schema: z.ZodType<T>): T | null => {
    const value = saved[part];
    if (value === undefined || value === null) return null;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    drop(`classroom.${part}`);
    return null;
  };
  out.lesson = one('lesson', LessonSchema);
  out.tally = one('tally', TallySchema);
  out.gate = one('gate', GateSchema);
  const screen = saved.screen;
  if (typeof screen === 'string' && (CLASS_SCREENS as readonly string[]).includes(screen))
    out.screen = screen as ClassroomSave['screen'];
  else if (screen !== undefined) drop('classroom.screen');
  const election = one('election', SavedElectionSchema);
  const mentionsFit =
    election?.mentions === undefined ||
    election.mentions.length === (election.scale ? election.scale.max - election.scale.min + 1 : 6);
  if (election && (!mentionsFit || (election.scale && election.scale.min >= election.scale.max)))
    drop('classroom.election');
  else out.election = election;
  const vote = one('vote', SavedVoteSchema);
  if (vote && !out.election) {
    // Ballots without their election cannot be read: said, not silently lost.
    drop('classroom.vote');
  } else if (vote && out.election) {
    const kept: SavedGroup[] = [];
    vote.groups.forEach((group, i) => {
      if (savedBallotProblem(out.election!, group) === undefined) kept.push(GroupSchema.parse(group));
      else drop(`classroom.vote.groups.${i}`);
    });
    out.vote = { groups: kept, closed: vote.closed && kept.length > 0, source: vote.source };
  }
  if (out.screen === 'vote' && !out.vote) out.screen = 'desk';
  if (out.screen === 'lesson' && !out.lesson) out.screen = 'desk';
  return out;
}

/** The number of ballots in a saved box. */
export const ballotsIn = (vote: SavedVote | null): number => (vote ? vote.groups.reduce((n, g) => n + g.count, 0) : 0);
