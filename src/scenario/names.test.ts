/**
 * Scenario names print safely (src/voting/names.ts): a text with a control or bidi character
 * is refused with the code point and the text written out; two candidates of one election
 * that would print the same are refused with both names, in French and in English.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from './issue-text.ts';
import { loadScenarioText } from './load.ts';

const broken = (name: string) =>
  loadScenarioText(readFileSync(new URL(`../../tests/scenarios/broken/${name}`, import.meta.url), 'utf8'));

describe('scenario names', () => {
  it('a bidi override in an option’s name is refused with the code point shown', () => {
    const found = broken('bidi-option-name.json').issues.find((i) => i.key === 'scenario.text.unsafeChar')!;
    expect(formatIssue(found, 'fr', 'menu.json')).toMatch(
      /^menu\.json:\d+:\d+: Le texte «\u00a0option\.salad\u00a0» \(«\u00a0the sal\[U\+202E\]das\u00a0»\) contient U\+202E, un caractère de contrôle ou de sens d’écriture invisible\./,
    );
    expect(formatIssue(found, 'en')).toMatch(
      /^\d+:\d+: The text “option\.salad” \(“the sal\[U\+202E\]das”\) holds U\+202E, an invisible control or text-direction character\./,
    );
  });

  it('two options of one election that print the same are refused with both names', () => {
    const found = broken('look-alike-options.json').issues.find((i) => i.key === 'scenario.name.lookAlike')!;
    expect(found.params).toEqual({ name: 'la s\u043eupe', other: 'la soupe', char: 'U+043E / U+006F', lang: 'fr' });
    expect(formatIssue(found, 'fr')).toContain(
      'Les options «\u00a0la s\u043eupe\u00a0» et «\u00a0la soupe\u00a0» (fr) s’afficheraient de la même façon (elles diffèrent par U+043E / U+006F)',
    );
    expect(formatIssue(found, 'en')).toContain(
      'Options “la s\u043eupe” and “la soupe” (fr) would look the same (they differ by U+043E / U+006F)',
    );
  });
});
