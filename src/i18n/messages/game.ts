import type { MessageTable } from './table.ts';

/** Texts of the game screens. */
export const gameMessages: MessageTable = {
  fr: {
    'title.name': 'Démocratie et crustacés',
    'title.tagline': 'Mêmes bulletins, vainqueurs différents.',
    'title.demo': '21 crustacés choisissent un abri. Qui gagne ?',
    'title.placeholder': 'Le jeu arrive bientôt : voici déjà le moteur de décompte.',
    'place.dune': 'la Dune',
    'place.kelp': 'la Forêt de varech',
    'place.reef': 'le Récif',
    'title.winnerLine': '{method} : {winners}',
  },
  en: {
    'title.name': 'Democracy and Crustaceans',
    'title.tagline': 'Same ballots, different winners.',
    'title.demo': '21 crustaceans choose a shelter. Who wins?',
    'title.placeholder': 'The game is coming soon: here is the counting engine already.',
    'place.dune': 'the Dune',
    'place.kelp': 'the Kelp Forest',
    'place.reef': 'the Reef',
    'title.winnerLine': '{method}: {winners}',
  },
};
