import type { MessageTable } from './table.ts';

/**
 * Messages about files coming in and going out, whatever reads them: the text encoding
 * (src/voting/io/decode.ts), the size refused before reading, the classroom's form shapes,
 * rows left out, results files offered as ballots, and merged files (src/classroom).
 */
export const filesMessages: MessageTable = {
  fr: {
    'files.decode.badBytes': '{file}\u00a0: ce fichier n’est pas du texte {encoding} valide. Enregistrez-le au format «\u00a0CSV UTF-8\u00a0» et réessayez.',
    'files.decode.binary': '{file}\u00a0: ce n’est pas un fichier texte. Enregistrez-le au format «\u00a0CSV UTF-8\u00a0» et réessayez.',
    'files.decode.workbook': '{file}\u00a0: c’est un classeur (Excel, LibreOffice), pas un fichier CSV. Dans le tableur, choisissez «\u00a0Enregistrer sous\u00a0» puis «\u00a0CSV UTF-8\u00a0».',
    'files.decode.unknown': '{file}\u00a0: l’encodage de ce fichier n’est ni UTF-8, ni UTF-16, ni Windows-1252, et ses noms s’afficheraient mal. Enregistrez-le au format «\u00a0CSV UTF-8\u00a0» et réessayez.',
    'files.decode.readAs': '{file}\u00a0: lu en {encoding}, pas en UTF-8\u00a0; vérifiez que les noms s’affichent bien.',
    'files.tooLarge': '{file}\u00a0: le fichier est trop gros pour être lu ({size}\u00a0Mo\u00a0; au plus {limit}\u00a0Mo).',
  },
  en: {
    'files.decode.badBytes': '{file}: this file is not valid {encoding} text. Save it as “CSV UTF-8” and try again.',
    'files.decode.binary': '{file}: this is not a text file. Save it as “CSV UTF-8” and try again.',
    'files.decode.workbook': '{file}: this is a workbook (Excel, LibreOffice), not a CSV file. In the spreadsheet, choose “Save as” then “CSV UTF-8”.',
    'files.decode.unknown': '{file}: this file’s encoding is neither UTF-8, nor UTF-16, nor Windows-1252, and its names would show wrong. Save it as “CSV UTF-8” and try again.',
    'files.decode.readAs': '{file}: read as {encoding}, not UTF-8; check that the names look right.',
    'files.tooLarge': '{file}: the file is too large to read ({size} MB; at most {limit} MB).',
  },
};
