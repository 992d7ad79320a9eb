/**
 * Named grades on the count screens: chapter 6 names its seven grades (« À rejeter » to
 * « Excellent »), so ballots, headings and majority judgment's explanation say the names;
 * chapter 9 names none, so its grades stay numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioElection, scenarioOf } from '../bench/election.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { capitalize } from '../../i18n/grammar.ts';
import { ballotLines, ballotSummary, gradesHeading, voterTokens } from './voters.ts';

const read = (name: string): string =>
  readFileSync(new URL(`../../../scenarios/${name}.json`, import.meta.url), 'utf8');
const NB = '\u00a0';

describe('grades by their names (chapter 6)', () => {
  const scenario = scenarioOf(read('chapter-6-majority-judgment'));
  const { entry } = scenarioElection(scenario, 'profiles');
  const fr = new ScenarioWords(scenario, 'fr', entry);
  const en = new ScenarioWords(scenario, 'en', entry);
  const mj = entry.counted.counts.find((k) => k.method === 'majority-judgment')!.result!;

  it('names each grade in the player’s language, and leaves a grade off the scale as a number', () => {
    expect(fr.gradesNamed).toBe(true);
    expect([0, 3, 4, 6].map((g) => fr.grade(g))).toEqual(['À rejeter', 'Assez bien', 'Bien', 'Excellent']);
    expect([0, 3, 4, 6].map((g) => en.grade(g))).toEqual(['Reject', 'Fair', 'Good', 'Excellent']);
    expect(en.grade(7)).toBe('7');
  });

  it('writes Bigorne’s opened ballot with the names of its grades', () => {
    const bigorne = voterTokens(entry).find((t) => t.voter === 'bigorne')!;
    const cast = bigorne.ballots.graded!.cast;
    const scale = { min: 0, max: 6 };
    expect(ballotLines(fr, cast, scale).map((l) => l.text)).toEqual([
      `Maïa${NB}: Assez bien`,
      `Tourteau${NB}: Excellent`,
      `Caramote${NB}: À rejeter`,
    ]);
    expect(ballotLines(en, cast, scale).map((l) => [l.text, l.gauge])).toEqual([
      ['Maïa: Fair', 0.5],
      ['Tourteau: Excellent', 1],
      ['Caramote: Reject', 0],
    ]);
    // What a screen reader hears is the same words.
    expect(ballotSummary(en, bigorne, 'graded')).toBe('Maïa: Fair, Tourteau: Excellent, Caramote: Reject');
    expect(gradesHeading(fr, scale)).toBe(`Mentions, de «${NB}À rejeter${NB}» à «${NB}Excellent${NB}»`);
    expect(gradesHeading(en, scale)).toBe('Grades, from “Reject” to “Excellent”');
  });

  it('explains majority judgment with named medians and a merit profile per named grade', () => {
    const step = (key: string, name?: string) =>
      mj.steps.find((s) => s.key === key && (name === undefined || ('name' in s.params && s.params.name === name)))!;
    expect(en.explain(step('majority-judgment.winner'))).toBe('Maïa has the best median (“Good”) and wins.');
    expect(fr.explain(step('majority-judgment.winner'))).toBe(
      `La meilleure médiane («${NB}Bien${NB}») est celle de Maïa, qui gagne.`,
    );
    expect(en.explain(step('majority-judgment.merit', 'caramote'))).toBe(
      'Caramote: number of voters giving each grade, from the lowest (“Reject”) to the highest: “Reject” 13, “Poor” 5, “Passable” 3, “Fair” 0, “Good” 0, “Very good” 0, “Excellent” 4. Median: “Reject”.',
    );
    expect(fr.explain(step('majority-judgment.grades'))).toContain(
      `mentions de «${NB}À rejeter${NB}» à «${NB}Excellent${NB}»`,
    );
  });

  it('keeps the numbers where score adds them', () => {
    const score = entry.counted.counts.find((k) => k.method === 'score')!.result!;
    expect(en.explain(score.steps[0])).toMatch(
      /^Grades from 0 to 6, 25 voters\. Total grade of each candidate: .*Tourteau 104/,
    );
  });
});

describe('grades without names (chapter 9)', () => {
  const scenario = scenarioOf(read('chapter-9-real-election'));
  const { entry } = scenarioElection(scenario, 'project-all');
  const words = new ScenarioWords(scenario, 'en', entry);

  it('shows grades as numbers, as before', () => {
    expect(words.gradesNamed).toBe(false);
    expect(words.grade(4)).toBe('4');
    const token = voterTokens(entry).find((t) => t.ballots.graded)!;
    const cast = token.ballots.graded!.cast;
    if (cast.kind !== 'graded') throw new Error('a graded ballot was expected');
    const [first] = ballotLines(words, cast);
    expect(first.text).toBe(`${capitalize(words.option(first.option!))}: ${cast.grades[first.option!]}`);
    expect(gradesHeading(words, { min: 0, max: 5 })).toBe('Grades, from 0 to 5');
    const mj = entry.counted.counts.find((k) => k.method === 'majority-judgment')!.result!;
    const winner = mj.steps.find(
      (s) => s.key === 'majority-judgment.winner' || s.key === 'majority-judgment.bestMedian',
    )!;
    expect(words.explain(winner)).toContain(`(${winner.params.median})`);
  });
});
