/**
 * The scenario format, version 1: the single source of truth. The JSON Schemas that editors
 * use for autocompletion (scenarios/schema/scenario.schema.json in French, scenario.schema.en.json
 * in English: schema-docs.ts) are generated from it by
 * `npm run export-schema`; docs/scenario-json.md explains it field by field.
 *
 * Design choices:
 * - Every player-visible text is a *text key* into `texts.fr` / `texts.en`, never prose here.
 * - Alternatives that a writer picks by key (a voter's preference, a condition, an effect,
 *   an expectation) are one object with optional keys plus an "exactly one of" check, not a
 *   zod union: the error then names the key that is wrong instead of a list of failed branches.
 *   The same rule reaches editors as a JSON Schema `oneOf` (`.meta`), since refinements do not.
 * - Sizes (how many steps, voters, texts...) are checked before this schema (limits.ts),
 *   because an array-length check here would hide the errors inside the array.
 */
import { z } from 'zod';
// Before any schema below is made: no `new Function` (the page's Content-Security-Policy).
import './zod-setup.ts';
import { METHOD_IDS } from '../voting/method.ts';
import { COAST_PLACES } from './coast.ts';
import { inEnglish, oneOfKeys, say, STEP_SNIPPETS } from './schema-docs.ts';

export const FORMAT_VERSION = 1;

export const SPECIES = [
  'crab',
  'lobster',
  'langoustine',
  'shrimp',
  'crayfish',
  'hermit-crab',
  'spider-crab',
  'barnacle',
  'prawn',
  'krill',
  'fiddler-crab',
  'mantis-shrimp',
  'isopod',
  'coconut-crab',
  'porcelain-crab',
  'copepod',
  'amphipod',
  'slipper-lobster',
] as const;

export const ACCESSORIES = [
  'none',
  'scarf',
  'hat',
  'glasses',
  'bow',
  'necklace',
  'backpack',
  'crown',
  'flower',
  'headband',
  'monocle',
  'shell-helmet',
  'satchel',
  'whistle',
] as const;

export const MOODS = [
  'neutral',
  'happy',
  'sad',
  'angry',
  'surprised',
  'worried',
  'thinking',
  'proud',
  'shy',
  'sleepy',
] as const;

export const STRATEGIES = ['compromise', 'bury', 'bullet', 'exaggerate'] as const;
const TIE_POLICIES = ['none', 'lot', 'official'] as const;
export const COMPARISONS = ['==', '!=', '<', '<=', '>', '>='] as const;

/** Lower-case ids: easy to type, the same in every language. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** Text keys: letters, digits, dots, dashes, underscores (no leading `_`, so no `__proto__`). */
export const TEXT_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

const Id = z
  .string()
  .regex(ID_PATTERN)
  .meta({ id: 'Id', description: say('Identifiant : minuscules, chiffres, - ou _', 'Id: lower case, digits, - or _') });
const TextKey = z
  .string()
  .regex(TEXT_KEY_PATTERN)
  .meta({ id: 'TextKey', description: say('Clé d’un texte de `texts`', 'Key of a text in `texts`') });
const MethodId = z.enum(METHOD_IDS).meta({ id: 'MethodId', description: say('Méthode de vote', 'Voting method') });
const Coordinate = z.number().int().min(0).max(100);
const Position = z
  .array(Coordinate)
  .describe(say('Position sur le plan des opinions, de 0 à 100', 'Position on the opinion plane, 0 to 100'));

function exactlyOne(keys: readonly string[], value: Record<string, unknown>, ctx: z.RefinementCtx, code: string): void {
  const present = keys.filter((k) => value[k] !== undefined);
  if (present.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      message: code,
      params: { key: code, keys: keys.join(', '), present: present.join(', ') },
    });
  }
}

const Comparison = z.enum(COMPARISONS);

export interface ConditionInput {
  flag?: string;
  not?: ConditionInput;
  all?: ConditionInput[];
  any?: ConditionInput[];
  var?: string;
  op?: (typeof COMPARISONS)[number];
  value?: number;
  winner?: string;
  election?: string;
  method?: (typeof METHOD_IDS)[number];
  methodChosen?: (typeof METHOD_IDS)[number];
  chose?: string;
  option?: string;
  solved?: string;
  /** An earlier chapter (by id) whose run ended with `ending`: what the store kept of it. */
  ended?: string;
  ending?: string;
}

