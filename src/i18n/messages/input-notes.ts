/**
 * Texts of what a file coming in was read as, and of sound: the card of a sandbox file opened
 * with notes; the error card of a part of the game that could not be downloaded; the sound
 * settings.
 */
import type { MessageTable } from './table.ts';

export const inputNotesMessages: MessageTable = {
  fr: {
    'inputNotes.sandbox.title': '«\u00a0{title}\u00a0» est ouvert, avec des remarques',
    'chunkFailure.title': 'Une partie du jeu n’a pas pu être chargée',
    'chunkFailure.body': 'Le navigateur n’a pas pu télécharger cette partie du jeu (la connexion est coupée, ou le jeu vient d’être mis à jour). Votre sauvegarde est intacte\u00a0: rechargez la page pour réessayer.',
    'chunkFailure.reload': 'Recharger la page',
  },
  en: {
    'inputNotes.sandbox.title': '“{title}” is open, with notes',
    'chunkFailure.title': 'Part of the game could not be loaded',
    'chunkFailure.body': 'The browser could not download this part of the game (the connection is down, or the game has just been updated). Your save is intact: reload the page to try again.',
    'chunkFailure.reload': 'Reload the page',
  },
};
