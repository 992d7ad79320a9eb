/**
 * All message tables, merged. Each group of the engine owns one file, so that the
 * explanation of a method and its templates are written together.
 */
import type { Lang } from '../format.ts';
import type { MessageTable } from './table.ts';
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
import { safetyMessages } from './safety.ts';

const tables: readonly MessageTable[] = [engineMessages, gameMessages, cliMessages, rankedMessages, condorcetMessages, gradedMessages, seatsMessages, ioMessages, scenarioMessages, countMessages, classroomMessages, sandboxMessages, liveMessages, safetyMessages];

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
