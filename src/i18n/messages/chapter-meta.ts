import { messageTable } from './table.ts';

/**
 * The loader's messages about a chapter's own metadata (src/scenario/chapter-meta.ts): its id,
 * its number and its place on the coast. Spread into the scenario table, whose keys the loader
 * reports (not registered on its own in index.ts, so each key is defined once).
 */
export const chapterMetaMessages = messageTable({
  fr: {
    'scenario.chapter.idNumber':
      'L’identifiant « {id} » est réservé au chapitre {expected} du jeu : écrivez "chapter": {expected}, ou choisissez un autre identifiant (par exemple « mon-chapitre »).',
    'scenario.chapter.sandboxMeta':
      '« {field} » ne vaut que pour un chapitre ("kind": "chapter") : un bac à sable n’a ni numéro ni place sur la côte.',
    'scenario.file.notChapter': 'Ce fichier est un « {kind} », pas un chapitre : ouvrez-le dans le bac à sable.',
    'scenario.file.noCompiler':
      'Ce jeu ne sait pas encore lire le texte de chapitre de « {name} » : ouvrez le fichier JSON compilé.',
  },
  en: {
    'scenario.chapter.idNumber':
      'The id “{id}” is reserved for the game’s chapter {expected}: write "chapter": {expected}, or choose another id (for example “my-chapter”).',
    'scenario.chapter.sandboxMeta':
      '“{field}” only applies to a chapter ("kind": "chapter"): a sandbox has no number and no place on the coast.',
    'scenario.file.notChapter': 'This file is a “{kind}”, not a chapter: open it in the sandbox.',
    'scenario.file.noCompiler': 'This game cannot read the chapter text of “{name}” yet: open the compiled JSON file.',
  },
});
