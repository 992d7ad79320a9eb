/**
 * The corpus of broken scenarios (tests/scenarios/broken/, listed with the message key and
 * path each must be refused with in expected.json), plus a generated 10 MB file: every one is
 * refused with its message, placed on a line where the text allows it, and nothing throws.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { LANGS } from '../i18n/format.ts';
import { pathText } from './issues.ts';
import { formatIssue } from './issue-text.ts';
import { loadScenarioText } from './load.ts';
import { scenarioMessages } from '../i18n/messages/scenario.ts';
import { readerMessages } from '../i18n/messages/readers.ts';

const dir = new URL('../../tests/scenarios/broken/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<
  string,
  { key: string; path: string }[]
>;

describe('broken scenarios', () => {
  it('the corpus has at least 30 kinds, and every file is listed', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json');
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect(new Set(Object.values(expected).map((list) => list[0].key)).size).toBeGreaterThanOrEqual(30);
  });

  for (const [file, wanted] of Object.entries(expected)) {
    it(`${file} is refused with ${wanted.map((w) => w.key).join(', ')}`, () => {
      const result = loadScenarioText(readFileSync(new URL(file, dir), 'utf8'));
      expect(result.scenario).toBeUndefined();
      const errors = result.issues.filter((i) => i.severity === 'error');
      const found = errors.map((i) => ({ key: i.key, path: pathText(i.path) }));
      for (const w of wanted) expect(found).toContainEqual(w);
      for (const i of errors) {
        // Every message exists in both languages and reads as text, never as a bare key.
        for (const lang of LANGS) {
          expect(
            Object.hasOwn(scenarioMessages[lang], i.key) || Object.hasOwn(readerMessages[lang], i.key),
            `${i.key} in ${lang}`,
          ).toBe(true);
          expect(formatIssue(i, lang, file)).not.toContain(i.key);
        }
      }
      // JSON errors and most others are placed on a line of the file.
      if (!file.startsWith('deep-') && !file.startsWith('too-many-steps')) expect(errors[0].line).toBeGreaterThan(0);
    });
  }

  it('a generated 10 MB file is refused by its size, before parsing', () => {
    // The JSON is not closed: a loader that parsed the file first would report that instead.
    const open = `{"formatVersion": 1, "texts": "${'crabe '.repeat((10 * 1024 * 1024) / 6)}"`;
    const result = loadScenarioText(open);
    expect(result.scenario).toBeUndefined();
    expect(result.issues.map((i) => i.key)).toEqual(['scenario.limit.file']);
    expect(result.issues[0].params.limit).toBe(2 * 1024 * 1024);
    expect(loadScenarioText('{"formatVersion": 1, "texts": "crabe"').issues.map((i) => i.key)).toEqual([
      'scenario.json.CloseBraceExpected',
    ]);
  });

  it('a file just under the limit but full of multi-byte characters is measured in bytes', () => {
    const text = `{"formatVersion": 1, "x": "${'é'.repeat(1_100_000)}"}`;
    expect(text.length).toBeLessThan(2 * 1024 * 1024);
    expect(loadScenarioText(text).issues.map((i) => i.key)).toEqual(['scenario.limit.file']);
  });

  it('reports every schema error at once, each with its own line', () => {
    const text = readFileSync(new URL('missing-keys.json', dir), 'utf8').replace(
      '"kind": "sandbox"',
      '"kind": "sandbox", "zzz": 1',
    );
    const result = loadScenarioText(text);
    const keys = result.issues.map((i) => `${i.key}@${pathText(i.path)}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'scenario.schema.missing@title',
        'scenario.schema.missing@steps',
        'scenario.schema.unknownKey@zzz',
      ]),
    );
    expect(result.issues.find((i) => i.key === 'scenario.schema.unknownKey')?.line).toBe(5);
  });

  it('places a reference error on the line of the bad value', () => {
    const result = loadScenarioText(readFileSync(new URL('unknown-speaker.json', dir), 'utf8'));
    const found = result.issues.find((i) => i.key === 'scenario.ref.unknownSpeaker');
    const lines = readFileSync(new URL('unknown-speaker.json', dir), 'utf8').split('\n');
    expect(lines[found!.line! - 1]).toContain('"speaker": "nemo"');
    expect(formatIssue(found!, 'fr', 'x.json')).toBe(
      `x.json:${found!.line}:${found!.column}: Personne ne s’appelle «\u00a0nemo\u00a0» dans la distribution («\u00a0cast\u00a0»). (steps[1].speaker)`,
    );
    expect(formatIssue(found!, 'en', 'x.json')).toBe(
      `x.json:${found!.line}:${found!.column}: Nobody is called “nemo” in the cast. (steps[1].speaker)`,
    );
  });

  it('never lets "__proto__" reach an object prototype', () => {
    const result = loadScenarioText(readFileSync(new URL('proto-key.json', dir), 'utf8'));
    expect(result.scenario).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
