/**
 * Texts of what a file coming in was read as, and of sound: the card of a sandbox file opened
 * with notes; the error card of a part of the game that could not be downloaded; the sound
 * settings.
 */
import { messageTable } from './table.ts';

export const inputNotesMessages = messageTable({
  fr: {
    'inputNotes.sandbox.title': '«\u00a0{title}\u00a0» est ouvert, avec des remarques',
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
});
