/**
 * Older scenario files are brought up to the current format one version at a time.
 *
 * Version 0 is the prototype-era shape (the 2017 hackathon game was French-only, with its
 * texts inline and its election outcomes written by hand):
 *
 *   { "formatVersion": 0, "id": "...", "titre": "texte",
 *     "personnages": [{ "id", "nom": "texte", "espece": "crabe" }],
 *     "choix": [{ "id", "nom": "texte" }],
 *     "electeurs": [{ "personnage": "id" } | { "nom": "texte", "nombre": 7 }, + "classement": [ids]],
 *     "script": [{ "dit": "id", "texte": "..." } | { "narration": "..." }
 *              | { "vote": "majoritaire", "id"?, "gagnant"? } | { "fin": "..." }] }
 *
 * The migration moves every text into `texts.fr` under generated keys, copies them to
 * `texts.en` (to be translated: it says so), and turns each hand-written winner into an
 * expectation, so that the engine now checks what the prototype only asserted.
 */
import { issue, type ScenarioIssue } from './issues.ts';

interface MigrationOutput {
  readonly doc: Record<string, unknown>;
  readonly notes: readonly ScenarioIssue[];
}
type Migration = (doc: Record<string, unknown>) => MigrationOutput;

const SPECIES_FR: Readonly<Record<string, string>> = {
  crabe: 'crab',
  homard: 'lobster',
  langoustine: 'langoustine',
  crevette: 'shrimp',
  écrevisse: 'crayfish',
  'bernard-l’ermite': 'hermit-crab',
  "bernard-l'ermite": 'hermit-crab',
  'araignée de mer': 'spider-crab',
  balane: 'barnacle',
  gambas: 'prawn',
  krill: 'krill',
  cloporte: 'isopod',
};

const METHODS_FR: Readonly<Record<string, string>> = {
  majoritaire: 'plurality',
  'majoritaire-un-tour': 'plurality',
  'deux-tours': 'two-round',
  borda: 'borda',
  condorcet: 'condorcet-winner',
  approbation: 'approval',
  'jugement-majoritaire': 'majority-judgment',
  alternatif: 'irv',
};

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
    : [];
}

function migrate0to1(old: Record<string, unknown>): MigrationOutput {
  const fr: Record<string, string> = {};
  const notes: ScenarioIssue[] = [];
  const text = (key: string, value: unknown): string => {
    fr[key] = typeof value === 'string' ? value : '';
    return key;
  };
  const cast = list(old.personnages).map((p) => ({
    id: p.id,
    name: text(`cast.${String(p.id)}.name`, p.nom),
    species: SPECIES_FR[String(p.espece ?? '').toLowerCase()] ?? p.espece,
    look: { colours: ['#c0392b'], accessory: 'none', expressions: ['neutral'] },
    personality: text(`cast.${String(p.id)}.personality`, p.nom),
  }));
  const options = list(old.choix).map((c) => ({ id: c.id, name: text(`option.${String(c.id)}`, c.nom) }));
  const voters = list(old.electeurs).map((e, i) => {
    const who =
      typeof e.personnage === 'string'
        ? { id: e.personnage, character: e.personnage }
        : { id: `group-${i + 1}`, label: text(`group.${i + 1}`, e.nom) };
    return { ...who, count: e.nombre ?? 1, ranking: e.classement };
  });
  const steps: Record<string, unknown>[] = [];
  const expectations: Record<string, unknown>[] = [];
  let line = 0;
  let votes = 0;
  for (const s of list(old.script)) {
    if ('dit' in s) steps.push({ type: 'say', speaker: s.dit, text: text(`line.${++line}`, s.texte) });
    else if ('narration' in s) steps.push({ type: 'say', text: text(`line.${++line}`, s.narration) });
    else if ('vote' in s) {
      const id = typeof s.id === 'string' ? s.id : `vote-${++votes}`;
      const method = METHODS_FR[String(s.vote)] ?? s.vote;
      steps.push({ type: 'election', id, method });
      if (s.gagnant !== undefined) {
        expectations.push({ election: id, method, winners: [s.gagnant], note: 'written by hand in the prototype' });
        notes.push(issue('scenario.migrate.winnerToExpectation', ['script'], { election: id }, 'warning'));
      }
    } else if ('fin' in s) steps.push({ type: 'end', text: text(`line.${++line}`, s.fin) });
    else steps.push(s); // unknown: left as is, the schema will name it
  }
  notes.push(
    issue('scenario.migrate.englishCopied', ['texts', 'en'], { count: Object.keys(fr).length + 1 }, 'warning'),
  );
  const doc: Record<string, unknown> = {
    formatVersion: 1,
    id: old.id,
    kind: 'chapter',
    title: text('title', old.titre),
    cast,
    options,
    electorates: [{ id: 'main', voters }],
    steps,
    expectations,
    texts: { fr, en: { ...fr } },
  };
  return { doc, notes };
}

/** `migrations[n]` turns a version n document into version n + 1. */
export const migrations: Readonly<Record<number, Migration>> = { 0: migrate0to1 };