const CONDITION_FORMS = [
  'flag',
  'not',
  'all',
  'any',
  'var',
  'winner',
  'methodChosen',
  'chose',
  'solved',
  'ended',
] as const;

export const Condition: z.ZodType<ConditionInput> = z
  .strictObject({
    flag: Id.optional(),
    get not() {
      return Condition.optional();
    },
    get all() {
      return z.array(Condition).optional();
    },
    get any() {
      return z.array(Condition).optional();
    },
    var: Id.optional(),
    op: Comparison.optional(),
    value: z.number().int().optional(),
    winner: Id.optional(),
    election: Id.optional(),
    method: MethodId.optional(),
    methodChosen: MethodId.optional(),
    chose: Id.optional(),
    option: Id.optional(),
    solved: Id.optional(),
    ended: Id.optional(),
    ending: Id.optional(),
  })
  .superRefine((c, ctx) => exactlyOne(CONDITION_FORMS, c as Record<string, unknown>, ctx, 'scenario.condition.form'))
  .meta({
    id: 'Condition',
    description: say(
      'Condition : une seule forme parmi flag, not, all, any, var, winner, methodChosen, chose, solved, ended',
      'Condition: exactly one form among flag, not, all, any, var, winner, methodChosen, chose, solved, ended',
    ),
    oneOf: oneOfKeys(CONDITION_FORMS),
  });

const EFFECT_FORMS = ['set', 'clear', 'var', 'persuade'] as const;
const PERSUADED_FORMS = ['ranking', 'grades', 'approves'] as const;
export const Effect = z
  .strictObject({
    set: Id.optional().describe(say('Lève un drapeau', 'Sets a flag')),
    clear: Id.optional().describe(say('Baisse un drapeau', 'Clears a flag')),
    var: Id.optional().describe(
      say('Variable à changer (avec add ou assign)', 'Variable to change (with add or assign)'),
    ),
    add: z.number().int().min(-1_000_000).max(1_000_000).optional(),
    assign: z.number().int().min(-1_000_000).max(1_000_000).optional(),
    persuade: Id.optional().describe(
      say(
        'Un votant convaincu : ses préférences deviennent ranking, grades ou approves (dans electorate, ou dans chaque électorat où il vote) pour les votes comptés ensuite',
        'A voter persuaded: their preferences become ranking, grades or approves (in electorate, or in every electorate they vote in) for the votes counted afterwards',
      ),
    ),
    electorate: Id.optional(),
    ranking: z.array(z.union([Id, z.array(Id)])).optional(),
    grades: z.record(Id, z.number().int()).optional(),
    approves: z.array(Id).optional(),
  })
  .superRefine((e, ctx) => {
    exactlyOne(EFFECT_FORMS, e, ctx, 'scenario.effect.form');
    if (e.var !== undefined && (e.add === undefined) === (e.assign === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'scenario.effect.varOp', params: { key: 'scenario.effect.varOp' } });
    }
    // A persuasion names exactly one new preference; those fields belong to it alone.
    if (e.persuade !== undefined) exactlyOne(PERSUADED_FORMS, e, ctx, 'scenario.effect.persuadeForm');
    else if ([...PERSUADED_FORMS, 'electorate' as const].some((k) => e[k] !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'scenario.effect.persuadeOnly',
        params: { key: 'scenario.effect.persuadeOnly' },
      });
    }
  })
  .meta({
    id: 'Effect',
    description: say(
      'Effet : set, clear, var avec add/assign, ou persuade',
      'Effect: set, clear, var with add/assign, or persuade',
    ),
    oneOf: oneOfKeys(EFFECT_FORMS),
  });

const Place = z.strictObject({ id: Id, name: TextKey, description: TextKey.optional() });

