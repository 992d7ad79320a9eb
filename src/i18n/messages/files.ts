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
    'files.import.empty': '{file}\u00a0: le fichier est vide.',
    'files.import.noBallots': '{file}\u00a0: le fichier nomme les options ({options}) mais ne contient aucun bulletin.',
    'files.import.resultsFile': '{file}\u00a0: c’est un fichier de résultats (une ligne par méthode, avec son gagnant), pas un fichier de bulletins. Pour recompter, lisez le fichier des bulletins (CSV ou JSON «\u00a0bulletins\u00a0»).',
    'files.row.rankedTwice': '{file}, ligne {line}\u00a0: «\u00a0{option}\u00a0» est classé à deux rangs.',
    'files.row.namedTwice': '{file}, ligne {line}\u00a0: «\u00a0{option}\u00a0» est cité deux fois.',
    'files.merge.none': 'Choisissez au moins un fichier.',
    'files.merge.optionsDiffer': '{file} n’a pas les mêmes options que {first}\u00a0: {options} au lieu de {expected}. Ces fichiers ne viennent pas du même vote.',
    'files.merge.kindDiffers': '{file} n’a pas le même type de bulletin que {first}\u00a0; ces fichiers ne peuvent pas se compter ensemble.',
  },
  en: {
    'files.decode.badBytes': '{file}: this file is not valid {encoding} text. Save it as “CSV UTF-8” and try again.',
    'files.decode.binary': '{file}: this is not a text file. Save it as “CSV UTF-8” and try again.',
    'files.decode.workbook': '{file}: this is a workbook (Excel, LibreOffice), not a CSV file. In the spreadsheet, choose “Save as” then “CSV UTF-8”.',
    'files.decode.unknown': '{file}: this file’s encoding is neither UTF-8, nor UTF-16, nor Windows-1252, and its names would show wrong. Save it as “CSV UTF-8” and try again.',
    'files.decode.readAs': '{file}: read as {encoding}, not UTF-8; check that the names look right.',
    'files.tooLarge': '{file}: the file is too large to read ({size} MB; at most {limit} MB).',
    'files.import.empty': '{file}: the file is empty.',
    'files.import.noBallots': '{file}: the file names the options ({options}) but holds no ballot.',
    'files.import.resultsFile': '{file}: this is a results file (one row per method, with its winner), not a ballot file. To count again, read the ballot file (CSV or “ballots” JSON).',
    'files.row.rankedTwice': '{file}, line {line}: “{option}” is ranked at two ranks.',
    'files.row.namedTwice': '{file}, line {line}: “{option}” is named twice.',
    'files.merge.none': 'Choose at least one file.',
    'files.merge.optionsDiffer': '{file} does not have the same options as {first}: {options} instead of {expected}. These files do not come from the same vote.',
    'files.merge.kindDiffers': '{file} does not have the same kind of ballot as {first}; these files cannot be counted together.',
  },
};
