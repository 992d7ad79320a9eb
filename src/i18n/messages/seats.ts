import { messageTable } from './table.ts';

/**
 * Explanations of the several-seat methods (stv, dhondt, sainte-lague, largest-remainder,
 * french-municipal, bloc-plurality, bloc-approval) and their input errors.
 * French typography: no-break space (\u00a0) before « : ; ? ! » and inside guillemets, as in
 * every table (src/i18n/typography.test.ts holds them to it).
 */
type Lists = 'dhondt' | 'sainte-lague' | 'largest-remainder' | 'french-municipal';
type ListStep = 'votes' | 'threshold' | 'noSeats' | 'seats' | 'tie';
type AveragesStep = 'quotients' | 'order' | 'tieVotes';
/** Templates written under a computed prefix, typed with the step keys they stand for. */
const keyed = <K extends string>(templates: Record<string, string>): Record<K, string> =>
  templates as Record<K, string>;

/** The steps every list method shares, under its own prefix. */
function listFr<L extends Lists>(id: L): Record<`${L}.${ListStep}`, string> {
  return keyed<`${L}.${ListStep}`>({
    [`${id}.votes`]:
      'Voix de chaque liste\u00a0: {votes}. Suffrages exprimés\u00a0: {valid} (bulletins vides\u00a0: {empty}\u00a0; bulletins pour plusieurs listes, nuls\u00a0: {overvotes}). {seats} {seats|siège|sièges} à pourvoir.',
    [`${id}.threshold`]:
      'Seuil\u00a0: {percent}\u00a0% des suffrages exprimés. Listes admises à la répartition\u00a0: {eligible}.',
    [`${id}.noSeats`]:
      'Aucun siège n’est attribué\u00a0: aucune liste ne peut en recevoir ({valid} suffrages exprimés).',
    [`${id}.seats`]: 'Sièges obtenus\u00a0: {seats}.',
    [`${id}.tie`]:
      'Égalité parfaite entre {tied} pour {places} {places|siège|sièges}\u00a0: même moyenne et mêmes voix. L’égalité est signalée, pas tranchée.',
  });
}
function listEn<L extends Lists>(id: L): Record<`${L}.${ListStep}`, string> {
  return keyed<`${L}.${ListStep}`>({
    [`${id}.votes`]:
      'Votes of each list: {votes}. Valid votes: {valid} (empty ballots: {empty}; ballots for several lists, void: {overvotes}). {seats} {seats|seat|seats} to fill.',
    [`${id}.threshold`]: 'Threshold: {percent}% of the valid votes. Lists taking part in the share-out: {eligible}.',
    [`${id}.noSeats`]: 'No seat is given: no list can receive one ({valid} valid votes).',
    [`${id}.seats`]: 'Seats won: {seats}.',
    [`${id}.tie`]:
      'Exact tie between {tied} for {places} {places|seat|seats}: same average and same votes. The tie is reported, not broken.',
  });
}
function averagesFr<L extends Lists>(id: L): Record<`${L}.${AveragesStep}`, string> {
  return keyed<`${L}.${AveragesStep}`>({
    [`${id}.quotients`]: 'Tableau des moyennes, voix ÷ diviseur (diviseurs {divisors})\u00a0: {table}.',
    [`${id}.order`]: 'Les sièges vont un par un à la plus forte moyenne restante, dans cet ordre\u00a0: {order}.',
    [`${id}.tieVotes`]:
      'Égalité de moyenne pour le dernier siège entre {tied}\u00a0: la liste qui a le plus de voix passe devant ({chosen}).',
  });
}
function averagesEn<L extends Lists>(id: L): Record<`${L}.${AveragesStep}`, string> {
  return keyed<`${L}.${AveragesStep}`>({
    [`${id}.quotients`]: 'Table of averages, votes ÷ divisor (divisors {divisors}): {table}.',
    [`${id}.order`]: 'Seats go one by one to the highest average left, in this order: {order}.',
    [`${id}.tieVotes`]:
      'Equal averages for the last seat between {tied}: the list with more votes goes first ({chosen}).',
  });
}

