import { messageTable } from './table.ts';

/** Errors of the ballot model (src/voting/ballots.ts, errors.ts). */
export const engineMessages = messageTable({
  fr: {
    'error.tooManyCandidates': 'Avec {method}, on compte au plus {limit} candidats\u00a0; cette élection en a {got}.',
    'error.tooManyCandidatesTotal': 'Il y a trop de candidats (au plus {limit}).',
    'error.candidatesNotList': 'Les candidats doivent former une liste de noms.',
    'error.candidateName': 'Un nom de candidat doit être un texte non vide.',
    'error.duplicateCandidate': 'Le candidat «\u00a0{name}\u00a0» figure deux fois.',
    'error.ballotCount': 'Le nombre de bulletins doit être un entier d’au moins 1 (reçu\u00a0: {value}).',
    'error.ballotsNotList': 'Les bulletins doivent former une liste.',
    'error.rankingMissing': 'Un bulletin classé doit contenir une liste «\u00a0ranking\u00a0».',
    'error.rankingEntry': 'Chaque rang doit être un nom ou une liste de noms.',
    'error.unknownCandidate': 'Candidat inconnu\u00a0: «\u00a0{name}\u00a0».',
    'error.rankedTwice': 'Le candidat «\u00a0{name}\u00a0» est classé deux fois sur le même bulletin.',
    'error.ordersShape': 'La longueur du tableau de bulletins doit être un multiple du nombre de candidats.',
    'error.ordersTooWide': 'Le chargeur compact accepte au plus {limit} candidats.',
    'error.ordersRow': 'Chaque ligne doit citer chaque candidat exactement une fois.',
    'error.gradeScale': 'L’échelle de notes doit avoir des bornes entières avec min < max.',
    'error.threshold': 'Le seuil d’approbation doit être un entier.',
    'error.defaultGrade': 'La note par défaut doit appartenir à l’échelle.',
    'error.gradesMissing': 'Un bulletin de notes doit contenir un objet «\u00a0grades\u00a0».',
    'error.gradeRange': 'Une note doit être un entier de {min} à {max} (reçu\u00a0: {value}).',
    'error.ungraded': 'Le candidat «\u00a0{name}\u00a0» n’a pas de note et l’élection n’a pas de note par défaut.',
    'error.unsupportedMethod': 'Méthode inconnue\u00a0: «\u00a0{method}\u00a0».',
    'error.wrongBallotKind': 'Pour compter avec {method}, il faut des bulletins {expected}.',
    'error.seats': 'Le nombre de sièges doit être un entier d’au moins 1 (reçu\u00a0: {value}).',
    // Limits (docs/voting-rules.md §10)
    'error.votersLimit': 'Il y a {value} électeurs\u00a0; le moteur en compte au plus {limit}.',
    'error.tooManyCells':
      'Trop de bulletins différents pour autant de candidats\u00a0: {groups} bulletins différents × {candidates} candidats dépasse {limit}.',
    'error.gradeLimit':
      'Les notes et les bornes de l’échelle doivent être comprises entre {min} et {max} (reçu\u00a0: {value}).',
    'error.tooMuchWork':
      '{method} prendrait trop de temps sur cette élection (environ {work} étapes\u00a0; au plus {limit})\u00a0: il faut moins de candidats ou moins de bulletins différents.',
    'error.seatsAboveCandidates':
      '{method} pourvoit au plus un siège par candidat\u00a0: {seats} sièges demandés pour {candidates} {candidates|candidat|candidats}.',
    'error.seatsLimit': '{method} répartit au plus {limit} sièges (reçu\u00a0: {seats}).',
  },
  en: {
    'error.tooManyCandidates': 'With {method}, at most {limit} candidates can be counted; this election has {got}.',
    'error.tooManyCandidatesTotal': 'There are too many candidates (at most {limit}).',
    'error.candidatesNotList': 'Candidates must be a list of names.',
    'error.candidateName': 'A candidate name must be a non-empty text.',
    'error.duplicateCandidate': 'Candidate “{name}” is listed twice.',
    'error.ballotCount': 'A ballot count must be a positive whole number (got: {value}).',
    'error.ballotsNotList': 'Ballots must be a list.',
    'error.rankingMissing': 'A ranked ballot needs a “ranking” list.',
    'error.rankingEntry': 'Each rank must be a name or a list of names.',
    'error.unknownCandidate': 'Unknown candidate: “{name}”.',
    'error.rankedTwice': 'Candidate “{name}” is ranked twice on the same ballot.',
    'error.ordersShape': 'The ballot array length must be a multiple of the number of candidates.',
    'error.ordersTooWide': 'The compact loader takes at most {limit} candidates.',
    'error.ordersRow': 'Each row must list every candidate exactly once.',
    'error.gradeScale': 'The grade scale needs whole-number bounds with min < max.',
    'error.threshold': 'The approval threshold must be a whole number.',
    'error.defaultGrade': 'The default grade must be a grade of the scale.',
    'error.gradesMissing': 'A graded ballot needs a “grades” object.',
    'error.gradeRange': 'A grade must be a whole number from {min} to {max} (got: {value}).',
    'error.ungraded': 'Candidate “{name}” has no grade and the election has no default grade.',
    'error.unsupportedMethod': 'Unknown method: “{method}”.',
    'error.wrongBallotKind': 'Counting with {method} needs {expected} ballots.',
    'error.seats': 'The number of seats must be a whole number of at least 1 (got: {value}).',
    // Limits (docs/voting-rules.md §10)
    'error.votersLimit': 'There are {value} voters; the engine counts at most {limit}.',
    'error.tooManyCells':
      'Too many different ballots for so many candidates: {groups} different ballots × {candidates} candidates is more than {limit}.',
    'error.gradeLimit': 'Grades and the ends of the grade scale must lie between {min} and {max} (got: {value}).',
    'error.tooMuchWork':
      '{method} would take too long on this election (about {work} steps; at most {limit}): it needs fewer candidates or fewer different ballots.',
    'error.seatsAboveCandidates':
      '{method} fills at most one seat per candidate: {seats} seats asked for, and only {candidates} {candidates|candidate|candidates}.',
    'error.seatsLimit': '{method} shares out at most {limit} seats (got: {seats}).',
  },
});