const Look = z.strictObject({
  colours: z
    .array(z.string().regex(/^#[0-9a-fA-F]{6}$/))
    .min(1)
    .describe(say('1 à 3 couleurs #rrggbb', '1 to 3 colours #rrggbb')),
  accessory: z.enum(ACCESSORIES).default('none'),
  expressions: z
    .array(z.enum(MOODS))
    .min(1)
    .describe(say('Humeurs que le personnage sait montrer', 'Moods the character can show')),
});

/** The French gender of a name whose article does not show it (Étrille, les beignets): agreement in sentences. */
const Gender = z
  .enum(['m', 'f'])
  .describe(
    say(
      'Genre du nom en français (m ou f), pour accorder les phrases',
      'French gender of the name (m or f), for agreement',
    ),
  );

export const Character = z.strictObject({
  id: Id,
  name: TextKey,
  species: z.enum(SPECIES),
  look: Look,
  home: Id.optional().describe(say('Lieu où il vit (id de places)', 'Home place (id in places)')),
  personality: TextKey.describe(say('Une ligne de caractère', 'One line of personality')),
  gender: Gender.optional(),
});

const OptionSchema = z.strictObject({
  id: Id,
  name: TextKey,
  description: TextKey.optional(),
  position: Position.optional(),
  list: z.boolean().optional().describe(say('Une liste de candidats (scrutins de liste)', 'A party list')),
  gender: Gender.optional(),
  plural: z
    .boolean()
    .optional()
    .describe(
      say(
        'Le nom est au pluriel (« les beignets »), pour accorder les phrases',
        'The French name is plural, for agreement',
      ),
    ),
});

const Space = z.strictObject({
  dimensions: z.union([z.literal(1), z.literal(2)]),
  axes: z.array(TextKey).describe(say('Un nom par axe', 'One name per axis')),
});

const Strategy = z.strictObject({
  kind: z
    .enum(STRATEGIES)
    .describe(
      say(
        'compromise : vote pour le favori qu’il préfère ; bury : classe le rival le plus fort en dernier ; bullet : ne soutient que son préféré ; exaggerate : notes extrêmes',
        'compromise: votes for the front-runner it prefers; bury: ranks the strongest rival last; bullet: supports only its favourite; exaggerate: extreme grades',
      ),
    ),
  target: Id.optional().describe(
    say('bury : l’option enterrée (sinon le rival le plus fort)', 'bury: the option buried'),
  ),
  frontRunners: z.array(Id).optional(),
});

const RankingEntry = z.union([Id, z.array(Id)]);
const PREFERENCE_FORMS = ['ranking', 'grades', 'position', 'approves'] as const;
const WHO_FORMS = ['character', 'label'] as const;

export const Voter = z
  .strictObject({
    id: Id,
    character: Id.optional().describe(say('Un personnage de cast', 'A character of the cast')),
    label: TextKey.optional().describe(
      say(
        'Nom d’un groupe ; facultatif pour un groupe qui donne son classement (il est alors montré par son classement)',
        'Name of a group; optional for a group with a ranking (it is then shown by its ranking)',
      ),
    ),
    species: z.enum(SPECIES).optional(),
    count: z.number().int().min(1).max(1_000_000).default(1),
    ranking: z
      .array(RankingEntry)
      .optional()
      .describe(say('Du préféré au moins aimé ; [a, b] = à égalité', 'Best first; [a, b] = tied')),
    grades: z.record(Id, z.number().int()).optional(),
    position: Position.optional(),
    approves: z.array(Id).optional(),
    strategy: Strategy.optional(),
  })
  .superRefine((v, ctx) => {
    exactlyOne(PREFERENCE_FORMS, v, ctx, 'scenario.voter.preference');
    // A character, or a group; a group with a written ranking may go without a label (it is
    // then shown by its ranking: the 384 kinds of ballots of a real election need no names).
    const who = WHO_FORMS.filter((k) => v[k] !== undefined);
    if (who.length > 1 || (who.length === 0 && v.ranking === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'scenario.voter.who',
        params: { key: 'scenario.voter.who', keys: WHO_FORMS.join(', '), present: who.join(', ') },
      });
    }
  })
  .meta({
    id: 'Voter',
    description: say('Un personnage ou un groupe qui vote', 'A character or a group who votes'),
    oneOf: oneOfKeys(PREFERENCE_FORMS),
  });

const GradeScale = z
  .strictObject({
    min: z.number().int().min(-100).max(100),
    max: z.number().int().min(-100).max(100),
    labels: z
      .array(TextKey)
      .optional()
      .describe(
        say(
          'Le nom de chaque note, de min à max (« À rejeter »… « Excellent »)',
          'The name of each grade, from min to max',
        ),
      ),
  })
  .superRefine((scale, ctx) => {
    // min ≥ max is reported by the reference checks; only a usable scale can count its names.
    const expected = scale.max - scale.min + 1;
    if (scale.labels && scale.min < scale.max && scale.labels.length !== expected) {
      ctx.addIssue({
        code: 'custom',
        message: 'scenario.gradeScale.labels',
        path: ['labels'],
        params: {
          key: 'scenario.gradeScale.labels',
          expected,
          count: scale.labels.length,
          min: scale.min,
          max: scale.max,
        },
      });
    }
  });

/** The text key naming a grade of the scale, when the scenario names its grades. */
export function gradeLabelKey(scale: GradeScaleData | undefined, grade: number): string | undefined {
  return scale?.labels?.[grade - scale.min];
}

const Electorate = z.strictObject({
  id: Id,
  label: TextKey.optional(),
  gradeScale: GradeScale.optional(),
  approvalThreshold: z.number().int().optional(),
  approvalRadius: z.number().int().min(0).max(150).optional(),
  gradeBands: z.array(z.number().int().min(0).max(150)).optional(),
  frontRunners: z.array(Id).optional(),
  voters: z.array(Voter),
});

const TieBreak = z.strictObject({ policy: z.enum(TIE_POLICIES), seed: z.string().min(1).max(64).optional() });

const Stratum = z
  .strictObject({
    name: TextKey.describe(say('Nom du groupe, montré au joueur', 'Name of the group, shown to the player')),
    members: z.array(Id).min(1).describe(say('Options (candidats) du groupe', 'Options (candidates) in the group')),
    seats: z.number().int().min(0).max(100).describe(say('Sièges tirés dans ce groupe', 'Seats drawn in this group')),
  })
  .meta({
    id: 'Stratum',
    description: say(
      'Tirage au sort : un groupe avec son nombre de sièges',
      'Sortition: a group with its number of seats',
    ),
  });

const COUNT_FORMS = ['method', 'choose', 'compare'] as const;
const stepBase = { id: Id.optional(), if: Condition.optional() };

/** The light of a scene, as the text tells it; a move without one keeps the light it had. */
export const SCENE_TIMES = ['day', 'sunset', 'night'] as const;
const SceneTime = z.enum(SCENE_TIMES).meta({
  description: say(
    'L’heure de la scène : day (jour), sunset (coucher du soleil), night (nuit) ; gardée jusqu’à la suivante',
    'The scene’s time: day, sunset or night; kept until a later scene says otherwise',
  ),
});
/** Things the story puts on the scene (the conch and its pebbles in chapter 1), for this scene only. */
export const SCENE_PROPS = ['pebbles', 'conch', 'lanterns'] as const;
const SceneProp = z.enum(SCENE_PROPS).meta({
  description: say(
    'Un objet de la scène : pebbles (les galets), conch (la conque), lanterns (les lanternes)',
    'A thing on the scene: pebbles, conch, lanterns',
  ),
});
export type SceneTimeId = (typeof SCENE_TIMES)[number];
export type ScenePropId = (typeof SCENE_PROPS)[number];

const ElectionStep = z
  .strictObject({
    type: z.literal('election'),
    id: Id,
    if: Condition.optional(),
    electorate: Id.optional(),
    candidates: z.array(Id).optional(),
    method: MethodId.optional(),
    choose: z.array(MethodId).optional(),
    compare: z.union([z.literal('all'), z.array(MethodId)]).optional(),
    prompt: TextKey.optional(),
    seats: z.number().int().min(1).max(100).optional(),
    tieBreak: TieBreak.optional(),
    seed: z.string().min(1).max(64).optional(),
    threshold: z.number().min(0).max(1).optional(),
    round: z.union([z.literal(1), z.literal(2)]).optional(),
    strata: z.array(Stratum).min(1).optional().describe(say('Tirage au sort par groupes', 'Sortition by groups')),
    sincere: z.boolean().optional(),
    recount: z
      .boolean()
      .optional()
      .describe(
        say(
          'Recompte d’un vote dépouillé avant le chapitre (la veille) : l’urne s’ouvre pleine, personne ne vote',
          'Recount of a vote counted before the chapter (the day before): the box opens full, nobody casts',
        ),
      ),
    recast: z
      .boolean()
      .optional()
      .describe(
        say(
          'Nouveau vote sur les mêmes préférences (un candidat s’est retiré) : chacun revote, ce n’est pas un recompte',
          'A new vote on the same preferences (a candidate withdrew): everyone casts again, it is not a recount',
        ),
      ),
  })
  .superRefine((s, ctx) => exactlyOne(COUNT_FORMS, s, ctx, 'scenario.election.form'))
  .meta({ oneOf: oneOfKeys(COUNT_FORMS) });

const ChoiceOption = z.strictObject({
  id: Id.optional(),
  text: TextKey,
  if: Condition.optional(),
  effects: z.array(Effect).optional(),
  goto: Id.optional(),
});

const QuizAnswer = z.strictObject({
  text: TextKey,
  correct: z.union([z.boolean(), Condition]),
  feedback: TextKey.optional(),
});

const CHANGE_FORMS = ['ranking', 'grades', 'approves'] as const;
const BallotChange = z
  .strictObject({
    voter: Id,
    count: z.number().int().min(1).max(1_000_000).default(1),
    ranking: z.array(RankingEntry).optional(),
    grades: z.record(Id, z.number().int()).optional(),
    approves: z.array(Id).optional(),
  })
  .superRefine((c, ctx) => exactlyOne(CHANGE_FORMS, c, ctx, 'scenario.change.form'))
  .meta({ oneOf: oneOfKeys(CHANGE_FORMS) });

/** The ballot the player fills at a `ballot` step (one of the three, as the step's kind asks). */
const PLAYER_BALLOT_FORMS = ['ranking', 'approves', 'grades'] as const;
const PlayerBallot = z
  .strictObject({
    ranking: z.array(RankingEntry).optional(),
    approves: z.array(Id).optional(),
    grades: z.record(Id, z.number().int()).optional(),
  })
  .superRefine((b, ctx) => exactlyOne(PLAYER_BALLOT_FORMS, b, ctx, 'scenario.playerBallot.form'))
  .meta({ oneOf: oneOfKeys(PLAYER_BALLOT_FORMS) });

/** An answer given as an object: a puzzle's (method, add, changes) or the player's own ballot. */
export const PuzzleAnswer = z.strictObject({
  method: MethodId.optional(),
  add: Id.optional(),
  changes: z.array(BallotChange).optional(),
  ballot: PlayerBallot.optional(),
});

/** The kinds of ballot the player fills: one name (a pebble), a ranking, approvals, grades. */
const PLAYER_BALLOT_KINDS = ['single', 'ranked', 'approval', 'grades'] as const;
const BallotStep = z
  .strictObject({
    type: z.literal('ballot'),
    id: Id,
    if: Condition.optional(),
    voter: Id.describe(
      say(
        'Le personnage qui vote par la main du joueur (un id de cast) : sa ligne de l’électorat est remplacée par ce bulletin, ou ajoutée',
        'The character who votes by the player’s hand (a cast id): their row of the electorate is replaced by this ballot, or added',
      ),
    ),
    electorate: Id.describe(say('L’électorat où le bulletin compte', 'The electorate in which the ballot counts')),
    kind: z
      .enum(PLAYER_BALLOT_KINDS)
      .describe(
        say(
          'single : un seul nom ; ranked : un classement ; approval : des approbations ; grades : une mention par option',
          'single: one name; ranked: a ranking; approval: approvals; grades: one grade per option',
        ),
      ),
    candidates: z.array(Id).min(2).optional(),
    speaker: Id.optional(),
    prompt: TextKey,
  })
  .meta({
    description: say(
      'Le joueur remplit un vrai bulletin, compté dans les élections suivantes sur cet électorat',
      'The player fills a real ballot, counted in the later elections on that electorate',
    ),
  });

const PuzzleGoal = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('find-method'), election: Id, winner: Id, methods: z.array(MethodId).min(2) }),
  z.strictObject({
    kind: z.literal('change-ballots'),
    election: Id,
    method: MethodId,
    winner: Id,
    maxChanges: z.number().int().min(1).max(1000),
  }),
  z.strictObject({
    kind: z.literal('add-spoiler'),
    election: Id,
    method: MethodId.default('plurality'),
    pool: z.array(Id).min(1),
  }),
]);

