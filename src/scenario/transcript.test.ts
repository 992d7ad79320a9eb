/**
 * One small scenario per runner behaviour (tests/scenarios/*.json), played with the answers of
 * tests/scenarios/transcripts.json and compared with its expected transcript in French and
 * English (tests/scenarios/transcripts/NAME.LANG.txt). After a deliberate change of the
 * output, rewrite them with UPDATE_TRANSCRIPTS=1 and read the diff.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { LANGS } from '../i18n/format.ts';
import { loadScenarioText } from './load.ts';
import { playThrough, type Answer } from './runner.ts';
import { renderTranscript } from './transcript.ts';
import { scenarioText } from './issues.ts';

const dir = new URL('../../tests/scenarios/', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('transcripts.json', dir), 'utf8')) as { name: string; file: string; answers: Answer[] }[];

describe('expected transcripts', () => {
  for (const c of cases) {
    const loaded = loadScenarioText(readFileSync(new URL(c.file, dir), 'utf8'));
    for (const lang of LANGS) {
      it(`${c.name} (${lang})`, () => {
        expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
        const played = playThrough(loaded.scenario!, c.answers);
        let text = renderTranscript(loaded.scenario!, played.runner.transcript, lang);
        if (played.refused) text += `!! ${scenarioText(played.refused.key ?? '', played.refused.params ?? {}, lang)}\n`;
        const expected = new URL(`transcripts/${c.name}.${lang}.txt`, dir);
        if (process.env.UPDATE_TRANSCRIPTS === '1' || !existsSync(expected)) writeFileSync(expected, text);
        expect(text).toBe(readFileSync(expected, 'utf8'));
      });
    }
  }
});
