import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { safetyMessages } from '../i18n/messages/safety.ts';
import { persuasionMessages } from '../i18n/messages/persuasion.ts';
import { earlierMessages } from '../i18n/messages/earlier.ts';
import { playerBallotMessages } from '../i18n/messages/player-ballot.ts';
import { scenarioFiguresMessages } from '../i18n/messages/scenario-figures.ts';
import { scenarioMessages } from '../i18n/messages/scenario.ts';
import { readerMessages } from '../i18n/messages/readers.ts';
import { loadScenarioText, upgrade } from './load.ts';
import { migrations } from './migrations.ts';
import { playThrough } from './runner.ts';
import { renderTranscript } from './transcript.ts';
import { checkExpectations } from './expectations.ts';
import { pathText } from './issues.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

/** The prototype-era shape (format 0): French only, inline texts, a hand-written winner. */
const prototype = {
  formatVersion: 0,
  id: 'ancien-vote',
  titre: 'Le vote de la plage',
  personnages: [
    { id: 'pince', nom: 'Pince', espece: 'crabe' },
    { id: 'mamie', nom: 'Mamie Homard', espece: 'homard' },
  ],
  choix: [
    { id: 'chateau', nom: 'le château' },
    { id: 'varech', nom: 'le varech' },
  ],
  electeurs: [
    { personnage: 'pince', classement: ['chateau', 'varech'] },
    { nom: 'les crevettes', nombre: 6, classement: ['varech', 'chateau'] },
  ],
  script: [
    { narration: 'La tempête approche.' },
    { dit: 'mamie', texte: 'Votons !' },
    { vote: 'majoritaire', id: 'abri', gagnant: 'varech' },
    { fin: 'Fin du vote.' },
  ],
};

describe('loading', () => {
  it('loads the sample chapter with no error and no warning', () => {
    const result = loadScenarioText(read('scenarios/sample-first-vote.json'));
    expect(result.issues).toEqual([]);
    expect(result.scenario?.id).toBe('sample-first-vote');
    expect(result.fromVersion).toBe(1);
  });

  it('accepts a byte-order mark', () => {
    expect(loadScenarioText(`\ufeff${read('scenarios/sample-first-vote.json')}`).scenario).toBeDefined();
  });

  it('migrates the prototype shape (format 0) to a valid, playable format 1', () => {
    const result = loadScenarioText(JSON.stringify(prototype, null, 2));
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.fromVersion).toBe(0);
    expect(result.issues.map((i) => i.key)).toEqual(
      expect.arrayContaining([
        'scenario.migrate.done',
        'scenario.migrate.englishCopied',
        'scenario.migrate.winnerToExpectation',
      ]),
    );
    const s = result.scenario!;
    expect(s.cast.map((c) => c.species)).toEqual(['crab', 'lobster']);
    expect(s.texts.fr['cast.mamie.name']).toBe('Mamie Homard');
    expect(Object.keys(s.texts.en)).toEqual(Object.keys(s.texts.fr));
    expect(s.electorates[0].voters).toEqual([
      { id: 'pince', character: 'pince', count: 1, ranking: ['chateau', 'varech'] },
      { id: 'group-2', label: 'group.2', count: 6, ranking: ['varech', 'chateau'] },
    ]);
    // The hand-written winner is now checked by the engine.
    expect(s.expectations[0]).toMatchObject({ election: 'abri', method: 'plurality', winners: ['varech'] });
    expect(checkExpectations(s).every((x) => x.ok)).toBe(true);
    const text = renderTranscript(s, playThrough(s, []).runner.transcript, 'fr');
    expect(text).toContain('Mamie Homard\u00a0: Votons !');
    expect(text).toContain('gagnant le varech');
  });

  it('reports what a migration cannot fix, without positions (the paths are of the new shape)', () => {
    const bad = { ...prototype, personnages: [{ id: 'pince', nom: 'Pince', espece: 'poulpe' }] };
    const result = loadScenarioText(JSON.stringify(bad));
    const error = result.issues.find((i) => i.severity === 'error');
    expect(error).toMatchObject({ key: 'scenario.schema.oneOf', path: ['cast', 0, 'species'] });
    expect(error?.line).toBeUndefined();
  });

  it('has a migration for every version below the current one', () => {
    expect(Object.keys(migrations).map(Number)).toEqual([0]);
    expect(upgrade({ formatVersion: 1 }).doc).toEqual({ formatVersion: 1 });
  });

  it('keeps warnings without refusing the scenario', () => {
    const doc = JSON.parse(read('scenarios/sample-first-vote.json'));
    doc.texts.fr.unused = 'jamais lu';
    doc.texts.en.unused = 'never read';
    const result = loadScenarioText(JSON.stringify(doc));
    expect(result.scenario).toBeDefined();
    expect(result.issues.map((i) => `${i.severity} ${i.key} ${pathText(i.path)}`)).toEqual([
      'warning scenario.text.unused texts.fr.unused',
    ]);
  });

  it('every shipped scenario loads without error', () => {
    const files = readdirSync(new URL('scenarios/', root)).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const result = loadScenarioText(read(`scenarios/${file}`));
      expect(
        result.issues.filter((i) => i.severity === 'error'),
        file,
      ).toEqual([]);
    }
  });
});

describe('scenario messages', () => {
  it('French and English have exactly the same keys', () => {
    expect(Object.keys(scenarioMessages.en).sort()).toEqual(Object.keys(scenarioMessages.fr).sort());
  });

  it('every message key written in the scenario engine and the store exists', () => {
    const dirs = ['src/scenario/', 'src/state/'];
    const used = new Set<string>();
    for (const dir of dirs.filter((d) => existsSync(new URL(d, root)))) {
      for (const file of readdirSync(new URL(dir, root))) {
        if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
        for (const m of read(dir + file).matchAll(/'((?:scenario|state)\.[A-Za-z]+\.[A-Za-z.]+)'/g)) used.add(m[1]);
      }
    }
    expect(used.size).toBeGreaterThan(80);
    // The count figures' checks (figures.ts) have their own table too.
    // The persuasion effect's messages have their own table (scenarioText reads it too), and so has the player's ballot.
    // The store's notices about a save kept untouched are in the safety table (src/game/ui/notice-card.ts reads both).
    expect(
      [...used].filter(
        (k) =>
          !(k in scenarioMessages.fr) &&
          !(k in readerMessages.fr) &&
          !(k in safetyMessages.fr) &&
          !(k in persuasionMessages.fr) &&
          !(k in earlierMessages.fr) &&
          !(k in playerBallotMessages.fr) &&
          !(k in scenarioFiguresMessages.fr),
      ),
    ).toEqual([]);
  });

  it('French typography: a no-break space before : ; ! ? and inside « »', () => {
    for (const [key, text] of Object.entries(scenarioMessages.fr)) {
      expect(text, key).not.toMatch(/ [:;!?]|« | »/);
    }
  });
});
