import { messageTable } from './table.ts';

/**
 * The chapter source compiler's messages (src/scenario/source): where a source line is wrong
 * and how to write it. Spread into the scenario table, so that formatIssue finds them.
 */
export const chapterSourceMessages = messageTable({
  fr: {
    'chapterSource.arg.boolean': '« {value} » : il faut true ou false.',
    'chapterSource.arg.json': 'Valeur JSON mal écrite : {value}',
    'chapterSource.arg.number': 'Un nombre entier est attendu ici (reçu : « {value} »).',
    'chapterSource.arg.twice': '« {arg} » est donné deux fois.',
    'chapterSource.arg.unknown': '« {arg} » n’est pas compris ici. Au choix : {allowed}.',
    'chapterSource.branch.case': 'Sous « branch », chaque ligne est « {…} -> section » ou « else -> section ».',
    'chapterSource.branch.form': '« branch » s’écrit seul sur sa ligne ; ses cas suivent, en retrait.',
    'chapterSource.cast.accessory': 'Accessoire inconnu « {value} ». Au choix : {allowed}.',
    'chapterSource.cast.gender':
      'Après l’espèce, écrivez « il » ou « elle » (reçu : « {value} ») : c’est la forme des humeurs, « (fier) » ou « (fière) ».',
    'chapterSource.option.gender':
      'Le genre d’une option s’écrit « gender=m » ou « gender=f » (reçu : « {value} ») : il sert à accorder les phrases (« élu » ou « élue »).',
    'chapterSource.cast.line':
      'Une ligne du fichier des personnages commence par « character id espèce il|elle … : Nom », ou « about: … » en retrait dessous.',
    'chapterSource.cast.species': 'Espèce inconnue « {value} ». Au choix : {allowed}.',
    'chapterSource.cast.twice': 'Le personnage « {id} » est déjà décrit plus haut : chaque personnage une seule fois.',
    'chapterSource.cast.unknown': '« {id} » n’est pas dans le fichier des personnages (scenarios/cast.txt).',
    'chapterSource.choice.fallbackForm': 'Un choix de repli s’écrit « * -> section », sans texte ni condition.',
    'chapterSource.choice.fallbackNever': 'Ce repli ne sera jamais pris : une option du choix est toujours proposée.',
    'chapterSource.condition.argument': 'Un identifiant est attendu ici dans la condition.',
    'chapterSource.condition.arity':
      'Mauvais nombre d’arguments : won(option, élection[, méthode]), method-chosen(méthode, élection), chose(choix, option), solved(id).',
    'chapterSource.condition.brace': 'Accolade « { » non fermée.',
    'chapterSource.condition.json': 'Cette condition en JSON est mal écrite.',
    'chapterSource.condition.missing': 'La condition s’arrête trop tôt.',
    'chapterSource.condition.mixed': '« and » et « or » ne se mélangent pas sans parenthèses : (a and b) or c.',
    'chapterSource.condition.number': 'Un nombre entier est attendu après la comparaison.',
    'chapterSource.condition.paren': 'Parenthèse ou virgule attendue ici.',
    'chapterSource.condition.unexpected': 'Condition incomprise à partir d’ici.',
    'chapterSource.condition.unknownCall': 'Fonction inconnue. Au choix : won, method-chosen, chose, solved.',
    'chapterSource.effect.invalid':
      'Effet incompris « {text} » : set drapeau, clear drapeau, variable += 1, variable = 0.',
    'chapterSource.electorate.grade': '« grade N: nom » se place sous un électorat qui a une échelle (scale=0..5).',
    'chapterSource.electorate.gradeOrder':
      'Les noms des notes vont de la plus basse à la plus haute : la note {expected} est attendue ici (reçu : {value}).',
    'chapterSource.electorate.scale': 'L’échelle s’écrit scale=0..5 (reçu : « {value} »).',
    'chapterSource.english.empty': 'Tableau anglais, ligne {line} : « {key} » n’a pas de texte.',
    'chapterSource.english.line': 'Tableau anglais, ligne {line} : une ligne s’écrit « id: texte anglais ».',
    'chapterSource.english.missing':
      'Pas encore d’anglais pour la ligne « {key} » : le jeu en anglais montre le français.',
    'chapterSource.english.untagged':
      'Pas encore d’anglais pour cette ligne, qui n’a pas d’identifiant : « npm run scenario -- tag » lui en donne un ({key}).',
    'chapterSource.english.twice': 'Tableau anglais, ligne {line} : « {key} » est déjà traduit ligne {first}.',
    'chapterSource.english.unused':
      'Tableau anglais, ligne {line} : « {key} » ne correspond à aucune ligne du chapitre.',
    'chapterSource.expect.seats': 'Sièges mal écrits « {value} » : seats=dune:7,port:6.',
    'chapterSource.goto.target': 'Après « -> », le nom d’une section est attendu (reçu : « {id} »).',
    'chapterSource.group.twice': 'Le groupe « {id} » est déjà défini plus haut.',
    'chapterSource.header.form': '« {word}: … » s’écrit seul en début de ligne, suivi de sa valeur.',
    'chapterSource.header.variable':
      'Variable mal écrite «\u00a0{text}\u00a0»\u00a0; elle s’écrit par exemple «\u00a0variables: idées = 0\u00a0».',
    'chapterSource.id.invalid': 'Identifiant invalide « {id} » : minuscules, chiffres, - ou _.',
    'chapterSource.id.missing': 'Un identifiant est attendu ici.',
    'chapterSource.mood.unknown': 'Humeur inconnue « {mood} ». Au choix : {allowed}.',
    'chapterSource.move.with': '« move lieu » se complète par « with perso1, perso2 ».',
    'chapterSource.puzzle.kind': 'Une énigme dit son genre : kind=find-method, change-ballots ou add-spoiler.',
    'chapterSource.puzzle.line': 'Sous une énigme : « hint: … », « on solved ~ … » ou « on failed ~ … ».',
    'chapterSource.quiz.answer':
      'Une réponse commence par « + » (juste), « - » (fausse) ou « {…} » (juste si elle est vraie).',
    'chapterSource.quiz.feedback': '« > … » donne le retour d’une réponse : il se place juste sous elle, une fois.',
    'chapterSource.section.empty': 'La section « {id} » ne contient aucune étape.',
    'chapterSource.section.id': 'Nom de section invalide « {id} » : minuscules, chiffres, - ou _.',
    'chapterSource.section.twoIds':
      'La section « {section} » précède une étape qui a déjà un nom « {id} » : gardez-en un seul.',
    'chapterSource.speaker.unknown':
      '« {name} » n’est pas un personnage de ce chapitre ({known}). Pour de la narration, mettez une espace avant « : » ou commencez la ligne par « \\ ».',
    'chapterSource.syntax.brackets': 'Crochet, accolade ou guillemet non fermé.',
    'chapterSource.tag.conflict': 'L’identifiant de ligne « {tag} » est déjà pris ligne {first} par un autre texte.',
    'chapterSource.tag.invalid': 'Identifiant de ligne invalide « #line:{tag} » : lettres, chiffres, ., - ou _.',
    'chapterSource.tag.notText': 'Cette ligne n’a pas de texte à traduire : retirez « #line: ».',
    'chapterSource.text.empty': 'Ce texte est vide.',
    'chapterSource.text.missing': 'Il manque le texte, après « : ».',
    'chapterSource.voter.form':
      'Une ligne d’électorat s’écrit « id: préférence » (un personnage) ou « nombre id: préférence » (un groupe).',
    'chapterSource.voter.preference':
      'Préférence incomprise « {text} » : a > b > c, a=5 b=2, at 20 60 ou approves a b.',
    'chapterSource.voter.strategy': 'Stratégie incomprise « {value} ». Au choix : {allowed}.',
    'chapterSource.voter.unknown':
      '« {id} » n’est ni un personnage du chapitre (cast:) ni un groupe : un groupe a un nombre devant son id.',
    'chapterSource.cli.tagged': '{file} : {count} {count|ligne identifiée|lignes identifiées}.',
    'chapterSource.cli.compiled': '{file} écrit.',
    'chapterSource.cli.created': '{file} créé : ouvrez-le, puis lancez « npm run scenario -- play {file} ».',
    'chapterSource.cli.exists': '{file} existe déjà : rien n’a été écrit.',
  },
  en: {
    'chapterSource.arg.boolean': '“{value}”: write true or false.',
    'chapterSource.arg.json': 'Badly written JSON value: {value}',
    'chapterSource.arg.number': 'A whole number is needed here (got “{value}”).',
    'chapterSource.arg.twice': '“{arg}” is given twice.',
    'chapterSource.arg.unknown': '“{arg}” is not understood here. Allowed: {allowed}.',
    'chapterSource.branch.case': 'Under “branch”, each line is “{…} -> section” or “else -> section”.',
    'chapterSource.branch.form': '“branch” stands alone on its line; its cases follow, indented.',
    'chapterSource.cast.accessory': 'Unknown accessory “{value}”. Allowed: {allowed}.',
    'chapterSource.cast.gender':
      'After the species, write “il” or “elle” (got “{value}”): it gives French moods their form, “(fier)” or “(fière)”.',
    'chapterSource.option.gender':
      'An option’s gender is written “gender=m” or “gender=f” (got “{value}”): French sentences agree with it (“élu” or “élue”).',
    'chapterSource.cast.line':
      'A line of the cast file starts with “character id species il|elle …: Name”, or “about: …” indented below.',
    'chapterSource.cast.species': 'Unknown species “{value}”. Allowed: {allowed}.',
    'chapterSource.cast.twice': 'The character “{id}” is already described above: each character once.',
    'chapterSource.cast.unknown': '“{id}” is not in the cast file (scenarios/cast.txt).',
    'chapterSource.choice.fallbackForm': 'A fallback choice is written “* -> section”, without text or condition.',
    'chapterSource.choice.fallbackNever': 'This fallback is never taken: one option of the choice is always offered.',
    'chapterSource.condition.argument': 'An id is needed here in the condition.',
    'chapterSource.condition.arity':
      'Wrong number of arguments: won(option, election[, method]), method-chosen(method, election), chose(choice, option), solved(id).',
    'chapterSource.condition.brace': 'Unclosed brace “{”.',
    'chapterSource.condition.json': 'This JSON condition is badly written.',
    'chapterSource.condition.missing': 'The condition stops too early.',
    'chapterSource.condition.mixed': '“and” and “or” do not mix without parentheses: (a and b) or c.',
    'chapterSource.condition.number': 'A whole number is needed after the comparison.',
    'chapterSource.condition.paren': 'A parenthesis or a comma is needed here.',
    'chapterSource.condition.unexpected': 'Condition not understood from here.',
    'chapterSource.condition.unknownCall': 'Unknown function. Allowed: won, method-chosen, chose, solved.',
    'chapterSource.effect.invalid':
      'Effect not understood “{text}”: set flag, clear flag, variable += 1, variable = 0.',
    'chapterSource.electorate.grade': '“grade N: name” goes under an electorate that has a scale (scale=0..5).',
    'chapterSource.electorate.gradeOrder':
      'Grade names go from the lowest to the highest: grade {expected} is expected here (got {value}).',
    'chapterSource.electorate.scale': 'The scale is written scale=0..5 (got “{value}”).',
    'chapterSource.english.empty': 'English table, line {line}: “{key}” has no text.',
    'chapterSource.english.line': 'English table, line {line}: a line is written “id: English text”.',
    'chapterSource.english.missing': 'No English yet for the line “{key}”: the English game shows the French.',
    'chapterSource.english.untagged':
      'No English yet for this line, which has no id: “npm run scenario -- tag” gives it one ({key}).',
    'chapterSource.english.twice': 'English table, line {line}: “{key}” is already translated on line {first}.',
    'chapterSource.english.unused': 'English table, line {line}: “{key}” matches no line of the chapter.',
    'chapterSource.expect.seats': 'Badly written seats “{value}”: seats=dune:7,port:6.',
    'chapterSource.goto.target': 'After “->”, the name of a section is needed (got “{id}”).',
    'chapterSource.group.twice': 'The group “{id}” is already defined above.',
    'chapterSource.header.form': '“{word}: …” stands alone at the start of a line, followed by its value.',
    'chapterSource.header.variable': 'Badly written variable “{text}”; write it for example “variables: ideas = 0”.',
    'chapterSource.id.invalid': 'Invalid id “{id}”: lowercase letters, digits, - or _.',
    'chapterSource.id.missing': 'An id is needed here.',
    'chapterSource.mood.unknown': 'Unknown mood “{mood}”. Allowed: {allowed}.',
    'chapterSource.move.with': '“move place” is followed by “with character1, character2”.',
    'chapterSource.puzzle.kind': 'A puzzle says its kind: kind=find-method, change-ballots or add-spoiler.',
    'chapterSource.puzzle.line': 'Under a puzzle: “hint: …”, “on solved ~ …” or “on failed ~ …”.',
    'chapterSource.quiz.answer': 'An answer starts with “+” (right), “-” (wrong) or “{…}” (right when it holds).',
    'chapterSource.quiz.feedback': '“> …” gives an answer’s feedback: it goes just below that answer, once.',
    'chapterSource.section.empty': 'The section “{id}” has no step.',
    'chapterSource.section.id': 'Invalid section name “{id}”: lowercase letters, digits, - or _.',
    'chapterSource.section.twoIds':
      'The section “{section}” comes before a step that already has a name “{id}”: keep only one.',
    'chapterSource.speaker.unknown':
      '“{name}” is not a character of this chapter ({known}). For narration, put a space before “:” or start the line with “\\”.',
    'chapterSource.syntax.brackets': 'Unclosed bracket, brace or quote.',
    'chapterSource.tag.conflict': 'The line id “{tag}” is already taken on line {first} by another text.',
    'chapterSource.tag.invalid': 'Invalid line id “#line:{tag}”: letters, digits, ., - or _.',
    'chapterSource.tag.notText': 'This line has no text to translate: remove “#line:”.',
    'chapterSource.text.empty': 'This text is empty.',
    'chapterSource.text.missing': 'The text is missing, after “:”.',
    'chapterSource.voter.form':
      'An electorate line is written “id: preference” (a character) or “number id: preference” (a group).',
    'chapterSource.voter.preference':
      'Preference not understood “{text}”: a > b > c, a=5 b=2, at 20 60 or approves a b.',
    'chapterSource.voter.strategy': 'Strategy not understood “{value}”. Allowed: {allowed}.',
    'chapterSource.voter.unknown':
      '“{id}” is neither a character of the chapter (cast:) nor a group: a group has a number before its id.',
    'chapterSource.cli.tagged': '{file}: {count} {count|line|lines} given an id.',
    'chapterSource.cli.compiled': '{file} written.',
    'chapterSource.cli.created': '{file} created: open it, then run “npm run scenario -- play {file}”.',
    'chapterSource.cli.exists': '{file} already exists: nothing was written.',
  },
});
