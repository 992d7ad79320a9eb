/**
 * Named grades: `gradeScale.labels` gives one text key per grade, from min to max. A list of
 * the wrong length is refused where it stands, in both languages; every key must exist in
 * both text tables, like any other text key.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathText } from './issues.ts';
import { formatIssue } from './issue-text.ts';
import { loadScenarioText, validateScenario } from './load.ts';
import { gradeLabelKey } from './schema.ts';
import { ScenarioWords } from './words.ts';

const NAMES = ['grade.low', 'grade.mid', 'grade.high'];

/** A small sandbox whose electorate grades on 0..2, with the given names. */
function withLabels(
  labels: readonly string[],
  en: Record<string, string> = { 'grade.low': 'Poor', 'grade.mid': 'Fair', 'grade.high': 'Good' },
) {
  return {
    formatVersion: 1,
    id: 'named-grades',
    kind: 'sandbox',
    title: 'title',
    options: [
      { id: 'kelp', name: 'option.kelp' },
      { id: 'dune', name: 'option.dune' },
    ],
    electorates: [
      {
        id: 'cove',
        gradeScale: { min: 0, max: 2, labels },
        voters: [{ id: 'krill', label: 'group.krill', count: 3, grades: { kelp: 2, dune: 1 } }],
      },
    ],
    steps: [{ type: 'election', id: 'vote', method: 'majority-judgment' }],
    texts: {
      fr: {
        title: 'Les mentions',
        'option.kelp': 'le varech',
        'option.dune': 'la dune',
        'group.krill': 'les krills',
        'grade.low': 'Insuffisant',
        'grade.mid': 'Passable',
        'grade.high': 'Bien',
      },
      en: { title: 'Grades', 'option.kelp': 'the kelp', 'option.dune': 'the dune', 'group.krill': 'the krill', ...en },
    },
  };
}

describe('named grades (gradeScale.labels)', () => {
  it('accepts one name per grade and reads the name of each grade', () => {
    const checked = validateScenario(withLabels(NAMES));
    expect(checked.issues).toEqual([]);
    const scale = checked.scenario!.electorates[0].gradeScale;
    expect([0, 1, 2].map((g) => gradeLabelKey(scale, g))).toEqual(NAMES);
    // Outside the scale, or on a scale without names: no name.
    expect(gradeLabelKey(scale, 3)).toBeUndefined();
    expect(gradeLabelKey({ min: 0, max: 2 }, 1)).toBeUndefined();
  });

  it('refuses a list of the wrong length at its JSON path, in French and in English', () => {
    for (const labels of [NAMES.slice(0, 2), [...NAMES, 'grade.high']]) {
      const checked = validateScenario(withLabels(labels));
      expect(checked.scenario).toBeUndefined();
      const found = checked.issues.find((i) => i.key === 'scenario.gradeScale.labels')!;
      expect(pathText(found.path)).toBe('electorates[0].gradeScale.labels');
      expect(found.params).toMatchObject({ expected: 3, count: labels.length, min: 0, max: 2 });
      expect(formatIssue(found, 'en')).toBe(
        `One name per grade from 0 to 2: “labels” needs 3, found ${labels.length}. (electorates[0].gradeScale.labels)`,
      );
      expect(formatIssue(found, 'fr')).toBe(
        `Un nom par note de 0 à 2\u00a0: «\u00a0labels\u00a0» en attend 3, il y en a ${labels.length}. (electorates[0].gradeScale.labels)`,
      );
    }
  });

  it('places the refusal on the line of the list in the file', () => {
    const text = JSON.stringify(withLabels(NAMES.slice(1)), null, 2);
    const found = loadScenarioText(text).issues.find((i) => i.key === 'scenario.gradeScale.labels')!;
    expect(text.split('\n')[found.line! - 1]).toContain('"labels"');
  });

  it('reports a name missing from a text table, at the place of its key', () => {
    const checked = validateScenario(withLabels(NAMES, { 'grade.low': 'Poor', 'grade.high': 'Good' }));
    expect(checked.scenario).toBeUndefined();
    const missing = checked.issues.filter((i) => i.key === 'scenario.text.missing');
    expect(missing.map((i) => [pathText(i.path), i.params])).toEqual([
      ['electorates[0].gradeScale.labels[1]', { key: 'grade.mid', lang: 'en' }],
    ]);
  });

  it('names the seven grades of chapter 6, from « À rejeter » to « Excellent »', () => {
    const s = loadScenarioText(
      readFileSync(new URL('../../scenarios/chapter-6-majority-judgment.json', import.meta.url), 'utf8'),
    ).scenario!;
    const scale = s.electorates[0].gradeScale!;
    const names = (lang: 'fr' | 'en') => [0, 1, 2, 3, 4, 5, 6].map((g) => s.texts[lang][gradeLabelKey(scale, g)!]);
    expect(names('fr')).toEqual([
      'À rejeter',
      'Insuffisant',
      'Passable',
      'Assez bien',
      'Bien',
      'Très bien',
      'Excellent',
    ]);
    expect(names('en')).toEqual(['Reject', 'Poor', 'Passable', 'Fair', 'Good', 'Very good', 'Excellent']);
  });

  it('names the grades in the terminal transcript too, and keeps numbers where the scale has no names', () => {
    const named = validateScenario(withLabels(NAMES)).scenario!;
    const ballot = { kind: 'graded', grades: { kelp: 2, dune: 0 } } as const;
    expect(new ScenarioWords(named, 'fr').ballot(ballot, 'vote')).toBe('le varech (Bien), la dune (Insuffisant)');
    expect(new ScenarioWords(named, 'en').ballot(ballot, 'vote')).toBe('the kelp (Good), the dune (Poor)');
    const plain = validateScenario({
      ...withLabels(NAMES),
      electorates: [{ ...withLabels(NAMES).electorates[0], gradeScale: { min: 0, max: 2 } }],
    }).scenario!;
    expect(new ScenarioWords(plain, 'en').ballot(ballot, 'vote')).toBe('the kelp 2, the dune 0');
  });
});
