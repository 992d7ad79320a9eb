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
    'sound.settings.sound': 'Son',
    'sound.settings.on': 'Activé',
    'sound.settings.off': 'Coupé',
    'sound.settings.volume': 'Volume',
    'sound.settings.volume.soft': 'Doux',
    'sound.settings.volume.medium': 'Moyen',
    'sound.settings.volume.loud': 'Fort',
    'sound.settings.music': 'Musique de la côte',
    'sound.settings.music.on': 'Oui',
    'sound.settings.music.off': 'Non',
  },
  en: {
    'inputNotes.sandbox.title': '“{title}” is open, with notes',
    'chunkFailure.title': 'Part of the game could not be loaded',
    'chunkFailure.body': 'The browser could not download this part of the game (the connection is down, or the game has just been updated). Your save is intact: reload the page to try again.',
    'chunkFailure.reload': 'Reload the page',
    'sound.settings.sound': 'Sound',
    'sound.settings.on': 'On',
    'sound.settings.off': 'Off',
    'sound.settings.volume': 'Volume',
    'sound.settings.volume.soft': 'Soft',
    'sound.settings.volume.medium': 'Medium',
    'sound.settings.volume.loud': 'Loud',
    'sound.settings.music': 'Music on the coast',
    'sound.settings.music.on': 'Yes',
    'sound.settings.music.off': 'No',
  },
};
