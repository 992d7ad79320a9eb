/**
 * Texts of a class election that fills several seats: the setup's number of seats, what is
 * wrong with it (in the setup and the file import), and the seats each list won on the board and
 * the results sheet.
 */
import { messageTable } from './table.ts';

export const classSeatsMessages = messageTable({
  fr: {
    'classroom.seats.label': 'Sièges à pourvoir',
    'classroom.seats.help': '1\u00a0: un seul gagnant. Plus\u00a0: seules les méthodes à plusieurs sièges.',
    'classroom.seats.wrong': 'Sièges à pourvoir\u00a0: «\u00a0{typed}\u00a0» n’est pas un nombre entier de 1 à {max}.',
    'classroom.seats.noMethod':
      'Aucune méthode de ce bulletin ne pourvoit {seats} sièges entre {options} {options|option|options}\u00a0: ajoutez des options ou réduisez le nombre de sièges.',
    'classroom.seats.methodNot':
      'La méthode «\u00a0{method}\u00a0» ne pourvoit pas {seats} sièges. Celles qui le peuvent ici\u00a0: {methods}.',
    'classroom.seats.won': '{name}\u00a0: {seats} {seats|siège|sièges}',
    'classroom.seats.unit': 'sièges',
    'classroom.import.seatsHelp':
      'Vide\u00a0: ce que dit le fichier, sinon un seul gagnant. Plus de 1\u00a0: les méthodes à plusieurs sièges.',
    'classroom.unit.blocVotes': 'voix (une pour chacun des premiers choix d’un bulletin, autant que de sièges)',
  },
  en: {
    'classroom.seats.label': 'Seats to fill',
    'classroom.seats.help': '1: a single winner. More: only the several-seat methods.',
    'classroom.seats.wrong': 'Seats to fill: “{typed}” is not a whole number from 1 to {max}.',
    'classroom.seats.noMethod':
      'No method for this ballot fills {seats} seats among {options} {options|option|options}: add options or fill fewer seats.',
    'classroom.seats.methodNot': 'The method “{method}” does not fill {seats} seats. Those that can here: {methods}.',
    'classroom.seats.won': '{name}: {seats} {seats|seat|seats}',
    'classroom.seats.unit': 'seats',
    'classroom.import.seatsHelp':
      'Empty: what the file says, else a single winner. More than 1: the several-seat methods.',
    'classroom.unit.blocVotes': 'votes (one for each of a ballot’s first choices, as many as seats)',
  },
});
