/**
 * The phone page's own words, in French and English: a small table of its own, because the
 * game's message tables (src/i18n) are far larger than the whole page may be.
 * Every refusal reason of the protocol and every ballot problem key the server sends has a phrase.
 */
import type { RefusalReason } from '../live/protocol.ts';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The phone's language: the first of its languages that is French or English; French otherwise. */
export function pickLang(languages: readonly string[] | undefined): Lang {
  for (const tag of languages ?? []) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

const fr = {
  pageTitle: 'Vote en direct — Démocratie et crustacés',
  brand: 'Démocratie et crustacés',
  langGroup: 'Langue',
  codeLabel: 'Code du vote',
  codeHint: 'Six lettres ou chiffres, affichés à l’écran de la classe.',
  codeGo: 'Rejoindre le vote',
  codeBad: 'Ce code n’a pas la bonne forme\u00a0: six lettres ou chiffres, sans 0, O, 1, I ni L.',
  codeShown: 'Code {code}',
  connecting: 'Connexion…',
  online: 'Connecté',
  reconnecting: 'Connexion perdue\u00a0: reconnexion…',
  waiting: 'Nouvel essai dans une minute…',
  stopped: 'Déconnecté',
  noRoom: 'Aucun vote avec ce code. Vérifiez le code affiché à l’écran.',
  tooManyAttempts: 'Trop d’essais\u00a0: attendez une minute.',
  howRanked:
    'Touchez les options dans l’ordre de votre préférence\u00a0: la première touchée est votre préférée. Touchez de nouveau pour retirer.',
  howApproval: 'Touchez chaque option que vous approuvez, autant que vous voulez.',
  howGrades: 'Donnez une mention à chaque option.',
  optionsTitle: 'Options',
  rankingTitle: 'Votre classement',
  rankingEmpty: 'Rien de classé pour l’instant.',
  rankedAs: '{name}, classée {rank}',
  notRanked: '{name}, pas classée',
  approved: 'approuvée',
  notApproved: 'pas approuvée',
  moveUp: 'Monter {name}',
  moveDown: 'Descendre {name}',
  remove: 'Retirer {name} du classement',
  gradedCount: '{n} sur {total} notées',
  send: 'Envoyer mon bulletin',
  sendNew: 'Envoyer mon nouveau bulletin',
  isFinal: 'Une fois envoyé, votre bulletin est définitif.',
  canChange: 'Vous pourrez changer votre bulletin tant que le vote est ouvert.',
  blankRanked: 'Vous n’avez classé aucune option. Envoyer un bulletin blanc\u00a0?',
  blankApproval: 'Vous n’avez approuvé aucune option. Envoyer un bulletin blanc\u00a0?',
  ungradedOne: 'Une option n’a pas de mention\u00a0: elle recevra «\u00a0{worst}\u00a0». Envoyer quand même\u00a0?',
  ungradedMany:
    '{n} options n’ont pas de mention\u00a0: elles recevront «\u00a0{worst}\u00a0». Envoyer quand même\u00a0?',
  confirmYes: 'Oui, envoyer',
  confirmNo: 'Non, revenir',
  sending: 'Envoi du bulletin…',
  waitingToSend: 'En attente de la connexion…',
  keptOffline: 'Pas de connexion\u00a0: votre bulletin est gardé et partira dès son retour.',
  received: 'Bulletin reçu, merci\u00a0!',
  replaced: 'Votre nouveau bulletin a remplacé l’ancien.',
  inBox: 'Votre bulletin est dans l’urne.',
  anonymous: 'Il est anonyme\u00a0: ni nom ni compte.',
  retention: 'Les bulletins sont effacés {hours}\u00a0h après la clôture du vote.',
  change: 'Changer mon bulletin',
  closed: 'Le vote est clos.',
  closedInBox: 'Le vote est clos\u00a0; votre bulletin est dans l’urne.',
  backToBallot: 'Revenir au bulletin',
  retry: 'Réessayer',
  otherCode: 'Entrer un autre code',
  footer: 'Un bulletin par appareil. Anonyme\u00a0: ni nom ni compte.',
  ordinal1: '1re',
  ordinalN: '{n}e',
} as const;

export type WordKey = keyof typeof fr;
type Words = Record<WordKey, string>;

const en: Words = {
  pageTitle: 'Live vote — Democracy and Crustaceans',
  brand: 'Democracy and Crustaceans',
  langGroup: 'Language',
  codeLabel: 'Vote code',
  codeHint: 'Six letters or digits, shown on the class screen.',
  codeGo: 'Join the vote',
  codeBad: 'This code is not valid: six letters or digits, without 0, O, 1, I or L.',
  codeShown: 'Code {code}',
  connecting: 'Connecting…',
  online: 'Connected',
  reconnecting: 'Connection lost: reconnecting…',
  waiting: 'Trying again in a minute…',
  stopped: 'Disconnected',
  noRoom: 'No vote with this code. Check the code shown on the screen.',
  tooManyAttempts: 'Too many attempts: wait a minute.',
  howRanked: 'Tap the options in your order of preference: the first you tap is your favourite. Tap again to remove.',
  howApproval: 'Tap every option you approve of, as many as you like.',
  howGrades: 'Give each option a grade.',
  optionsTitle: 'Options',
  rankingTitle: 'Your ranking',
  rankingEmpty: 'Nothing ranked yet.',
  rankedAs: '{name}, ranked {rank}',
  notRanked: '{name}, not ranked',
  approved: 'approved',
  notApproved: 'not approved',
  moveUp: 'Move {name} up',
  moveDown: 'Move {name} down',
  remove: 'Remove {name} from the ranking',
  gradedCount: '{n} of {total} graded',
  send: 'Send my ballot',
  sendNew: 'Send my new ballot',
  isFinal: 'Once sent, your ballot is final.',
  canChange: 'You can change your ballot while the vote is open.',
  blankRanked: 'You have ranked no option. Send a blank ballot?',
  blankApproval: 'You have approved no option. Send a blank ballot?',
  ungradedOne: 'One option has no grade: it will get “{worst}”. Send anyway?',
  ungradedMany: '{n} options have no grade: they will get “{worst}”. Send anyway?',
  confirmYes: 'Yes, send',
  confirmNo: 'No, go back',
  sending: 'Sending your ballot…',
  waitingToSend: 'Waiting for the connection…',
  keptOffline: 'No connection: your ballot is kept and will be sent as soon as it is back.',
  received: 'Ballot received, thank you!',
  replaced: 'Your new ballot replaced the old one.',
  inBox: 'Your ballot is in the box.',
  anonymous: 'It is anonymous: no name, no account.',
  retention: 'The ballots are deleted {hours} hours after the vote closes.',
  change: 'Change my ballot',
  closed: 'The vote is closed.',
  closedInBox: 'The vote is closed; your ballot is in the box.',
  backToBallot: 'Back to the ballot',
  retry: 'Try again',
  otherCode: 'Enter another code',
  footer: 'One ballot per device. Anonymous: no name, no account.',
  ordinal1: '1st',
  ordinalN: '{n}th',
};

const WORDS: Record<Lang, Words> = { fr, en };

/** Why something was refused, said to a voter. */
const REFUSAL_WORDS: Record<Lang, Record<RefusalReason, string>> = {
  fr: {
    closed: 'Le vote est clos\u00a0: il n’accepte plus de bulletin.',
    'already-voted': 'Cet appareil a déjà voté, et ce vote ne permet pas de changer de bulletin.',
    'bad-ballot': 'Ce bulletin n’est pas valable.',
    'too-big': 'Ce bulletin est trop long pour être envoyé.',
    'too-fast': 'Trop d’envois à la suite\u00a0: attendez un instant, puis réessayez.',
    'room-full': 'Ce vote a atteint son nombre maximum de votants.',
    'server-full': 'Le serveur est plein\u00a0: réessayez dans un moment.',
    'unknown-room': 'Aucun vote avec ce code. Vérifiez le code affiché à l’écran.',
    'too-many-attempts': 'Trop d’essais\u00a0: attendez une minute.',
    'not-host': 'Seul l’écran de la classe peut faire cela.',
    'bad-setup': 'Ce vote est mal préparé\u00a0: prévenez la personne qui l’anime.',
    'bad-device': 'Cet appareil n’a pas été reconnu\u00a0: rechargez la page.',
    'storage-failed': 'Le serveur n’a pas pu garder votre bulletin\u00a0: réessayez.',
  },
  en: {
    closed: 'The vote is closed: it accepts no more ballots.',
    'already-voted': 'This device has already voted, and this vote does not allow changes.',
    'bad-ballot': 'This ballot is not valid.',
    'too-big': 'This ballot is too long to be sent.',
    'too-fast': 'Too many sends in a row: wait a moment, then try again.',
    'room-full': 'This vote has reached its maximum number of voters.',
    'server-full': 'The server is full: try again in a moment.',
    'unknown-room': 'No vote with this code. Check the code shown on the screen.',
    'too-many-attempts': 'Too many attempts: wait a minute.',
    'not-host': 'Only the class screen can do that.',
    'bad-setup': 'This vote is not set up correctly: tell the person running it.',
    'bad-device': 'This device was not recognised: reload the page.',
    'storage-failed': 'The server could not keep your ballot: try again.',
  },
};

/** The ballot problems the server names (the classroom's checks and the live shape check). */
export const PROBLEM_KEYS = [
  'classroom.ballot.unknown',
  'classroom.ballot.twice',
  'classroom.ballot.emptyRank',
  'classroom.ballot.grade',
  'classroom.ballot.wrongKind',
  'live.ballot.shape',
] as const;
type ProblemKey = (typeof PROBLEM_KEYS)[number];

const PROBLEM_WORDS: Record<Lang, Record<ProblemKey, string>> = {
  fr: {
    'classroom.ballot.unknown': 'Il contient une option qui n’est pas dans ce vote\u00a0: rechargez la page.',
    'classroom.ballot.twice': 'Une option y est placée deux fois.',
    'classroom.ballot.emptyRank': 'Un rang y est vide.',
    'classroom.ballot.grade': 'Chaque option doit recevoir une mention.',
    'classroom.ballot.wrongKind': 'Ce n’est pas le bon genre de bulletin pour ce vote\u00a0: rechargez la page.',
    'live.ballot.shape': 'Il est mal formé\u00a0: rechargez la page.',
  },
  en: {
    'classroom.ballot.unknown': 'It holds an option that is not in this vote: reload the page.',
    'classroom.ballot.twice': 'An option is placed on it twice.',
    'classroom.ballot.emptyRank': 'A rank on it is empty.',
    'classroom.ballot.grade': 'Every option needs a grade.',
    'classroom.ballot.wrongKind': 'This is not the right kind of ballot for this vote: reload the page.',
    'live.ballot.shape': 'It is malformed: reload the page.',
  },
};

/** A word with its `{name}` holes filled. */
export function say(lang: Lang, key: WordKey, params: Readonly<Record<string, string | number>> = {}): string {
  return WORDS[lang][key].replace(/\{(\w+)\}/g, (hole, name: string) => (name in params ? String(params[name]) : hole));
}

/** "1re", "2e" / "1st", "2nd", "3rd", "4th", "11th", "21st". */
export function ordinal(lang: Lang, n: number): string {
  if (n === 1) return say(lang, 'ordinal1');
  if (lang === 'en') {
    const tens = n % 100;
    const unit = n % 10;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : unit === 1 ? 'st' : unit === 2 ? 'nd' : unit === 3 ? 'rd' : 'th';
    return `${n}${suffix}`;
  }
  return say(lang, 'ordinalN', { n });
}

/** A refusal in words: the reason, then the ballot's problem when the server named one. */
export function refusalText(lang: Lang, reason: RefusalReason, problemKey?: string): string {
  const base = REFUSAL_WORDS[lang][reason] ?? REFUSAL_WORDS[lang]['bad-ballot'];
  const problem =
    problemKey !== undefined && problemKey in PROBLEM_WORDS[lang]
      ? PROBLEM_WORDS[lang][problemKey as ProblemKey]
      : undefined;
  return problem ? `${base} ${problem}` : base;
}

/** For tests: the raw tables. */
export const wordTables = { WORDS, REFUSAL_WORDS, PROBLEM_WORDS };
