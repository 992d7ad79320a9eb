import { messageTable } from './table.ts';

/**
 * Messages of the ballot-file readers and writers (src/voting/io). Every reader error says
 * where it is: the file, the line and, for JSON, the column (docs/ballot-files.md).
 */
export const ioMessages = messageTable({
  fr: {
    // Whole file
    'io.file.empty': '{file} : le fichier est vide.',
    'io.file.tooLarge':
      '{file} : le fichier est trop gros pour être lu ({size} millions de caractères ; au plus {limit} millions).',
    'io.file.tooDeep': '{file} : le fichier contient des valeurs trop imbriquées pour être lues.',
    'io.file.unknownFormat':
      '{file} : format inconnu « {format} » (formats connus : json, csv, soc, soi, toc, toi, blt).',
    // Limits (docs/voting-rules.md §10), at the line where the limit is passed
    'io.file.votersLimit':
      '{file}, ligne {line} : le nombre total d’électeurs atteint ici {value} ; le moteur en compte au plus {limit}.',
    'io.file.tooManyCells':
      '{file}, ligne {line} : trop de bulletins différents pour {candidates} candidats ({groups} bulletins différents × {candidates} candidats dépasse {limit}).',
    'io.file.gradeLimit':
      '{file}, ligne {line} : les notes doivent être comprises entre {min} et {max} (reçu : {value}).',
    // Big files read line by line (docs/ballot-files.md, "Limits")
    'io.file.groupsLimit':
      '{file}, ligne {line}\u00a0: trop de bulletins différents ({groups} ici)\u00a0; un fichier en contient au plus {limit}. Regroupez les bulletins identiques ou découpez le fichier.',
    'io.preflib.headerAfterOrders':
      '{file}, ligne {line}\u00a0: la ligne d’en-tête «\u00a0{key}\u00a0» vient après les premiers ordres\u00a0; placez-la avec l’en-tête, avant les ordres.',
    // JSON: syntax (line and column of the problem)
    'io.json.syntax': '{file}, ligne {line}, colonne {column} : le JSON est mal formé.',
    'io.json.unexpected':
      '{file}, ligne {line}, colonne {column} : caractère inattendu (les textes s’écrivent entre guillemets droits "…").',
    'io.json.badNumber': '{file}, ligne {line}, colonne {column} : nombre mal écrit.',
    'io.json.propertyExpected':
      '{file}, ligne {line}, colonne {column} : un nom de clé entre guillemets est attendu (une virgule en trop ?).',
    'io.json.valueExpected':
      '{file}, ligne {line}, colonne {column} : une valeur est attendue (une virgule en trop ou une valeur oubliée ?).',
    'io.json.colonExpected': '{file}, ligne {line}, colonne {column} : il manque « : » après le nom de la clé.',
    'io.json.commaExpected': '{file}, ligne {line}, colonne {column} : il manque une virgule.',
    'io.json.closeBraceExpected': '{file}, ligne {line}, colonne {column} : il manque une accolade fermante « } ».',
    'io.json.closeBracketExpected': '{file}, ligne {line}, colonne {column} : il manque un crochet fermant « ] ».',
    'io.json.afterEnd': '{file}, ligne {line}, colonne {column} : du texte suit la fin de l’objet JSON.',
    'io.json.comment': '{file}, ligne {line}, colonne {column} : les commentaires ne sont pas permis en JSON.',
    'io.json.unclosedString': '{file}, ligne {line}, colonne {column} : un texte n’a pas de guillemet fermant.',
    'io.json.badEscape': '{file}, ligne {line}, colonne {column} : séquence d’échappement invalide après « \\ ».',
    'io.json.badCharacter':
      '{file}, ligne {line}, colonne {column} : caractère interdit dans un texte (un retour à la ligne s’écrit \\n, une tabulation \\t).',
    // JSON: content (line and column of the bad value)
    'io.json.notObject':
      '{file}, ligne {line}, colonne {column} : le fichier doit contenir un seul objet {"candidates": …, "ballots": …}.',
    'io.json.missingKey': '{file}, ligne {line}, colonne {column} : la clé « {key} » manque.',
    'io.json.title': '{file}, ligne {line}, colonne {column} : « title » doit être un texte.',
    'io.json.seats':
      '{file}, ligne {line}, colonne {column} : « seats » doit être un entier d’au moins 1 (reçu : {value}).',
    'io.json.mixedKinds':
      '{file}, ligne {line}, colonne {column} : ce bulletin doit avoir « {expected} », comme le premier (on ne mélange pas classements et notes).',
    'io.json.noScale':
      '{file}, ligne {line}, colonne {column} : des bulletins de notes demandent une échelle, par exemple "grade_scale": {"min": 0, "max": 5}.',
    'io.json.invalid': '{file}, ligne {line}, colonne {column} : valeur invalide ({code}).',
    'io.json.candidatesNotList': '{file}, ligne {line}, colonne {column} : « candidates » doit être une liste de noms.',
    'io.json.candidateName': '{file}, ligne {line}, colonne {column} : un nom de candidat doit être un texte non vide.',
    'io.json.duplicateCandidate': '{file}, ligne {line}, colonne {column} : le candidat « {name} » figure deux fois.',
    'io.json.tooManyCandidatesTotal':
      '{file}, ligne {line}, colonne {column} : il y a trop de candidats (au plus {limit}).',
    'io.json.ballotCount':
      '{file}, ligne {line}, colonne {column} : « count » doit être un entier d’au moins 1 (reçu : {value}).',
    'io.json.ballotsNotList': '{file}, ligne {line}, colonne {column} : « ballots » doit être une liste.',
    'io.json.rankingMissing':
      '{file}, ligne {line}, colonne {column} : un bulletin classé doit contenir une liste « ranking ».',
    'io.json.rankingEntry':
      '{file}, ligne {line}, colonne {column} : chaque rang doit être un nom ou une liste de noms.',
    'io.json.unknownCandidate':
      '{file}, ligne {line}, colonne {column} : candidat inconnu « {name} » (absent de « candidates »).',
    'io.json.rankedTwice':
      '{file}, ligne {line}, colonne {column} : le candidat « {name} » est classé deux fois sur ce bulletin.',
    'io.json.gradeScale':
      '{file}, ligne {line}, colonne {column} : « grade_scale » doit avoir des bornes entières avec min < max.',
    'io.json.threshold': '{file}, ligne {line}, colonne {column} : « approval_threshold » doit être un entier.',
    'io.json.defaultGrade':
      '{file}, ligne {line}, colonne {column} : « default_grade » doit être une note de l’échelle.',
    'io.json.gradesMissing':
      '{file}, ligne {line}, colonne {column} : un bulletin de notes doit contenir un objet « grades ».',
    'io.json.gradeRange':
      '{file}, ligne {line}, colonne {column} : une note doit être un entier de {min} à {max} (reçu : {value}).',
    'io.json.votersLimit':
      '{file}, ligne {line}, colonne {column} : le nombre total d’électeurs atteint ici {value} ; le moteur en compte au plus {limit}.',
    'io.json.tooManyCells':
      '{file}, ligne {line}, colonne {column} : trop de bulletins différents pour {candidates} candidats ({groups} bulletins différents × {candidates} candidats dépasse {limit}).',
    'io.json.gradeLimit':
      '{file}, ligne {line}, colonne {column} : les notes et les bornes de l’échelle doivent être comprises entre {min} et {max} (reçu : {value}).',
    'io.json.ungraded':
      '{file}, ligne {line}, colonne {column} : le candidat « {name} » n’a pas de note et le fichier ne donne pas de note par défaut (« default_grade »).',
    // CSV (line of the row; the column is named by its candidate)
    'io.csv.quote': '{file}, ligne {line} : un guillemet n’est pas refermé.',
    'io.csv.noCandidates': '{file}, ligne {line} : la première ligne doit donner les noms des candidats.',
    'io.csv.noHeader':
      '{file}, ligne {line} : la première ligne doit donner les noms des candidats (elle ne contient ici que des nombres).',
    'io.csv.emptyHeader': '{file}, ligne {line} : la colonne {index} n’a pas de nom de candidat.',
    'io.csv.duplicateCandidate': '{file}, ligne {line} : le candidat « {candidate} » a deux colonnes.',
    'io.csv.twoCountColumns':
      '{file}, ligne {line} : il y a deux colonnes de nombres de bulletins (« {first} » et « {second} »).',
    'io.csv.extraCell':
      '{file}, ligne {line} : la cellule « {value} » est hors des colonnes de l’en-tête (colonne {index}).',
    'io.csv.notARank': '{file}, ligne {line} : « {value} » n’est pas un rang (colonne « {candidate} »).',
    'io.csv.rankBelowOne':
      '{file}, ligne {line} : le rang {value} est impossible : le premier rang est 1 (colonne « {candidate} »).',
    'io.csv.notAGrade': '{file}, ligne {line} : « {value} » n’est pas une note entière (colonne « {candidate} »).',
    'io.csv.gradeOffScale':
      '{file}, ligne {line} : la note {value} est hors de l’échelle de {min} à {max} (colonne « {candidate} »).',
    'io.csv.gradeLimit':
      '{file}, ligne {line} : la note {value} dépasse les limites : les notes vont de {min} à {max} (colonne « {candidate} »).',
    'io.csv.missingGrade':
      '{file}, ligne {line} : la note manque (colonne « {candidate} ») ; sans note par défaut, chaque case doit être remplie.',
    'io.csv.badCount':
      '{file}, ligne {line} : « {value} » n’est pas un nombre de bulletins, entier d’au moins 1 (colonne « {header} »).',
    'io.csv.tooManyCandidates': '{file}, ligne {line} : il y a trop de candidats (au plus {limit}).',
    // PrefLib .soc .soi .toc .toi
    'io.preflib.badLine':
      '{file}, ligne {line} : ligne mal formée ; on attend « nombre: a,b,{c,d} », par exemple « 3: 2,1,{3,4} ».',
    'io.preflib.badCount': '{file}, ligne {line} : « {value} » n’est pas un nombre de bulletins (entier d’au moins 1).',
    'io.preflib.badAlternative': '{file}, ligne {line} : « {value} » n’est pas un numéro de candidat (de 1 à {max}).',
    'io.preflib.rankedTwice': '{file}, ligne {line} : le candidat « {candidate} » figure deux fois sur ce bulletin.',
    'io.preflib.badNameIndex':
      '{file}, ligne {line} : « {value} » n’est pas un numéro de candidat (de 1 à {max}) pour « ALTERNATIVE NAME ».',
    'io.preflib.nameTwice': '{file}, ligne {line} : le candidat numéro {index} a deux lignes « ALTERNATIVE NAME ».',
    'io.preflib.emptyName': '{file}, ligne {line} : le candidat numéro {index} a un nom vide.',
    'io.preflib.duplicateName': '{file}, ligne {line} : deux candidats s’appellent « {candidate} ».',
    'io.preflib.missingName':
      '{file}, ligne {line} : le candidat numéro {index} n’a pas de ligne « # ALTERNATIVE NAME {index}: … ».',
    'io.preflib.noCandidates':
      '{file}, ligne {line} : aucun candidat : il faut des lignes « # ALTERNATIVE NAME 1: … » ou « # NUMBER ALTERNATIVES: … ».',
    'io.preflib.numberAlternatives':
      '{file}, ligne {line} : « NUMBER ALTERNATIVES » doit être un entier d’au moins 1 (reçu : {value}).',
    'io.preflib.unnamedCandidates':
      '{file}, ligne {line} : le fichier annonce {value} candidats sans les nommer ; sans lignes « # ALTERNATIVE NAME », il en accepte au plus {limit}.',
    // BLT
    'io.blt.header':
      '{file}, ligne {line} : la première ligne doit donner le nombre de candidats puis le nombre de sièges, par exemple « 4 2 ».',
    'io.blt.notEnoughLines':
      '{file}, ligne {line} : l’en-tête annonce {candidates} candidats mais le fichier n’a que {lines} lignes ; il faut une ligne « 0 » et une ligne de nom par candidat.',
    'io.blt.withdrawn': '{file}, ligne {line} : « {value} » n’est pas un candidat retiré (de -1 à -{max}).',
    'io.blt.badWeight': '{file}, ligne {line} : « {value} » n’est pas un poids de bulletin (entier d’au moins 1).',
    'io.blt.badCandidate':
      '{file}, ligne {line} : « {value} » n’est pas un numéro de candidat (de 1 à {max} ; « 1=3 » pour un rang partagé).',
    'io.blt.rankedTwice': '{file}, ligne {line} : le candidat numéro {value} figure deux fois sur ce bulletin.',
    'io.blt.lineEnd': '{file}, ligne {line} : un bulletin doit finir par 0.',
    'io.blt.missingTerminator':
      '{file}, ligne {line} : la liste des bulletins doit finir par une ligne « 0 » avant les noms.',
    'io.blt.missingNames':
      '{file}, ligne {line} : il manque des noms de candidats : {expected} attendus, {found} trouvés.',
    'io.blt.badName': '{file}, ligne {line} : un nom doit être écrit entre guillemets droits (reçu : {value}).',
    'io.blt.duplicateName': '{file}, ligne {line} : deux candidats s’appellent « {candidate} ».',
    // Writers (no location: the profile cannot be written in that format)
    'io.write.badName':
      'Le nom « {name} » ne peut pas être écrit au format {format} (espace au début ou à la fin, retour à la ligne ou guillemet droit).',
    'io.write.reservedName':
      '« {name} » ne peut pas être un nom de candidat dans un CSV : c’est le titre de la colonne du nombre de bulletins.',
    'io.write.numericNames':
      'Dans un CSV, les noms des candidats ne peuvent pas être tous des nombres : la ligne d’en-tête serait prise pour un bulletin.',
    'io.write.rankedOnly': 'Le format {format} ne contient que des bulletins classés.',
    'io.write.noCandidates': 'Le format {format} demande au moins un candidat.',
  },
  en: {
    // Whole file
    'io.file.empty': '{file}: the file is empty.',
    'io.file.tooLarge': '{file}: the file is too large to read ({size} million characters; at most {limit} million).',
    'io.file.tooDeep': '{file}: the file holds values nested too deeply to be read.',
    'io.file.unknownFormat': '{file}: unknown format "{format}" (known formats: json, csv, soc, soi, toc, toi, blt).',
    // Limits (docs/voting-rules.md §10), at the line where the limit is passed
    'io.file.votersLimit':
      '{file}, line {line}: the total number of voters reaches {value} here; the engine counts at most {limit}.',
    'io.file.tooManyCells':
      '{file}, line {line}: too many different ballots for {candidates} candidates ({groups} different ballots × {candidates} candidates is more than {limit}).',
    'io.file.gradeLimit': '{file}, line {line}: grades must lie between {min} and {max} (got: {value}).',
    // Big files read line by line (docs/ballot-files.md, "Limits")
    'io.file.groupsLimit':
      '{file}, line {line}: too many different ballots ({groups} here); a file holds at most {limit}. Group identical ballots or split the file.',
    'io.preflib.headerAfterOrders':
      '{file}, line {line}: the header line "{key}" comes after the first orders; put it with the header, before the orders.',
    // JSON: syntax (line and column of the problem)
    'io.json.syntax': '{file}, line {line}, column {column}: the JSON is malformed.',
    'io.json.unexpected':
      '{file}, line {line}, column {column}: unexpected character (text must be written between straight double quotes "…").',
    'io.json.badNumber': '{file}, line {line}, column {column}: badly written number.',
    'io.json.propertyExpected':
      '{file}, line {line}, column {column}: a quoted key name is expected (an extra comma?).',
    'io.json.valueExpected':
      '{file}, line {line}, column {column}: a value is expected (an extra comma or a missing value?).',
    'io.json.colonExpected': '{file}, line {line}, column {column}: a ":" is missing after the key name.',
    'io.json.commaExpected': '{file}, line {line}, column {column}: a comma is missing.',
    'io.json.closeBraceExpected': '{file}, line {line}, column {column}: a closing brace "}" is missing.',
    'io.json.closeBracketExpected': '{file}, line {line}, column {column}: a closing bracket "]" is missing.',
    'io.json.afterEnd': '{file}, line {line}, column {column}: there is text after the end of the JSON object.',
    'io.json.comment': '{file}, line {line}, column {column}: comments are not allowed in JSON.',
    'io.json.unclosedString': '{file}, line {line}, column {column}: some text has no closing quote.',
    'io.json.badEscape': '{file}, line {line}, column {column}: invalid escape sequence after "\\".',
    'io.json.badCharacter':
      '{file}, line {line}, column {column}: character not allowed in text (write a line break as \\n, a tab as \\t).',
    // JSON: content (line and column of the bad value)
    'io.json.notObject':
      '{file}, line {line}, column {column}: the file must hold one object {"candidates": …, "ballots": …}.',
    'io.json.missingKey': '{file}, line {line}, column {column}: the key "{key}" is missing.',
    'io.json.title': '{file}, line {line}, column {column}: "title" must be text.',
    'io.json.seats':
      '{file}, line {line}, column {column}: "seats" must be a whole number of at least 1 (got: {value}).',
    'io.json.mixedKinds':
      '{file}, line {line}, column {column}: this ballot must have "{expected}", like the first one (rankings and grades do not mix).',
    'io.json.noScale':
      '{file}, line {line}, column {column}: graded ballots need a scale, for example "grade_scale": {"min": 0, "max": 5}.',
    'io.json.invalid': '{file}, line {line}, column {column}: invalid value ({code}).',
    'io.json.candidatesNotList': '{file}, line {line}, column {column}: "candidates" must be a list of names.',
    'io.json.candidateName': '{file}, line {line}, column {column}: a candidate name must be non-empty text.',
    'io.json.duplicateCandidate': '{file}, line {line}, column {column}: candidate "{name}" is listed twice.',
    'io.json.tooManyCandidatesTotal':
      '{file}, line {line}, column {column}: there are too many candidates (at most {limit}).',
    'io.json.ballotCount':
      '{file}, line {line}, column {column}: "count" must be a whole number of at least 1 (got: {value}).',
    'io.json.ballotsNotList': '{file}, line {line}, column {column}: "ballots" must be a list.',
    'io.json.rankingMissing': '{file}, line {line}, column {column}: a ranked ballot needs a "ranking" list.',
    'io.json.rankingEntry': '{file}, line {line}, column {column}: each rank must be a name or a list of names.',
    'io.json.unknownCandidate':
      '{file}, line {line}, column {column}: unknown candidate "{name}" (not in "candidates").',
    'io.json.rankedTwice': '{file}, line {line}, column {column}: candidate "{name}" is ranked twice on this ballot.',
    'io.json.gradeScale':
      '{file}, line {line}, column {column}: "grade_scale" needs whole-number bounds with min < max.',
    'io.json.threshold': '{file}, line {line}, column {column}: "approval_threshold" must be a whole number.',
    'io.json.defaultGrade': '{file}, line {line}, column {column}: "default_grade" must be a grade of the scale.',
    'io.json.gradesMissing': '{file}, line {line}, column {column}: a graded ballot needs a "grades" object.',
    'io.json.gradeRange':
      '{file}, line {line}, column {column}: a grade must be a whole number from {min} to {max} (got: {value}).',
    'io.json.votersLimit':
      '{file}, line {line}, column {column}: the total number of voters reaches {value} here; the engine counts at most {limit}.',
    'io.json.tooManyCells':
      '{file}, line {line}, column {column}: too many different ballots for {candidates} candidates ({groups} different ballots × {candidates} candidates is more than {limit}).',
    'io.json.gradeLimit':
      '{file}, line {line}, column {column}: grades and the ends of the grade scale must lie between {min} and {max} (got: {value}).',
    'io.json.ungraded':
      '{file}, line {line}, column {column}: candidate "{name}" has no grade and the file gives no default grade ("default_grade").',
    // CSV (line of the row; the column is named by its candidate)
    'io.csv.quote': '{file}, line {line}: a quotation mark is never closed.',
    'io.csv.noCandidates': '{file}, line {line}: the first row must give the names of the candidates.',
    'io.csv.noHeader':
      '{file}, line {line}: the first row must give the names of the candidates (this one holds only numbers).',
    'io.csv.emptyHeader': '{file}, line {line}: column {index} has no candidate name.',
    'io.csv.duplicateCandidate': '{file}, line {line}: candidate "{candidate}" has two columns.',
    'io.csv.twoCountColumns': '{file}, line {line}: there are two columns of ballot counts ("{first}" and "{second}").',
    'io.csv.extraCell': '{file}, line {line}: cell "{value}" is outside the header\'s columns (column {index}).',
    'io.csv.notARank': '{file}, line {line}: "{value}" is not a rank (column "{candidate}").',
    'io.csv.rankBelowOne':
      '{file}, line {line}: rank {value} is impossible: the first rank is 1 (column "{candidate}").',
    'io.csv.notAGrade': '{file}, line {line}: "{value}" is not a whole-number grade (column "{candidate}").',
    'io.csv.gradeOffScale':
      '{file}, line {line}: grade {value} is outside the scale from {min} to {max} (column "{candidate}").',
    'io.csv.gradeLimit':
      '{file}, line {line}: grade {value} is beyond the limits: grades go from {min} to {max} (column "{candidate}").',
    'io.csv.missingGrade':
      '{file}, line {line}: the grade is missing (column "{candidate}"); without a default grade every cell must be filled.',
    'io.csv.badCount':
      '{file}, line {line}: "{value}" is not a ballot count, a whole number of at least 1 (column "{header}").',
    'io.csv.tooManyCandidates': '{file}, line {line}: there are too many candidates (at most {limit}).',
    // PrefLib .soc .soi .toc .toi
    'io.preflib.badLine':
      '{file}, line {line}: malformed line; expected "count: a,b,{c,d}", for example "3: 2,1,{3,4}".',
    'io.preflib.badCount': '{file}, line {line}: "{value}" is not a ballot count (a whole number of at least 1).',
    'io.preflib.badAlternative': '{file}, line {line}: "{value}" is not a candidate number (from 1 to {max}).',
    'io.preflib.rankedTwice': '{file}, line {line}: candidate "{candidate}" appears twice on this ballot.',
    'io.preflib.badNameIndex':
      '{file}, line {line}: "{value}" is not a candidate number (from 1 to {max}) for "ALTERNATIVE NAME".',
    'io.preflib.nameTwice': '{file}, line {line}: candidate number {index} has two "ALTERNATIVE NAME" lines.',
    'io.preflib.emptyName': '{file}, line {line}: candidate number {index} has an empty name.',
    'io.preflib.duplicateName': '{file}, line {line}: two candidates are called "{candidate}".',
    'io.preflib.missingName':
      '{file}, line {line}: candidate number {index} has no "# ALTERNATIVE NAME {index}: …" line.',
    'io.preflib.noCandidates':
      '{file}, line {line}: no candidates: the file needs "# ALTERNATIVE NAME 1: …" or "# NUMBER ALTERNATIVES: …" lines.',
    'io.preflib.numberAlternatives':
      '{file}, line {line}: "NUMBER ALTERNATIVES" must be a whole number of at least 1 (got: {value}).',
    'io.preflib.unnamedCandidates':
      '{file}, line {line}: the file declares {value} candidates without naming them; without "# ALTERNATIVE NAME" lines it accepts at most {limit}.',
    // BLT
    'io.blt.header':
      '{file}, line {line}: the first line must give the number of candidates and then the number of seats, for example "4 2".',
    'io.blt.notEnoughLines':
      '{file}, line {line}: the header declares {candidates} candidates but the file has only {lines} lines; it needs a "0" line and one name line per candidate.',
    'io.blt.withdrawn': '{file}, line {line}: "{value}" is not a withdrawn candidate (from -1 to -{max}).',
    'io.blt.badWeight': '{file}, line {line}: "{value}" is not a ballot weight (a whole number of at least 1).',
    'io.blt.badCandidate':
      '{file}, line {line}: "{value}" is not a candidate number (from 1 to {max}; "1=3" for a shared rank).',
    'io.blt.rankedTwice': '{file}, line {line}: candidate number {value} appears twice on this ballot.',
    'io.blt.lineEnd': '{file}, line {line}: a ballot must end with 0.',
    'io.blt.missingTerminator': '{file}, line {line}: the list of ballots must end with a "0" line before the names.',
    'io.blt.missingNames': '{file}, line {line}: candidate names are missing: {expected} expected, {found} found.',
    'io.blt.badName': '{file}, line {line}: a name must be written between straight double quotes (got: {value}).',
    'io.blt.duplicateName': '{file}, line {line}: two candidates are called "{candidate}".',
    // Writers (no location: the profile cannot be written in that format)
    'io.write.badName':
      'The name "{name}" cannot be written in the {format} format (space at the start or end, line break or straight quote).',
    'io.write.reservedName':
      '"{name}" cannot be a candidate name in a CSV file: it is the title of the ballot-count column.',
    'io.write.numericNames':
      'In a CSV file the candidate names cannot all be numbers: the header row would look like a ballot.',
    'io.write.rankedOnly': 'The {format} format holds ranked ballots only.',
    'io.write.noCandidates': 'The {format} format needs at least one candidate.',
  },
});
