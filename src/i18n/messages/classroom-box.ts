/**
 * Texts of the classroom's ballot box: a vote resumed after a reload, leaving a vote in
 * progress, the teacher's code between voters, a blank ballot asked about, grades left out,
 * a prepared `#classroom/new?…` link, and the "offline ready" mark.
 */
import { messageTable } from './table.ts';

export const classroomBoxMessages = messageTable({
  fr: {
    'box.resumed': 'Vote repris\u00a0: {n} {n|bulletin|bulletins} dans l’urne, rien n’est perdu.',
    'box.lessonResumed': 'Leçon reprise\u00a0: chapitre {n}, étape {step}.',
    'box.saved':
      'Chaque bulletin est gardé sur cet appareil dès qu’il est dans l’urne\u00a0: une page rechargée ou fermée reprend le vote.',
    'box.next': 'Personne suivante',
    'box.send': 'Mettre dans l’urne',
    'box.blank.ask': 'Mettre un bulletin blanc dans l’urne\u00a0?',
    'box.blank.yes': 'Oui, voter blanc',
    'box.blank.no': 'Non, revenir au bulletin',
    'box.leave.ask':
      'Quitter le vote en cours\u00a0? {n} {n|bulletin reste|bulletins restent} dans l’urne, sur cet appareil.',
    'box.leave.askVoting':
      'Un bulletin est en train d’être rempli. Quitter le vote\u00a0? Ce bulletin ne sera pas compté.',
    'box.leave.yes': 'Oui, quitter',
    'box.leave.no': 'Non, rester',
    'box.discard.ask':
      'Un vote est en cours avec {n} {n|bulletin|bulletins}. Une nouvelle élection efface {n|ce bulletin|ces bulletins}. Continuer\u00a0?',
    'box.discard.yes': 'Oui, effacer et continuer',
    'box.discard.no': 'Non, garder le vote',
    'box.gate.legend': 'Code de l’enseignant entre deux votants (facultatif)',
    'box.gate.help':
      'De 2 à 8 chiffres. Entre deux votants, l’appareil demande ce code\u00a0: un élève ne peut pas voter deux fois de suite sans vous.',
    'box.gate.field': 'Nouveau code',
    'box.gate.keep': 'Demander ce code',
    'box.gate.remove': 'Ne plus demander de code',
    'box.gate.bad': 'Le code doit faire de 2 à 8 chiffres.',
    'box.gate.on': 'Un code est demandé entre deux votants.',
    'box.gate.off': 'Aucun code n’est demandé entre deux votants.',
    'box.gate.ask': 'L’enseignant tape son code pour la personne suivante.',
    'box.gate.code': 'Code de l’enseignant',
    'box.gate.digit': 'Chiffre {d}',
    'box.gate.erase': 'Effacer',
    'box.gate.wrong': 'Ce n’est pas le bon code. Demandez à l’enseignant.',
    'classroom.ballot.ungraded': '{n} {n|option n’a|options n’ont} pas de note\u00a0: donnez une note à chaque option.',
    'box.ungraded.choice': 'Une option laissée sans note compte comme la note la plus basse',
    'box.ungraded.note': 'Une option laissée sans note compte comme «\u00a0{lowest}\u00a0».',
    'box.ungraded.ask': 'Donnez une note à chaque option.',
    'box.ungraded.count': '{n} sur {total} {total|option notée|options notées}',
    'box.link.title': 'Ce lien n’ouvre pas de vote',
    'box.link.intro':
      'Le lien «\u00a0#classroom/new?…\u00a0» prépare un vote à bulletins passés de main en main. Voici ce qui ne va pas\u00a0:',
    'box.link.unknown':
      'Le lien «\u00a0#{link}\u00a0» n’ouvre rien\u00a0: écrivez «\u00a0#classroom\u00a0» ou «\u00a0#classroom/new?q=…&options=A|B|C\u00a0».',
    'box.forget': 'Effacer l’élection de cet appareil',
    'box.offline.ready': 'Prêt hors ligne',
    'box.offline.readyHelp': 'Le jeu entier est sur cet appareil\u00a0: il marche sans réseau.',
  },
  en: {
    'box.resumed': 'Vote resumed: {n} {n|ballot|ballots} in the box, nothing lost.',
    'box.lessonResumed': 'Lesson resumed: chapter {n}, step {step}.',
    'box.saved':
      'Every ballot is kept on this device as soon as it is in the box: a reloaded or closed page resumes the vote.',
    'box.next': 'Next voter',
    'box.send': 'Put it in the box',
    'box.blank.ask': 'Cast a blank ballot?',
    'box.blank.yes': 'Yes, cast it blank',
    'box.blank.no': 'No, back to the ballot',
    'box.leave.ask': 'Leave the vote in progress? {n} {n|ballot stays|ballots stay} in the box, on this device.',
    'box.leave.askVoting': 'A ballot is being filled in. Leave the vote? That ballot will not be counted.',
    'box.leave.yes': 'Yes, leave',
    'box.leave.no': 'No, stay',
    'box.discard.ask': 'A vote is in progress with {n} {n|ballot|ballots}. A new election erases {n|it|them}. Go on?',
    'box.discard.yes': 'Yes, erase and go on',
    'box.discard.no': 'No, keep the vote',
    'box.gate.legend': 'Teacher’s code between two voters (optional)',
    'box.gate.help':
      '2 to 8 digits. Between two voters the device asks for this code: a pupil cannot vote twice in a row without you.',
    'box.gate.field': 'New code',
    'box.gate.keep': 'Ask for this code',
    'box.gate.remove': 'Stop asking for a code',
    'box.gate.bad': 'The code must have 2 to 8 digits.',
    'box.gate.on': 'A code is asked for between two voters.',
    'box.gate.off': 'No code is asked for between two voters.',
    'box.gate.ask': 'The teacher types their code for the next person.',
    'box.gate.code': 'Teacher’s code',
    'box.gate.digit': 'Digit {d}',
    'box.gate.erase': 'Erase',
    'box.gate.wrong': 'That is not the right code. Ask the teacher.',
    'classroom.ballot.ungraded': '{n} {n|option has|options have} no grade: give every option a grade.',
    'box.ungraded.choice': 'An option left without a grade counts as the lowest grade',
    'box.ungraded.note': 'An option left without a grade counts as “{lowest}”.',
    'box.ungraded.ask': 'Give every option a grade.',
    'box.ungraded.count': '{n} of {total} {total|option graded|options graded}',
    'box.link.title': 'This link opens no vote',
    'box.link.intro':
      'The link “#classroom/new?…” prepares a vote with ballots passed from hand to hand. This is what is wrong:',
    'box.link.unknown': 'The link “#{link}” opens nothing: write “#classroom” or “#classroom/new?q=…&options=A|B|C”.',
    'box.forget': 'Erase the election from this device',
    'box.offline.ready': 'Ready offline',
    'box.offline.readyHelp': 'The whole game is on this device: it works without a network.',
  },
});