const Step = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('say'),
      ...stepBase,
      speaker: Id.optional(),
      text: TextKey,
      mood: z.enum(MOODS).optional(),
    }),
    z.strictObject({
      type: z.literal('choice'),
      ...stepBase,
      speaker: Id.optional(),
      prompt: TextKey.optional(),
      options: z.array(ChoiceOption).min(1),
    }),
    z.strictObject({
      type: z.literal('move'),
      ...stepBase,
      to: Id,
      present: z.array(Id).optional(),
      time: SceneTime.optional(),
      props: z.array(SceneProp).min(1).optional(),
    }),
    z.strictObject({ type: z.literal('set'), ...stepBase, effects: z.array(Effect).min(1) }),
    ElectionStep,
    z.strictObject({ type: z.literal('reveal'), ...stepBase, election: Id, voters: z.array(Id).optional() }),
    z.strictObject({
      type: z.literal('quiz'),
      id: Id,
      if: Condition.optional(),
      speaker: Id.optional(),
      question: TextKey,
      answers: z.array(QuizAnswer).min(2),
      retry: z.boolean().optional(),
      onCorrect: z.array(Effect).optional(),
      onWrong: z.array(Effect).optional(),
    }),
    z.strictObject({
      type: z.literal('puzzle'),
      id: Id,
      if: Condition.optional(),
      speaker: Id.optional(),
      prompt: TextKey,
      goal: PuzzleGoal,
      attempts: z.number().int().min(1).max(10).default(3),
      hint: TextKey.optional(),
      onSolved: z.array(Effect).optional(),
      onFailed: z.array(Effect).optional(),
    }),
    BallotStep,
    z.strictObject({
      type: z.literal('branch'),
      ...stepBase,
      cases: z.array(z.strictObject({ if: Condition, goto: Id })).min(1),
      else: Id.optional(),
    }),
    z.strictObject({ type: z.literal('goto'), ...stepBase, to: Id }),
    z.strictObject({ type: z.literal('end'), ...stepBase, ending: Id.optional(), text: TextKey.optional() }),
  ])
  .meta({
    id: 'Step',
    description: say(
      'Une étape : say, choice, move, set, election, reveal, quiz, puzzle, branch, goto, end',
      'A step: say, choice, move, set, election, reveal, quiz, puzzle, branch, goto, end',
    ),
    defaultSnippets: STEP_SNIPPETS,
  });

