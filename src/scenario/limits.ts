/**
 * Size limits, checked on the parsed JSON before the schema (so that a file with a million
 * steps gets one clear message, not a million). The text itself is limited in load.ts and
 * its nesting in json.ts.
 */
import { methodWork, type ElectionShape } from '../voting/limits.ts';
import type { MethodId } from '../voting/method.ts';
import { setupSeats, type ElectionSetup } from './count.ts';
import { issue, type JsonPath, type ScenarioIssue } from './issues.ts';
import type { ScenarioData } from './schema.ts';

export const LIMITS = {
  fileBytes: 2 * 1024 * 1024,
  steps: 2000,
  cast: 200,
  places: 100,
  options: 30,
  electorates: 20,
  votersPerElectorate: 500,
  /** Sum of the counts of one electorate. */
  totalVoters: 10_000_000,
  expectations: 200,
  textsPerLanguage: 5000,
  textLength: 2000,
  /** Any other list (choice options, quiz answers, rankings...). */
  anyList: 500,
  /** Any other string (ids, keys, seeds). */
  anyString: 500,
} as const;

const NAMED_LISTS: Readonly<Record<string, number>> = {
  steps: LIMITS.steps,
  cast: LIMITS.cast,
  places: LIMITS.places,
  options: LIMITS.options,
  electorates: LIMITS.electorates,
  expectations: LIMITS.expectations,
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkLimits(doc: unknown): ScenarioIssue[] {
  const found: ScenarioIssue[] = [];
  if (!isRecord(doc)) return found;
  const tooMany = (path: JsonPath, count: number, limit: number): void => {
    if (count > limit) found.push(issue('scenario.limit.list', path, { count, limit }));
  };
  for (const [key, limit] of Object.entries(NAMED_LISTS)) {
    const list = doc[key];
    if (Array.isArray(list)) tooMany([key], list.length, limit);
  }
  if (Array.isArray(doc.electorates)) {
    doc.electorates.forEach((e, i) => {
      if (isRecord(e) && Array.isArray(e.voters))
        tooMany(['electorates', i, 'voters'], e.voters.length, LIMITS.votersPerElectorate);
    });
  }
  if (isRecord(doc.texts)) {
    for (const [lang, table] of Object.entries(doc.texts)) {
      if (!isRecord(table)) continue;
      const keys = Object.keys(table);
      tooMany(['texts', lang], keys.length, LIMITS.textsPerLanguage);
      if (keys.length > LIMITS.textsPerLanguage) continue;
      for (const key of keys) {
        if (FORBIDDEN_KEYS.has(key)) found.push(issue('scenario.schema.forbiddenKey', ['texts', lang, key], { key }));
        const text = table[key];
        if (typeof text === 'string' && text.length > LIMITS.textLength) {
          found.push(
            issue('scenario.limit.text', ['texts', lang, key], { length: text.length, limit: LIMITS.textLength }),
          );
        }
      }
    }
  }
  // Every other list and string, wherever it is (the texts were measured above).
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (found.length > 50) return;
    if (typeof value === 'string') {
      if (value.length > LIMITS.anyString)
        found.push(issue('scenario.limit.string', path, { length: value.length, limit: LIMITS.anyString }));
    } else if (Array.isArray(value)) {
      if (path.length > 1 || !(String(path[0]) in NAMED_LISTS)) tooMany(path, value.length, LIMITS.anyList);
      if (value.length <= LIMITS.steps) value.forEach((v, i) => walk(v, [...path, i]));
    } else if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) {
        // JSON.parse keeps these as plain keys, but no scenario needs them and some code might
        // one day copy them onto an object's prototype: refused wherever they are.
        if (FORBIDDEN_KEYS.has(k)) found.push(issue('scenario.schema.forbiddenKey', [...path, k], { key: k }));
        if (path.length === 0 && k === 'texts') continue;
        if (path.length === 2 && path[0] === 'electorates' && k === 'voters' && Array.isArray(v)) {
          if (v.length <= LIMITS.votersPerElectorate) v.forEach((x, i) => walk(x, [...path, k, i]));
          continue;
        }
        walk(v, [...path, k]);
      }
    }
  };
  walk(doc, []);
  return found;
}

/**
 * The work of the elections a scenario counts, in the engine's steps (src/voting/limits.ts,
 * about a nanosecond each). One count is already bounded by the engine; what is bounded here
 * is their sum, so that a loop around costly elections cannot freeze the game or `play`.
 */
export const WORK = {
  /**
   * Counting allowed between two answers of the player (or before the first). The estimates
   * are the engine's; a scenario count also builds its ballots, explanations and tie-breaks,
   * about ten times more in practice, so this is about a second of waiting. No chapter comes
   * near it: the costliest shipped election is estimated at 140,000 steps.
   */
  withoutInput: 100_000_000,
  /** `validate` warns about an election above this: about 10 ms, more than a frame of the game. */
  highElection: 10_000_000,
} as const;

/**
 * The estimated work of counting one election of a scenario with these methods: the engine's
 * methodWork() on the largest profile the election can make (one distinct ballot per voter
 * of its electorate, every candidate ranked).
 */
export function electionWork(scenario: ScenarioData, setup: ElectionSetup, ids: readonly MethodId[]): number {
  const electorate = scenario.electorates.find((e) => e.id === setup.electorate) ?? scenario.electorates[0];
  const m = (setup.candidates ?? scenario.options).length;
  const groups = electorate?.voters.length ?? 0;
  const scale = electorate?.gradeScale;
  const shape: ElectionShape = {
    m,
    groups,
    cells: groups * m,
    ranked: groups * m,
    pairs: (groups * m * (m - 1)) / 2,
    levels: scale ? scale.max - scale.min + 1 : 6,
    seats: setupSeats(setup),
  };
  return ids.reduce((sum, id) => sum + methodWork(id, shape), 0);
}
