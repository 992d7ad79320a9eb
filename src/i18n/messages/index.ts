/**
 * All message tables, merged. Each group of the engine owns one file, so that the
 * explanation of a method and its templates are written together.
 */
import type { Lang } from '../format.ts';
import { mergeTables } from '../translate.ts';
import type { StepKey } from '../../voting/steps.ts';
import { rankedMessages } from './ranked.ts';
import { condorcetMessages } from './condorcet.ts';
import { gradedMessages } from './graded.ts';
import { seatsMessages } from './seats.ts';
import { ioMessages } from './io.ts';
import { engineMessages } from './engine.ts';
import { gameMessages } from './game.ts';
import { cliMessages } from './cli.ts';
import { scenarioMessages } from './scenario.ts';
import { countMessages } from './count.ts';
import { classroomMessages } from './classroom.ts';
import { sandboxMessages } from './sandbox.ts';
import { liveMessages } from './live.ts';
import { filesMessages } from './files.ts';
import { chapterFileMessages } from './chapter-file.ts';
import { readerMessages } from './readers.ts';
import { classResultsMessages } from './class-results.ts';
import { projectorMessages } from './projector.ts';
import { classroomBoxMessages } from './classroom-box.ts';
import { safetyMessages } from './safety.ts';
import { inputNotesMessages } from './input-notes.ts';
import { comparePagesMessages } from './compare-pages.ts';
import { countMechanismMessages } from './count-mechanism.ts';
import { keysMessages } from './keys.ts';
import { playMessages } from './play.ts';
import { persuasionMessages } from './persuasion.ts';
import { figuresMessages } from './figures.ts';
import { classLimitsMessages } from './class-limits.ts';
import { happenedMessages } from './happened.ts';
import { countFlowMessages } from './count-flow.ts';
import { earlierMessages } from './earlier.ts';
import { coastWorldMessages } from './coast-world.ts';
import { playerBallotMessages } from './player-ballot.ts';
import { voterTableMessages } from './voter-table.ts';
import { sceneSetMessages } from './scene-set.ts';
import { classDraftsMessages } from './class-drafts.ts';
import { recountMessages } from './recount.ts';
import { classSeatsMessages } from './class-seats.ts';
import { scenarioFiguresMessages } from './scenario-figures.ts';
import { rankDetailMessages } from './rank-detail.ts';
import { whyMessages } from './why.ts';
import { countSeatsMessages } from './count-seats.ts';

/** Every table, as one (a key defined twice throws when this module loads). */
export const allMessages = mergeTables(
  engineMessages,
  gameMessages,
  cliMessages,
  rankedMessages,
  condorcetMessages,
  gradedMessages,
  seatsMessages,
  ioMessages,
  scenarioMessages,
  countMessages,
  classroomMessages,
  sandboxMessages,
  liveMessages,
  filesMessages,
  chapterFileMessages,
  readerMessages,
  classResultsMessages,
  projectorMessages,
  classroomBoxMessages,
  safetyMessages,
  inputNotesMessages,
  comparePagesMessages,
  countMechanismMessages,
  keysMessages,
  playMessages,
  persuasionMessages,
  figuresMessages,
  classLimitsMessages,
  happenedMessages,
  countFlowMessages,
  earlierMessages,
  coastWorldMessages,
  playerBallotMessages,
  voterTableMessages,
  sceneSetMessages,
  classDraftsMessages,
  recountMessages,
  classSeatsMessages,
  scenarioFiguresMessages,
  rankDetailMessages,
  whyMessages,
  countSeatsMessages,
);

/** The merged tables by language, for tests and tools that walk every key. */
export const messages: Readonly<Record<Lang, Readonly<Record<string, string>>>> = allMessages;

/**
 * Every step the engine writes has its sentence in French and in English: a step key added to
 * src/voting/steps.ts without both templates is a compile error here.
 */
export const stepTemplates = {
  fr: { ...rankedMessages.fr, ...condorcetMessages.fr, ...gradedMessages.fr, ...seatsMessages.fr } satisfies Record<
    StepKey,
    string
  >,
  en: { ...rankedMessages.en, ...condorcetMessages.en, ...gradedMessages.en, ...seatsMessages.en } satisfies Record<
    StepKey,
    string
  >,
};