const EXPECTATION_FORMS = [
  'winners',
  'notWinner',
  'condorcetWinner',
  'condorcetLoser',
  'differ',
  'same',
  'solves',
  'seats',
] as const;
/** Seats an option must win (party lists: its seats; committees: 1 elected, 0 not). */
const SeatsWon = z.record(Id, z.number().int().min(0).max(100));
/** `seats` is the checked form only as an object (a number just sets up the count). */
const EXPECTATION_ONE_OF = EXPECTATION_FORMS.map((k) =>
  k === 'seats' ? { required: [k], properties: { seats: { type: 'object' } } } : { required: [k] },
);
export const Expectation = z
  .strictObject({
    election: Id.optional().describe(say('Les bulletins de cette élection', 'The ballots of this election')),
    electorate: Id.optional(),
    candidates: z.array(Id).optional(),
    sincere: z.boolean().optional(),
    seats: z
      .union([z.number().int().min(1).max(100), SeatsWon])
      .optional()
      .describe(
        say(
          'Un nombre : les sièges à pourvoir pour ce décompte ; un objet {"dune": 7} : les sièges que chaque option nommée doit gagner',
          'A number: the seats to fill for this count; an object {"dune": 7}: the seats each named option must win',
        ),
      ),
    method: MethodId.optional(),
    winners: z.array(Id).optional(),
    notWinner: Id.optional(),
    condorcetWinner: z.union([Id, z.null()]).optional(),
    condorcetLoser: z.union([Id, z.null()]).optional(),
    differ: z.array(MethodId).min(2).optional(),
    same: z.array(MethodId).min(2).optional(),
    puzzle: Id.optional(),
    answer: PuzzleAnswer.optional(),
    solves: z.boolean().optional(),
    note: z
      .string()
      .max(500)
      .optional()
      .describe(say('Remarque pour les auteurs, jamais montrée', 'Note for authors, never shown')),
  })
  .superRefine((x, ctx) => {
    // `seats` as a number only sets up the count; as an object it is the thing checked.
    const seatsWon = typeof x.seats === 'object' ? x.seats : undefined;
    exactlyOne(EXPECTATION_FORMS, { ...x, seats: seatsWon }, ctx, 'scenario.expectation.form');
    if ((x.winners !== undefined || x.notWinner !== undefined || seatsWon !== undefined) && x.method === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'scenario.expectation.needsMethod',
        path: ['method'],
        params: { key: 'scenario.expectation.needsMethod' },
      });
    }
    if (x.solves !== undefined && (x.puzzle === undefined || x.answer === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'scenario.expectation.needsPuzzle',
        params: { key: 'scenario.expectation.needsPuzzle' },
      });
    }
  })
  .meta({ oneOf: EXPECTATION_ONE_OF });

