/**
 * A lesson on the projector, built from a chapter and its teacher sheet: the steps the room
 * sees (the chapter's title, playing it together, the room's own vote on the chapter's
 * question, the three discussion questions, the end) and the facilitator's notes (goal,
 * duration, key moment, the question on screen). Pure: scenes only draw it.
 */
import type { Lang } from '../i18n/format.ts';
import { candidatesOf, electionMethods } from '../scenario/count.ts';
import { methodFlavour } from '../scenario/preferences.ts';
import type { ElectionStepData, ScenarioData } from '../scenario/schema.ts';
import {
  availableMethods,
  defaultMethods,
  MAX_OPTIONS,
  MIN_OPTIONS,
  type BallotKind,
  type ClassElection,
} from './election.ts';

export type LessonStep =
  | { readonly kind: 'title' }
  | { readonly kind: 'play' }
  | { readonly kind: 'vote' }
  | { readonly kind: 'question'; readonly n: number }
  | { readonly kind: 'end' };

export interface TeacherNotes {
  readonly title: string;
  readonly summary: string;
  readonly goal: string;
  readonly duration: number;
  readonly keyMoment: string;
  readonly questions: readonly string[];
}

function text(scenario: ScenarioData, lang: Lang, key: string | undefined): string {
  return key === undefined ? '' : (scenario.texts[lang][key] ?? scenario.texts.fr[key] ?? key);
}

/** The chapter's teacher sheet in a language, or undefined when the chapter has none. */
export function teacherNotes(scenario: ScenarioData, lang: Lang): TeacherNotes | undefined {
  const sheet = scenario.teacher;
  const base = { title: text(scenario, lang, scenario.title), summary: text(scenario, lang, scenario.summary) };
  if (!sheet) return undefined;
  return {
    ...base,
    goal: text(scenario, lang, sheet.goal),
    duration: sheet.duration,
    keyMoment: text(scenario, lang, sheet.keyMoment),
    questions: sheet.questions.map((q) => text(scenario, lang, q)),
  };
}

export function lessonSteps(scenario: ScenarioData): LessonStep[] {
  const questions = scenario.teacher?.questions.length ?? 0;
  const vote: LessonStep[] = chapterElectionStep(scenario) ? [{ kind: 'vote' }] : [];
  return [
    { kind: 'title' },
    { kind: 'play' },
    ...vote,
    ...Array.from({ length: questions }, (_, i) => ({ kind: 'question' as const, n: i + 1 })),
    { kind: 'end' },
  ];
}

/**
 * The chapter's election the room votes on: its last one with a single winner, a few options
 * (not party lists) — usually the chapter's final, most telling vote.
 */
function chapterElectionStep(scenario: ScenarioData): ElectionStepData | undefined {
  const lists = new Set(scenario.options.filter((o) => o.list).map((o) => o.id));
  const elections = scenario.steps.filter((s): s is ElectionStepData => s.type === 'election');
  return elections.reverse().find((s) => {
    const n = candidatesOf(scenario, s).length;
    return (
      (s.seats ?? 1) === 1 &&
      n >= MIN_OPTIONS &&
      n <= MAX_OPTIONS &&
      !candidatesOf(scenario, s).some((c) => lists.has(c))
    );
  });
}

/** The room's election on the chapter's question: same options, a ballot the chapter's methods read. */
export function chapterElection(scenario: ScenarioData, lang: Lang): ClassElection | undefined {
  const step = chapterElectionStep(scenario);
  if (!step) return undefined;
  const ids = candidatesOf(scenario, step);
  const options = ids.map((id) => text(scenario, lang, scenario.options.find((o) => o.id === id)?.name));
  const used = electionMethods(scenario, step);
  const flavours = new Set(used.map(methodFlavour));
  // Approvals alongside rankings: grades give both (an approval is a grade above the threshold).
  const kind: BallotKind =
    flavours.has('graded') || (flavours.has('approval') && flavours.size > 1)
      ? 'grades'
      : flavours.has('approval')
        ? 'approval'
        : 'ranked';
  // Grades keep the chapter's own scale and, when it names them, its mentions (chapter 6: « À rejeter » … « Excellent »).
  const electorate = scenario.electorates.find((e) => e.id === step.electorate) ?? scenario.electorates[0];
  const chapterScale = kind === 'grades' ? electorate?.gradeScale : undefined;
  const scale = chapterScale ? { min: chapterScale.min, max: chapterScale.max } : undefined;
  const mentions = chapterScale?.labels?.map((key) => text(scenario, lang, key));
  const available = availableMethods(kind, options.length, scale);
  const kept = used.filter((m) => available.includes(m));
  return {
    question: text(scenario, lang, step.prompt) || text(scenario, lang, scenario.title),
    options,
    kind,
    methods:
      kept.length >= 2 || kind === 'approval'
        ? kept
        : [...new Set([...kept, ...defaultMethods(kind, options.length, scale)])],
    ...(scale ? { scale } : {}),
    ...(mentions && mentions.length === (scale ? scale.max - scale.min + 1 : 0) ? { mentions } : {}),
  };
}
