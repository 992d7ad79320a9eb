/**
 * Messages of the player's own ballot (`ballot` step of a chapter): what the checker says of a
 * malformed step or answer, how the transcript shows the ballot, and the words of the game's
 * ballot panel (src/game/ui/player-ballot-panel.ts).
 */
import { messageTable } from './table.ts';

export const playerBallotMessages = messageTable({
  fr: {
    'scenario.playerBallot.form': 'Un bulletin donne une seule forme\u00a0: {keys} (ici\u00a0: {present}).',
    'scenario.playerBallot.needsBallot': 'Cette étape attend le bulletin du joueur («\u00a0ballot\u00a0»).',
    'scenario.playerBallot.wrongKind':
      'Ce bulletin n’est pas du bon genre\u00a0: l’étape attend un bulletin «\u00a0{kind}\u00a0».',
    'scenario.playerBallot.oneName': 'Un seul nom par galet\u00a0: ce bulletin en porte {count}.',
    'scenario.playerBallot.gradeRange': 'La note {value} est hors de l’échelle, de {min} à {max}.',
    'scenario.ref.ballotNeedsScale':
      'Un bulletin à mentions a besoin des mentions de l’électorat «\u00a0{electorate}\u00a0» (scale=…).',
    'scenario.ref.ballotCannotCount':
      'L’élection «\u00a0{election}\u00a0» compte cet électorat avec {method}, qui ne sait pas lire un bulletin «\u00a0{kind}\u00a0».',
    'scenario.transcript.playerBallot': 'Ton bulletin ({voter})\u00a0: {ballot}',
    'scenario.input.ballot': 'ton bulletin',
    'chapterSource.ballot.args':
      'Un bulletin du joueur dit qui vote, où et comment\u00a0: ballot id voter=… electorate=… kind=single|ranked|approval|grades\u00a0: question.',
    'playerBallot.how.single': 'Touche un seul nom\u00a0: c’est celui que tu graves sur ton galet.',
    'playerBallot.how.ranked':
      'Touche les options dans ton ordre de préférence\u00a0: la première touchée est ta préférée. Touche une option classée pour la retirer.',
    'playerBallot.how.approval': 'Touche chaque option que tu approuves\u00a0; touche-la encore pour te raviser.',
    'playerBallot.how.grades': 'Donne une mention à chaque option.',
    'playerBallot.how.scores': 'Donne une note à chaque option.',
    'playerBallot.options': 'Les options',
    'playerBallot.rankingTitle': 'Ton classement',
    'playerBallot.rankingEmpty': 'Aucune option classée pour l’instant.',
    'playerBallot.place': '{name}\u00a0: place {rank}',
    'playerBallot.notRanked': '{name}\u00a0: pas encore de place',
    'playerBallot.moveUp': 'Monter {name}',
    'playerBallot.moveDown': 'Descendre {name}',
    'playerBallot.remove': 'Retirer {name} du classement',
    'playerBallot.gradedCount': 'Mentions données\u00a0: {n} sur {total}',
    'playerBallot.scoredCount': 'Notes données\u00a0: {n} sur {total}',
    'playerBallot.send': 'Glisser mon bulletin dans l’urne',
    'playerBallot.confirmBlank':
      'Ton bulletin est blanc\u00a0: il ne soutient aucune option. Le glisser quand même dans l’urne\u00a0?',
    'playerBallot.confirmRanked':
      'Tu n’as pas classé toutes les options\u00a0: celles qui manquent viendront après les autres. Glisser ton bulletin quand même\u00a0?',
    'playerBallot.confirmGrades':
      'Options sans mention\u00a0: {n}. Elles recevront «\u00a0{worst}\u00a0». Glisser ton bulletin quand même\u00a0?',
    'playerBallot.confirmScores':
      'Options sans note\u00a0: {n}. Elles recevront {worst}. Glisser ton bulletin quand même\u00a0?',
    'playerBallot.confirmYes': 'Oui, dans l’urne',
    'playerBallot.confirmNo': 'Non, je le modifie',
  },
  en: {
    'scenario.playerBallot.form': 'A ballot has exactly one form: {keys} (here: {present}).',
    'scenario.playerBallot.needsBallot': 'This step waits for the player’s ballot (“ballot”).',
    'scenario.playerBallot.wrongKind': 'This ballot is of the wrong kind: the step waits for a “{kind}” ballot.',
    'scenario.playerBallot.oneName': 'One name per pebble: this ballot has {count}.',
    'scenario.playerBallot.gradeRange': 'The grade {value} is off the scale, {min} to {max}.',
    'scenario.ref.ballotNeedsScale': 'A graded ballot needs the grades of the electorate “{electorate}” (scale=…).',
    'scenario.ref.ballotCannotCount':
      'The election “{election}” counts this electorate with {method}, which cannot read a “{kind}” ballot.',
    'scenario.transcript.playerBallot': 'Your ballot ({voter}): {ballot}',
    'scenario.input.ballot': 'your ballot',
    'chapterSource.ballot.args':
      'A player’s ballot says who votes, where and how: ballot id voter=… electorate=… kind=single|ranked|approval|grades: question.',
    'playerBallot.how.single': 'Tap one name: the one you scratch on your pebble.',
    'playerBallot.how.ranked':
      'Tap the options in your order of preference: the first you tap is your favourite. Tap a ranked option to take it out.',
    'playerBallot.how.approval': 'Tap every option you approve; tap it again to change your mind.',
    'playerBallot.how.grades': 'Give each option a grade.',
    'playerBallot.how.scores': 'Give each option a score.',
    'playerBallot.options': 'The options',
    'playerBallot.rankingTitle': 'Your ranking',
    'playerBallot.rankingEmpty': 'No option ranked yet.',
    'playerBallot.place': '{name}: place {rank}',
    'playerBallot.notRanked': '{name}: not ranked yet',
    'playerBallot.moveUp': 'Move {name} up',
    'playerBallot.moveDown': 'Move {name} down',
    'playerBallot.remove': 'Take {name} out of the ranking',
    'playerBallot.gradedCount': 'Grades given: {n} of {total}',
    'playerBallot.scoredCount': 'Scores given: {n} of {total}',
    'playerBallot.send': 'Put my ballot in the box',
    'playerBallot.confirmBlank': 'Your ballot is blank: it supports no option. Put it in the box anyway?',
    'playerBallot.confirmRanked':
      'You have not ranked every option: the missing ones will come after the others. Put your ballot in anyway?',
    'playerBallot.confirmGrades': 'Options without a grade: {n}. They will get “{worst}”. Put your ballot in anyway?',
    'playerBallot.confirmScores': 'Options without a score: {n}. They will get {worst}. Put your ballot in anyway?',
    'playerBallot.confirmYes': 'Yes, into the box',
    'playerBallot.confirmNo': 'No, let me change it',
  },
});