const TeacherSheet = z.strictObject({
  goal: TextKey,
  duration: z
    .number()
    .int()
    .min(5)
    .max(120)
    .describe(say('Durée de la séance, en minutes', 'Length of the lesson, in minutes')),
  keyMoment: TextKey,
  questions: z.array(TextKey).length(3),
});

const TextTable = z.record(z.string().regex(TEXT_KEY_PATTERN), z.string());

export const Scenario = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal(FORMAT_VERSION),
    id: Id.describe(
      say(
        'L’identifiant du chapitre (sa sauvegarde en dépend). « chapter-N » est réservé au chapitre N du jeu et exige "chapter": N ; pour vos chapitres, un autre nom (« phare-du-port »)',
        'The chapter’s id (its save depends on it). “chapter-N” is reserved for the game’s chapter N and requires "chapter": N; for your own chapters, another name (“harbour-lighthouse”)',
      ),
    ),
    kind: z
      .enum(['chapter', 'sandbox'])
      .default('chapter')
      .describe(say('Un chapitre à jouer, ou un bac à sable', 'A chapter to play, or a sandbox preset')),
    // A chapter's metadata (its number, title and place on the coast) lives here, in the file, so
    // that adding a chapter needs no change to the game's code; chapter-meta.ts checks the id rule.
    chapter: z
      .number()
      .int()
      .min(0)
      .max(99)
      .optional()
      .describe(
        say(
          'Le numéro du chapitre, montré avant son titre (facultatif)',
          'The chapter’s number, shown before its title (optional)',
        ),
      ),
    coast: z
      .enum(COAST_PLACES)
      .optional()
      .describe(
        say(
          'Le lieu de la côte où se trouve le panneau du chapitre (sinon les Rochers du conseil)',
          'The place on the coast where the chapter’s sign stands (otherwise the Council Rocks)',
        ),
      ),
    title: TextKey.describe(
      say(
        'Le titre du chapitre (une clé de texts), montré dans la liste et sur la côte',
        'The chapter’s title (a key in texts), shown in the list and on the coast',
      ),
    ),
    summary: TextKey.optional(),
    credits: TextKey.optional(),
    teacher: TeacherSheet.optional(),
    space: Space.optional(),
    places: z.array(Place).default([]),
    cast: z.array(Character).default([]),
    options: z.array(OptionSchema).min(1),
    electorates: z.array(Electorate).min(1),
    variables: z.record(Id, z.number().int()).default({}),
    flags: z.array(Id).default([]),
    steps: z.array(Step).min(1),
    expectations: z.array(Expectation).default([]),
    texts: z.strictObject({ fr: TextTable, en: TextTable }),
  })
  .meta({
    title: say('Scénario — Démocratie et crustacés', 'Scenario — Démocratie et crustacés'),
    description: say('Un chapitre ou un bac à sable', 'A chapter or a sandbox preset'),
  });

export type ScenarioInput = z.input<typeof Scenario>;
export type ScenarioData = z.output<typeof Scenario>;
export type StepData = z.output<typeof Step>;
export type ElectionStepData = z.output<typeof ElectionStep>;
export type VoterData = z.output<typeof Voter>;
export type ElectorateData = z.output<typeof Electorate>;
export type GradeScaleData = z.output<typeof GradeScale>;
export type EffectData = z.output<typeof Effect>;
export type ExpectationData = z.output<typeof Expectation>;
export type PuzzleGoalData = z.output<typeof PuzzleGoal>;
export type PuzzleAnswerData = z.output<typeof PuzzleAnswer>;
export type PlayerBallotData = z.output<typeof PlayerBallot>;
export type BallotStepData = z.output<typeof BallotStep>;
export type StrategyData = z.output<typeof Strategy>;
export type Mood = (typeof MOODS)[number];
export type Species = (typeof SPECIES)[number];

/** The JSON Schema that editors read (draft 2020-12), its descriptions in one language. */
export function scenarioJsonSchema(lang: 'fr' | 'en' = 'fr'): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return lang === 'en' ? inEnglish(schema) : schema;
}
