import { messageTable } from './table.ts';

/**
 * Messages about files coming in and going out, whatever reads them: the text encoding
 * (src/voting/io/decode.ts), the size refused before reading, the classroom's form shapes,
 * rows left out, results files offered as ballots, and merged files (src/classroom).
 */
export const filesMessages = messageTable({
  fr: {
    'files.decode.badBytes':
      '{file}\u00a0: ce fichier n’est pas du texte {encoding} valide. Enregistrez-le au format «\u00a0CSV UTF-8\u00a0» et réessayez.',
    'files.decode.binary':
      '{file}\u00a0: ce n’est pas un fichier texte. Enregistrez-le au format «\u00a0CSV UTF-8\u00a0» et réessayez.',
    'files.decode.workbook':
      '{file}\u00a0: c’est un classeur (Excel, LibreOffice), pas un fichier CSV. Dans le tableur, choisissez «\u00a0Enregistrer sous\u00a0» puis «\u00a0CSV UTF-8\u00a0».',
    'files.decode.unknown':
      '{file}\u00a0: l’encodage de ce fichier n’est ni UTF-8, ni UTF-16, ni Windows-1252, et ses noms s’afficheraient mal. Enregistrez-le au format «\u00a0CSV UTF-8\u00a0» et réessayez.',
    'files.decode.readAs':
      '{file}\u00a0: lu en {encoding}, pas en UTF-8\u00a0; vérifiez que les noms s’affichent bien.',
    'files.tooLarge':
      '{file}\u00a0: le fichier est trop gros pour être lu ({size}\u00a0Mo\u00a0; au plus {limit}\u00a0Mo).',
    'files.import.empty': '{file}\u00a0: le fichier est vide.',
    'files.import.noBallots': '{file}\u00a0: le fichier nomme les options ({options}) mais ne contient aucun bulletin.',
    'files.import.resultsFile':
      '{file}\u00a0: c’est un fichier de résultats (une ligne par méthode, avec son gagnant), pas un fichier de bulletins. Pour recompter, lisez le fichier des bulletins (CSV ou JSON «\u00a0bulletins\u00a0»).',
    'files.row.rankedTwice': '{file}, ligne {line}\u00a0: l’option «\u00a0{option}\u00a0» est placée à deux rangs.',
    'files.row.namedTwice': '{file}, ligne {line}\u00a0: l’option «\u00a0{option}\u00a0» est citée deux fois.',
    'files.merge.none': 'Choisissez au moins un fichier.',
    'files.merge.optionsDiffer':
      '{file} n’a pas les mêmes options que {first}\u00a0: {options} au lieu de {expected}. Ces fichiers ne viennent pas du même vote.',
    'files.merge.kindDiffers':
      '{file} n’a pas le même genre de bulletin que {first}\u00a0; ces fichiers ne peuvent pas se compter ensemble.',
    'files.import.helpTitle': 'Quels fichiers se lisent\u00a0?',
    'files.import.help':
      'Ce qui se lit\u00a0: un tableur ou un formulaire en ligne enregistré en CSV (UTF-8, ou le CSV «\u00a0;\u00a0» d’Excel en français)\u00a0; une grille Google Forms «\u00a0Question [Option]\u00a0» (rangs en chiffres ou en mots\u00a0: «\u00a0Premier choix\u00a0», «\u00a01st choice\u00a0»)\u00a0; une colonne par rang dont les cases nomment les options\u00a0; une question à cases à cocher («\u00a0A, B\u00a0») pour l’approbation\u00a0; la question de classement de Microsoft Forms («\u00a0A;B;C;\u00a0»)\u00a0; nos fichiers JSON, PrefLib et BLT. Plusieurs fichiers du même vote (plusieurs appareils, plusieurs formulaires) se comptent ensemble.',
    'files.shape.ranks': 'Lu comme un formulaire avec une colonne par rang\u00a0: les cases nomment les options.',
    'files.shape.list':
      'Lu comme une seule question (cases à cocher ou classement)\u00a0: les options sont les noms trouvés dans les cases.',
    'files.badRows.title':
      '{file}\u00a0: {count} {count|ligne ne se lit pas|lignes ne se lisent pas} ({count|ligne|lignes} {lines}).',
    'files.badRows.more':
      '{file}\u00a0: plus de {max} lignes ne se lisent pas. Est-ce le bon fichier, avec les bonnes colonnes et le bon genre de bulletin\u00a0? Voici les {max} premières.',
    'files.badRows.leaveOut': 'Laisser de côté {count} {count|ligne|lignes} et compter le reste',
    'files.summary.title': 'Bulletins lus',
    'files.summary.file': '{file}\u00a0: {ballots} {ballots|bulletin|bulletins}',
    'files.summary.total': 'En tout\u00a0: {ballots} {ballots|bulletin|bulletins}, options\u00a0: {options}.',
    'files.summary.leftOut': '{count} {count|ligne laissée|lignes laissées} de côté ({count|ligne|lignes} {lines}).',
    'files.summary.count': 'Compter\u00a0: {ballots} {ballots|bulletin|bulletins}',
  },
  en: {
    'files.decode.badBytes': '{file}: this file is not valid {encoding} text. Save it as “CSV UTF-8” and try again.',
    'files.decode.binary': '{file}: this is not a text file. Save it as “CSV UTF-8” and try again.',
    'files.decode.workbook':
      '{file}: this is a workbook (Excel, LibreOffice), not a CSV file. In the spreadsheet, choose “Save as” then “CSV UTF-8”.',
    'files.decode.unknown':
      '{file}: this file’s encoding is neither UTF-8, nor UTF-16, nor Windows-1252, and its names would display wrongly. Save it as “CSV UTF-8” and try again.',
    'files.decode.readAs': '{file}: read as {encoding}, not UTF-8; check that the names look right.',
    'files.tooLarge': '{file}: the file is too large to read ({size} MB; at most {limit} MB).',
    'files.import.empty': '{file}: the file is empty.',
    'files.import.noBallots': '{file}: the file names the options ({options}) but holds no ballot.',
    'files.import.resultsFile':
      '{file}: this is a results file (one row per method, with its winner), not a ballot file. To count again, read the ballot file (CSV or “ballots” JSON).',
    'files.row.rankedTwice': '{file}, line {line}: “{option}” is given two different ranks.',
    'files.row.namedTwice': '{file}, line {line}: “{option}” is named twice.',
    'files.merge.none': 'Choose at least one file.',
    'files.merge.optionsDiffer':
      '{file} does not have the same options as {first}: {options} instead of {expected}. These files do not come from the same vote.',
    'files.merge.kindDiffers':
      '{file} does not have the same kind of ballot as {first}; these files cannot be counted together.',
    'files.import.helpTitle': 'Which files can be read?',
    'files.import.help':
      'What can be read: a spreadsheet or an online form saved as CSV (UTF-8, or French Excel’s “;” CSV); a Google Forms grid “Question [Option]” (ranks in figures or in words: “1st choice”, “Premier choix”); a column per rank whose cells name the options; a checkbox question (“A, B”) for approval; Microsoft Forms’ ranking question (“A;B;C;”); our JSON, PrefLib and BLT files. Several files of the same vote (several devices, several forms) are counted together.',
    'files.shape.ranks': 'Read as a form with a column per rank: the cells name the options.',
    'files.shape.list':
      'Read as a single question (checkboxes or ranking): the options are the names found in the cells.',
    'files.badRows.title':
      '{file}: {count} {count|row cannot be read|rows cannot be read} ({count|line|lines} {lines}).',
    'files.badRows.more':
      '{file}: more than {max} rows cannot be read. Is it the right file, with the right columns and the right kind of ballot? Here are the first {max}.',
    'files.badRows.leaveOut': 'Leave out {count} {count|row|rows} and count the rest',
    'files.summary.title': 'Ballots read',
    'files.summary.file': '{file}: {ballots} {ballots|ballot|ballots}',
    'files.summary.total': 'In all: {ballots} {ballots|ballot|ballots}, options: {options}.',
    'files.summary.leftOut': '{count} {count|row|rows} left out ({count|line|lines} {lines}).',
    'files.summary.count': 'Count: {ballots} {ballots|ballot|ballots}',
  },
});
