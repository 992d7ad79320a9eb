import { messageTable } from './table.ts';

/**
 * Chapters opened from a file in the game (src/game/flow/chapter-open.ts, the chapters screen):
 * the button, the problem list, the shelf of kept chapters, and the labels of a chapter that has
 * a title but no number.
 */
export const chapterFileMessages = messageTable({
  fr: {
    'chapterFile.open': 'Ouvrir un fichier de chapitre…',
    'chapterFile.pickTitle': 'Ouvrir un chapitre',
    'chapterFile.pickBody':
      'Choisissez un fichier de chapitre (texte de chapitre ou JSON) sur cet ordinateur, avec au besoin sa table anglaise (.en.txt). Il est vérifié puis joué tout de suite, sans connexion, et il reste dans ce navigateur jusqu’à ce que vous le retiriez.',
    'chapterFile.choose': 'Choisir un fichier…',
    'chapterFile.playNow': 'Jouer maintenant',
    'chapterFile.dropHint': 'Vous pouvez aussi déposer un fichier de chapitre sur le jeu.',
    'chapterFile.remove': 'Retirer',
    'chapterFile.removeLabel': 'Retirer « {title} » de ce navigateur',
    'chapterFile.removed': '« {title} » est retiré de ce navigateur.',
    'chapterFile.reading': 'Lecture de « {name} »…',
    'chapterFile.problemsTitle': '« {name} » ne peut pas être ouvert',
    'chapterFile.problemsCount': '{count} {count|problème à corriger|problèmes à corriger} :',
    'chapterFile.at': 'Ligne {line}, colonne {column} : {message}',
    'chapterFile.atLine': 'Ligne {line} : {message}',
    'chapterFile.more': '… et {count} {count|autre problème|autres problèmes}.',
    'chapterFile.idTaken':
      'L’identifiant « {id} » est celui d’un chapitre du jeu : choisissez-en un autre dans le fichier (par exemple « {id}-classe »).',
    'chapterFile.unreadable': 'Le fichier n’a pas pu être lu ({reason}).',
    'chapterFile.notText': 'Le fichier n’est pas du texte UTF-8 : enregistrez-le en UTF-8 puis rouvrez-le.',
    'chapterFile.oneFile':
      'Ouvrez un seul chapitre à la fois, avec au besoin sa table anglaise (.en.txt) : {count} fichiers ont été donnés.',
    'chapterFile.storeFull':
      'Le chapitre est ouvert, mais ce navigateur ne peut pas le garder (stockage plein ou interdit) : il faudra le rouvrir après un rechargement.',
    'chapterFile.shelfFull':
      'Ce navigateur garde déjà {max} chapitres ouverts depuis des fichiers : retirez-en un pour en garder un autre.',
    'chapterFile.storeRefused': 'Ce chapitre ne peut pas être gardé dans ce navigateur (nom ou titre trop long).',
    'chapterFile.item': '{title}',
    'chapterFile.done': '{title} (terminé)',
    'chapterFile.enter': '« {title} » ({place})',
    'chapterFile.enterDone': '« {title} » ({place}), terminé',
    'chapterFile.signHere': 'Un panneau : « {title} ». Appuie sur Entrée pour entrer.',
    'chapterFile.signHere.touch': 'Un panneau : « {title} ». Touche-le pour entrer.',
    'chapterFile.endTitle': 'Fin de « {title} »',
    'chapterFile.replaceBody':
      'La partie en cours (« {title} ») sera remplacée. Les chapitres terminés restent terminés.',
  },
  en: {
    'chapterFile.open': 'Open a chapter file…',
    'chapterFile.pickTitle': 'Open a chapter',
    'chapterFile.pickBody':
      'Choose a chapter file (chapter text or JSON) on this computer, with its English table (.en.txt) if it has one. It is checked, then played at once, offline, and it stays in this browser until you remove it.',
    'chapterFile.choose': 'Choose a file…',
    'chapterFile.playNow': 'Play now',
    'chapterFile.dropHint': 'You can also drop a chapter file onto the game.',
    'chapterFile.remove': 'Remove',
    'chapterFile.removeLabel': 'Remove “{title}” from this browser',
    'chapterFile.removed': '“{title}” is removed from this browser.',
    'chapterFile.reading': 'Reading “{name}”…',
    'chapterFile.problemsTitle': '“{name}” cannot be opened',
    'chapterFile.problemsCount': '{count} {count|problem|problems} to fix:',
    'chapterFile.at': 'Line {line}, column {column}: {message}',
    'chapterFile.atLine': 'Line {line}: {message}',
    'chapterFile.more': '… and {count} more {count|problem|problems}.',
    'chapterFile.idTaken':
      'The id “{id}” belongs to one of the game’s chapters: choose another one in the file (for example “{id}-class”).',
    'chapterFile.unreadable': 'The file could not be read ({reason}).',
    'chapterFile.notText': 'The file is not UTF-8 text: save it as UTF-8, then open it again.',
    'chapterFile.oneFile':
      'Open one chapter at a time, with its English table (.en.txt) if it has one: {count} files were given.',
    'chapterFile.storeFull':
      'The chapter is open, but this browser cannot keep it (storage full or not allowed): it will have to be opened again after a reload.',
    'chapterFile.shelfFull': 'This browser already keeps {max} chapters opened from files: remove one to keep another.',
    'chapterFile.storeRefused': 'This chapter cannot be kept in this browser (name or title too long).',
    'chapterFile.item': '{title}',
    'chapterFile.done': '{title} (finished)',
    'chapterFile.enter': '“{title}” ({place})',
    'chapterFile.enterDone': '“{title}” ({place}), finished',
    'chapterFile.signHere': 'A sign: “{title}”. Press Enter to go in.',
    'chapterFile.signHere.touch': 'A sign: “{title}”. Tap it to go in.',
    'chapterFile.endTitle': 'End of “{title}”',
    'chapterFile.replaceBody': 'The game in progress (“{title}”) will be replaced. Finished chapters stay finished.',
  },
});
