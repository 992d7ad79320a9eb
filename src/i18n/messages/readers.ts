import { messageTable } from './table.ts';

/**
 * Messages of honest reading (docs/ballot-files.md, docs/voting-rules.md §10): names that
 * print safely and apart, what a reader decided (ranks or grades) or noticed (no ballots),
 * refusals of files that say one thing and hold another, and the scenarios' work bound.
 */
export const readerMessages = messageTable({
  fr: {
    'error.candidateBlank': 'Le candidat {index} a un nom vide (rien que des espaces ou des caractères invisibles).',
    'error.candidateUnsafe':
      'Le nom « {name} » contient {char}, un caractère de contrôle ou de sens d’écriture : il s’afficherait autrement qu’il n’est écrit.',
    'error.candidatesLookAlike':
      '« {name} » et « {other} » s’afficheraient de la même façon (ils diffèrent par {char}) : donnez-leur des noms bien distincts.',
    'io.name.blank':
      '{file}, ligne {line} : le candidat {index} a un nom vide (rien que des espaces ou des caractères invisibles).',
    'io.name.unsafe':
      '{file}, ligne {line} : le nom « {name} » contient {char}, un caractère de contrôle ou de sens d’écriture : il s’afficherait autrement qu’il n’est écrit.',
    'io.name.lookAlike':
      '{file}, ligne {line} : « {name} » et « {other} » s’afficheraient de la même façon (ils diffèrent par {char}) : donnez-leur des noms bien distincts.',
    'io.json.candidateBlank':
      '{file}, ligne {line}, colonne {column} : le candidat {index} a un nom vide (rien que des espaces ou des caractères invisibles).',
    'io.json.candidateUnsafe':
      '{file}, ligne {line}, colonne {column} : le nom « {name} » contient {char}, un caractère de contrôle ou de sens d’écriture : il s’afficherait autrement qu’il n’est écrit.',
    'io.json.candidatesLookAlike':
      '{file}, ligne {line}, colonne {column} : « {name} » et « {other} » s’afficheraient de la même façon (ils diffèrent par {char}) : donnez-leur des noms bien distincts.',
    'io.note.readAsGrades': '{file} : lu comme des notes : la plus haute est la meilleure.',
    'io.note.readAsRanks': '{file} : lu comme des rangs : 1 est le premier.',
    'io.note.noBallots':
      '{file}, ligne {line} : attention, le fichier nomme {candidates} {candidates|candidat|candidats} mais ne contient aucun bulletin.',
    'io.csv.ranksFromZero':
      '{file}, ligne {line} : chaque ligne numérote les candidats de 0 à {max}, or les rangs commencent à 1 (ajoutez 1 à chaque case) ; s’il s’agit de notes, dites-le (tally --kind graded).',
    'io.json.duplicateKey':
      '{file}, ligne {line}, colonne {column} : la clé « {key} » figure deux fois dans le même objet (JSON garderait la dernière sans rien dire).',
    'io.preflib.notComplete':
      '{file}, ligne {line} : le fichier se déclare « {type} » (ordres complets) mais cet ordre ne classe que {ranked} {ranked|candidat|candidats} sur {candidates}.',
    'io.preflib.headerNumber':
      '{file}, ligne {line}\u00a0: «\u00a0{key}\u00a0» doit être un nombre entier, pas «\u00a0{value}\u00a0».',
    'io.preflib.votersDisagree':
      '{file}, ligne {line}\u00a0: l’en-tête annonce {declared} {declared|électeur|électeurs}, mais les ordres du fichier en comptent {found}\u00a0: le fichier est peut-être tronqué ou modifié à la main. Corrigez cette ligne ou les ordres, ou supprimez la ligne.',
    'io.preflib.ordersDisagree':
      '{file}, ligne {line}\u00a0: l’en-tête annonce {declared} {declared|ordre distinct|ordres distincts}, mais le fichier a {found} {found|ligne d’ordre|lignes d’ordres}\u00a0: le fichier est peut-être tronqué ou modifié à la main. Corrigez cette ligne ou les ordres, ou supprimez la ligne.',
    'io.preflib.notStrict':
      '{file}, ligne {line} : le fichier se déclare « {type} » (ordres stricts) mais cet ordre met des candidats à égalité.',
    'io.blt.extraNames':
      '{file}, ligne {line} : l’en-tête annonce {candidates} {candidates|candidat|candidats} mais le fichier donne plus de noms (après les noms, une seule ligne entre guillemets est permise : le titre).',
    'io.blt.allWithdrawn': '{file}, ligne {line} : tous les candidats sont retirés : il ne reste personne à élire.',
    'io.blt.seatsAboveCandidates':
      '{file}, ligne {line} : {seats} sièges pour {candidates} {candidates|candidat restant|candidats restants} : il faut au moins autant de candidats que de sièges.',
    'classroom.setup.unsafeName':
      'L’option « {name} » contient {char}, un caractère de contrôle ou de sens d’écriture : elle s’afficherait autrement qu’elle n’est écrite.',
    'classroom.setup.lookAlike':
      'Les options « {name} » et « {other} » s’afficheraient de la même façon (elles diffèrent par {char}) : donnez-leur des noms bien distincts.',
    'classroom.setup.blankName': 'L’option {index} n’a pas de nom visible (rien que des caractères invisibles).',
    'scenario.text.unsafeChar':
      'Le texte « {key} » (« {text} ») contient {char}, un caractère de contrôle ou de sens d’écriture invisible.',
    'scenario.name.lookAlike':
      'Les options « {name} » et « {other} » ({lang}) s’afficheraient de la même façon (elles diffèrent par {char}) : donnez-leur des noms bien distincts.',
    'scenario.run.tooMuchWork':
      'Arrêt : les élections comptées sans le joueur dépassent {limit} étapes de calcul (une boucle autour d’une élection ?).',
    'scenario.work.high':
      'L’élection « {id} » coûte cher à compter (environ {work} étapes de calcul ; au-delà de {limit}, le joueur attend) : moins de candidats, d’électeurs ou de méthodes comparées ?',
    'scenario.work.loop':
      'L’élection « {id} » peut se répéter en boucle sans que le joueur ait à agir : le jeu l’arrêtera après {limit} étapes de calcul.',
  },
  en: {
    'error.candidateBlank': 'Candidate {index} has a blank name (only spaces or invisible characters).',
    'error.candidateUnsafe':
      'The name “{name}” holds {char}, a control or text-direction character: it would display differently from how it is written.',
    'error.candidatesLookAlike':
      '“{name}” and “{other}” would look the same (they differ by {char}): give them clearly different names.',
    'io.name.blank': '{file}, line {line}: candidate {index} has a blank name (only spaces or invisible characters).',
    'io.name.unsafe':
      '{file}, line {line}: the name “{name}” holds {char}, a control or text-direction character: it would display differently from how it is written.',
    'io.name.lookAlike':
      '{file}, line {line}: “{name}” and “{other}” would look the same (they differ by {char}): give them clearly different names.',
    'io.json.candidateBlank':
      '{file}, line {line}, column {column}: candidate {index} has a blank name (only spaces or invisible characters).',
    'io.json.candidateUnsafe':
      '{file}, line {line}, column {column}: the name “{name}” holds {char}, a control or text-direction character: it would display differently from how it is written.',
    'io.json.candidatesLookAlike':
      '{file}, line {line}, column {column}: “{name}” and “{other}” would look the same (they differ by {char}): give them clearly different names.',
    'io.note.readAsGrades': '{file}: read as grades: higher is better.',
    'io.note.readAsRanks': '{file}: read as ranks: 1 is first.',
    'io.note.noBallots':
      '{file}, line {line}: warning, the file names {candidates} {candidates|candidate|candidates} but holds no ballot.',
    'io.csv.ranksFromZero':
      '{file}, line {line}: every row numbers the candidates from 0 to {max}: ranks start at 1 (add 1 to every cell); if these are grades, say so (tally --kind graded).',
    'io.json.duplicateKey':
      '{file}, line {line}, column {column}: key “{key}” appears twice in the same object (JSON would silently keep the last one).',
    'io.preflib.notComplete':
      '{file}, line {line}: the file says it is “{type}” (complete orders) but this order ranks only {ranked} of {candidates} candidates.',
    'io.preflib.headerNumber': '{file}, line {line}: “{key}” must be a whole number, not “{value}”.',
    'io.preflib.votersDisagree':
      '{file}, line {line}: the header declares {declared} {declared|voter|voters} but the file’s orders add up to {found}: the file may be cut short or edited by hand. Correct this line or the orders, or remove the line.',
    'io.preflib.ordersDisagree':
      '{file}, line {line}: the header declares {declared} unique {declared|order|orders} but the file has {found} order {found|line|lines}: the file may be cut short or edited by hand. Correct this line or the orders, or remove the line.',
    'io.preflib.notStrict':
      '{file}, line {line}: the file says it is “{type}” (strict orders) but this order ranks some candidates equal.',
    'io.blt.extraNames':
      '{file}, line {line}: the header declares {candidates} {candidates|candidate|candidates} but the file gives more names (after the names, only one quoted line is allowed: the title).',
    'io.blt.allWithdrawn': '{file}, line {line}: every candidate has withdrawn: there is no one left to elect.',
    'io.blt.seatsAboveCandidates':
      '{file}, line {line}: {seats} seats for {candidates} {candidates|candidate left|candidates left}: there must be at least as many candidates as seats.',
    'classroom.setup.unsafeName':
      'The option “{name}” holds {char}, a control or text-direction character: it would display differently from how it is written.',
    'classroom.setup.lookAlike':
      'Options “{name}” and “{other}” would look the same (they differ by {char}): give them clearly different names.',
    'classroom.setup.blankName': 'Option {index} has no visible name (only invisible characters).',
    'scenario.text.unsafeChar':
      'The text “{key}” (“{text}”) holds {char}, an invisible control or text-direction character.',
    'scenario.name.lookAlike':
      'Options “{name}” and “{other}” ({lang}) would look the same (they differ by {char}): give them clearly different names.',
    'scenario.run.tooMuchWork':
      'Stopped: the elections counted without the player take more than {limit} steps of work (a loop around an election?).',
    'scenario.work.high':
      'Election “{id}” is costly to count (about {work} steps of work; beyond {limit} the player waits): fewer candidates, voters or compared methods?',
    'scenario.work.loop':
      'Election “{id}” can repeat in a loop with nothing for the player to do: the game will stop it after {limit} steps of work.',
  },
});
