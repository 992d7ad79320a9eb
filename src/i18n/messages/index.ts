/**
 * All message tables, merged. Each group of the engine owns one file, so that the
 * explanation of a method and its templates are written together.
 */
import type { Lang } from '../format.ts';
import type { MessageTable } from './table.ts';
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
import { figuresMessages } from './figures.ts';

const tables: readonly MessageTable[] = [engineMessages, gameMessages, cliMessages, rankedMessages, condorcetMessages, gradedMessages, seatsMessages, ioMessages, scenarioMessages, countMessages, classroomMessages, sandboxMessages, liveMessages, filesMessages, chapterFileMessages, readerMessages, classResultsMessages, projectorMessages, classroomBoxMessages, safetyMessages, figuresMessages];

function merge(lang: Lang): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    for (const [key, text] of Object.entries(table[lang])) {
      if (key in out) throw new Error(`message key ${key} is defined twice`);
      out[key] = text;
    }
  }
  return out;
}

export const messages: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { fr: merge('fr'), en: merge('en') };

/**
 * Every step the engine writes has its sentence in French and in English: a step key added to
 * src/voting/steps.ts without both templates is a compile error here.
 */
export const stepTemplates = {
  fr: { ...rankedMessages.fr, ...condorcetMessages.fr, ...gradedMessages.fr, ...seatsMessages.fr } satisfies Record<StepKey, string>,
  en: { ...rankedMessages.en, ...condorcetMessages.en, ...gradedMessages.en, ...seatsMessages.en } satisfies Record<StepKey, string>,
};