export const seatsMessages = messageTable({
  fr: {
    'error.listThreshold': 'Le seuil doit être une part comprise entre 0 et 1, par exemple 0,05 (reçu\u00a0: {value}).',
    'error.municipalRound': 'Le tour doit être 1 ou 2 (reçu\u00a0: {value}).',
    // stv
    'stv.quota':
      'Bulletins non vides\u00a0: {valid} ({empty} {empty|bulletin vide écarté|bulletins vides écartés}). Quota pour {seats} {seats|siège|sièges}\u00a0: {valid} ÷ ({seats} + 1), arrondi à l’entier inférieur, plus 1 = {quota} voix.',
    'stv.stage':
      'Étape {stage}\u00a0: {votes}. Non transférables\u00a0: {nonTransferableTotal}\u00a0; perdu en tronquant\u00a0: {lostTotal}\u00a0; quota\u00a0: {quota}.',
    'stv.elected':
      'À l’étape {stage}, {elected:atteint|atteignent} le quota et {elected:est élu|est élue|sont élus|sont élues}\u00a0: {elected} ({votes} voix).',
    'stv.lastSeats':
      'Il reste autant de sièges que de candidats en course\u00a0: {elected} {elected:est élu|est élue|sont élus|sont élues} sans autre transfert.',
    'stv.surplus':
      'Transfert de l’excédent {de:names} ({surplus} voix)\u00a0: chaque bulletin passe au choix suivant avec sa valeur × excédent ÷ total, tronquée à 5 décimales (pour un bulletin entier\u00a0: {transferValue}).',
    'stv.excluded':
      'Plus d’excédent à transférer\u00a0: {names}, avec le moins de voix ({votes}), {names:est éliminé|est éliminée|sont éliminés|sont éliminées}\u00a0; les bulletins passent au choix suivant à leur valeur actuelle.',
    'stv.tieLookBack':
      'Égalité entre {tied}\u00a0: on regarde la dernière étape précédente où leurs voix différaient (étape {stage}), qui désigne {kept}.',
    'stv.tieNeverSeparated': 'Égalité entre {tied}\u00a0: leurs voix ont été égales à chaque étape.',
    'stv.lot': 'Tirage au sort entre {tied} (graine «\u00a0{seed}\u00a0»)\u00a0: {chosen}.',
    'stv.surplusTogether': 'Excédents égaux\u00a0: ceux {de:names} sont transférés ensemble, dans la même étape.',
    'stv.excludedTogether':
      'Sans tirage au sort, {names} {names:est éliminé|est éliminée|sont éliminés|sont éliminées} ensemble.',
    'stv.tie':
      'Il reste {places} {places|siège|sièges} pour {tied}, à égalité\u00a0: l’égalité est signalée, pas tranchée.',
    'stv.result': '{elected:Élu|Élue|Élus|Élues}, dans l’ordre\u00a0: {elected}.',
    // list methods
    ...listFr('dhondt'),
    ...averagesFr('dhondt'),
    ...listFr('sainte-lague'),
    ...averagesFr('sainte-lague'),
    ...listFr('largest-remainder'),
    'largest-remainder.quota':
      'Quota de Hare\u00a0: {votes} voix ÷ {seats} {seats|siège|sièges} = {quota} voix par siège.',
    'largest-remainder.shares':
      'Chaque liste reçoit un siège par quota entier de voix\u00a0: {whole}. Ce qui reste à chacune, en voix\u00a0: {remainders}.',
    'largest-remainder.remainderSeats':
      '{count|Le siège restant va|Les sièges restants vont} aux plus forts restes\u00a0: {lists}.',
    'largest-remainder.tieVotes':
      'Restes égaux pour le dernier siège entre {tied}\u00a0: la liste qui a le plus de voix passe devant ({chosen}).',
    ...listFr('french-municipal'),
    ...averagesFr('french-municipal'),
    'french-municipal.secondRound':
      'Aucune liste n’a la majorité absolue des suffrages exprimés ({leaders} en tête avec {votes} voix sur {valid})\u00a0: pas de répartition, il faut un second tour.',
    'french-municipal.bonus':
      'Prime majoritaire\u00a0: {list} ({votes} voix sur {valid} au {round}{round|er|e} tour) reçoit d’abord {bonus} {bonus|siège|sièges}, la moitié des {seats}.',
    'french-municipal.bonusTie':
      'Au second tour, {tied} sont à égalité en tête ({votes} voix)\u00a0: la loi donne alors la prime de {bonus} {bonus|siège|sièges} à la liste la plus âgée en moyenne, inconnue ici. L’égalité est signalée.',
    'french-municipal.split':
      'Les autres sièges sont répartis à la plus forte moyenne, sans compter la prime\u00a0: {proportional}.',
    // bloc methods
    'bloc-plurality.totals':
      'Chaque votant soutient ses {seats} premiers choix. Soutiens de chaque candidat\u00a0: {totals}.',
    'bloc-plurality.elected': '{elected:Élu|Élue|Élus|Élues} avec les plus gros totaux\u00a0: {elected} ({totals}).',
    'bloc-plurality.tie':
      'Égalité à {total} entre {tied} pour {places} {places|siège|sièges}\u00a0: l’égalité est signalée, pas tranchée.',
    'bloc-approval.ballots': 'Chaque votant approuve autant de candidats qu’il le veut.',
    'bloc-approval.threshold':
      'Notes de {min} à {max}\u00a0: un votant approuve un candidat quand il lui donne au moins {threshold}.',
    'bloc-approval.totals':
      'Approbations de chaque candidat ({voters} {voters|votant|votants}, {seats} {seats|siège|sièges})\u00a0: {totals}.',
    'bloc-approval.elected': '{elected:Élu|Élue|Élus|Élues} avec le plus d’approbations\u00a0: {elected} ({totals}).',
    'bloc-approval.tie':
      'Égalité à {total} entre {tied} pour {places} {places|siège|sièges}\u00a0: l’égalité est signalée, pas tranchée.',
  },
  en: {
    'error.listThreshold': 'The threshold must be a share from 0 to 1, such as 0.05 (got: {value}).',
    'error.municipalRound': 'The round must be 1 or 2 (got: {value}).',
    // stv
    'stv.quota':
      'Non-empty ballots: {valid} ({empty} empty {empty|ballot|ballots} set aside). Quota for {seats} {seats|seat|seats}: {valid} ÷ ({seats} + 1), rounded down, plus 1 = {quota} votes.',
    'stv.stage':
      'Stage {stage}: {votes}. Non-transferable: {nonTransferableTotal}; lost by truncation: {lostTotal}; quota: {quota}.',
    'stv.elected':
      'At stage {stage}, {count|this candidate reaches|these candidates reach} the quota and {count|is|are} elected: {elected} ({votes} votes).',
    'stv.lastSeats':
      'There are as many seats left as candidates still in the race: {elected} {elected:is|are} elected without more transfers.',
    'stv.surplus':
      'Transfer of the surplus of {names} ({surplus} votes): each ballot passes to its next choice at its value × surplus ÷ total, cut to 5 decimals (for a whole ballot: {transferValue}).',
    'stv.excluded':
      'No surplus left to transfer: {names}, with the fewest votes ({votes}), {names:is|are} excluded; the ballots pass to their next choice at their current value.',
    'stv.tieLookBack':
      'Tie between {tied}: we look at the latest earlier stage where their votes differed (stage {stage}), which points to {kept}.',
    'stv.tieNeverSeparated': 'Tie between {tied}: their votes were equal at every stage.',
    'stv.lot': 'Drawing lots between {tied} (seed “{seed}”): {chosen}.',
    'stv.surplusTogether': 'Equal surpluses: those of {names} are transferred together, in the same stage.',
    'stv.excludedTogether': 'Without drawing lots, {names} are excluded together.',
    'stv.tie': '{places} {places|seat is|seats are} left for {tied}, who are tied: the tie is reported, not broken.',
    'stv.result': 'Elected, in order: {elected}.',
    // list methods
    ...listEn('dhondt'),
    ...averagesEn('dhondt'),
    ...listEn('sainte-lague'),
    ...averagesEn('sainte-lague'),
    ...listEn('largest-remainder'),
    'largest-remainder.quota': 'Hare quota: {votes} votes ÷ {seats} {seats|seat|seats} = {quota} votes per seat.',
    'largest-remainder.shares':
      'Each list gets one seat per whole quota of votes: {whole}. What is left to each, in votes: {remainders}.',
    'largest-remainder.remainderSeats':
      'The {count|seat|seats} left {count|goes|go} to the largest remainders: {lists}.',
    'largest-remainder.tieVotes':
      'Equal remainders for the last seat between {tied}: the list with more votes goes first ({chosen}).',
    ...listEn('french-municipal'),
    ...averagesEn('french-municipal'),
    'french-municipal.secondRound':
      'No list has an absolute majority of the valid votes ({leaders} {leaders:leads|lead} with {votes} votes out of {valid}): no seats are given, a second round is needed.',
    'french-municipal.bonus':
      'Majority bonus: {list} ({votes} votes out of {valid} in round {round}) first receives {bonus} {bonus|seat|seats}, half of the {seats}.',
    'french-municipal.bonusTie':
      'In round 2, {tied} are tied for first place ({votes} votes): the law then gives the bonus of {bonus} {bonus|seat|seats} to the list with the oldest average age, unknown here. The tie is reported.',
    'french-municipal.split': 'The other seats are shared by highest averages, not counting the bonus: {proportional}.',
    // bloc methods
    'bloc-plurality.totals': 'Each voter backs their first {seats} choices. Support for each candidate: {totals}.',
    'bloc-plurality.elected': 'Elected with the highest totals: {elected} ({totals}).',
    'bloc-plurality.tie':
      'Tie at {total} between {tied} for {places} {places|seat|seats}: the tie is reported, not broken.',
    'bloc-approval.ballots': 'Each voter approves as many candidates as they like.',
    'bloc-approval.threshold':
      'Grades from {min} to {max}: a voter approves a candidate by giving it at least {threshold}.',
    'bloc-approval.totals':
      'Approvals of each candidate ({voters} {voters|voter|voters}, {seats} {seats|seat|seats}): {totals}.',
    'bloc-approval.elected': 'Elected with the most approvals: {elected} ({totals}).',
    'bloc-approval.tie':
      'Tie at {total} between {tied} for {places} {places|seat|seats}: the tie is reported, not broken.',
  },
});
