import { messageTable } from './table.ts';

/**
 * Explanations of the graded methods (approval, score, star, majority-judgment), the chance
 * methods (random-ballot, sortition) and the separate tie-break step (`tiebreak.*`).
 * French typography: no-break space (\u00a0) before « : ; ? ! » and inside guillemets, as in
 * every table (src/i18n/typography.test.ts holds them to it).
 */
export const gradedMessages = messageTable({
  fr: {
    // approval
    'approval.ballots': 'Chaque votant approuve autant de candidats qu’il le veut.',
    'approval.threshold':
      'Notes de {min} à {max}\u00a0: un votant approuve un candidat quand il lui donne au moins {threshold}.',
    'approval.counts': 'Nombre de votants (sur {voters}) qui approuvent chaque candidat\u00a0: {approvals}.',
    'approval.winners': 'Le plus d’approbations ({approvals}) va {à:winners}.',
    'approval.nobody':
      'Personne n’a approuvé personne\u00a0: tous les candidats sont à égalité et tous gagnent ({winners}).',
    // score
    'score.sums':
      'Notes de {min} à {max}, {voters} {voters|votant|votants}. Total des notes de chaque candidat\u00a0: {sums}.',
    'score.winners': 'Le plus gros total ({sum}) revient {à:winners}.',
    // star
    'star.scale': 'Le vote STAR se fait avec des notes de 0 à 5 (cette élection note de {min} à {max}).',
    'star.scores':
      'Premier tour, par les notes ({voters} {voters|votant|votants})\u00a0: total de chaque candidat\u00a0: {sums}.',
    'star.finalists':
      '{first} {first:a|ont} le meilleur total et {second} le deuxième\u00a0: {second:il affronte|elle affronte|ils affrontent chacun|elles affrontent chacune} {first} au second tour automatique.',
    'star.finalistsTied': 'Égalité en tête entre {first}\u00a0: chaque paire s’affronte au second tour automatique.',
    'star.runoff':
      'Second tour {x} contre {y}\u00a0: {forX} {forX|votant note|votants notent} {x} plus haut, {forY} {forY|note|notent} {y} plus haut, {equal} {equal|donne|donnent} la même note. Gagne ce duel\u00a0: {winners}.',
    'star.winners': 'Vainqueur du vote STAR, sans départager les égalités\u00a0: {winners}.',
    'star.tieScoreRound':
      'Règle officielle STAR\u00a0: {tied} sont à égalité de total pour {places} {places|place|places} de finaliste. Duels gagnés entre eux\u00a0: {wins}. Nombre de 5\u00a0: {fives}.',
    'star.tieAdvance': 'Passe au second tour\u00a0: {advancing}.',
    'star.tieStillOpen': 'Toujours à égalité pour {places} {places|place|places} de finaliste\u00a0: {tied}.',
    'star.tieRunoffPreference': 'Second tour {x} contre {y}\u00a0: {forX} contre {forY}. Gagne\u00a0: {winners}.',
    'star.tieRunoffScore':
      'Second tour {x} contre {y} à égalité ({forX} contre {forY})\u00a0: la règle officielle donne la victoire au meilleur total ({sumX} contre {sumY}), donc {à:winners}.',
    'star.tieRunoffFives':
      'Second tour {x} contre {y} à égalité, et totaux égaux ({sumX})\u00a0: la règle officielle regarde le nombre de 5 ({fivesX} contre {fivesY}). Gagne\u00a0: {winners}.',
    'star.tieRunoffUnbroken':
      'Second tour {x} contre {y}\u00a0: égalité des préférences ({forX}), des totaux ({sumX}) et des 5 ({fivesX}). La règle officielle ne les sépare pas.',
    'star.tieUnresolved': 'La règle officielle STAR ne suffit pas\u00a0: peuvent encore gagner {tied}.',
    // majority-judgment
    'majority-judgment.noVoters':
      'Personne n’a voté\u00a0: sans médiane, tous les candidats sont à égalité ({winners}).',
    'majority-judgment.grades':
      '{voters} {voters|votant|votants}, mentions de {min} à {max}. On range les notes de chaque candidat de la plus basse à la plus haute\u00a0; sa médiane est la {position}{position|re|e} note.',
    'majority-judgment.merit':
      '{name}\u00a0: nombre de voix pour chaque note, de la plus basse ({min}) à la plus haute\u00a0: {counts}. Médiane\u00a0: {median}.',
    'majority-judgment.winner': 'La meilleure médiane ({median}) est celle {de:winners}, qui {winners:gagne|gagnent}.',
    'majority-judgment.bestMedian':
      'Égalité de médiane ({median}) entre {tied}\u00a0: on regarde de quel côté de la médiane penchent les autres notes.',
    'majority-judgment.gauge':
      '{name}\u00a0: {p} {p|note|notes} au-dessus de {median}, {q} en dessous. Valeur de départage\u00a0: {key} (+p si p > q, sinon −q).',
    'majority-judgment.gaugeWinner': 'La meilleure valeur de départage ({key}) revient {à:winners}.',
    'majority-judgment.gaugeTie': 'Même valeur de départage ({key})\u00a0: {winners} restent à égalité.',
    'majority-judgment.tieStart':
      'Règle officielle (itérative)\u00a0: on retire une note médiane {à:tied}, puis une autre, jusqu’à ce que leurs médianes diffèrent.',
    'majority-judgment.tieRound':
      'Après {removed} {removed|note retirée|notes retirées}, médianes\u00a0: {medians}. Restent en lice\u00a0: {staying}.',
    'majority-judgment.tieSkipped': 'Du retrait n°\u00a0{from} au n°\u00a0{to}, les médianes restent égales.',
    'majority-judgment.tieDecided':
      'Les médianes diffèrent après {removed} {removed|retrait|retraits}\u00a0: {winners} {winners:l’emporte|l’emportent}.',
    'majority-judgment.tieIdentical':
      '{tied} ont exactement les mêmes notes\u00a0: la règle officielle ne peut pas les départager.',
    // random-ballot
    'random-ballot.firstChoices': 'Premiers choix des {voters} {voters|votant|votants}\u00a0: {votes}.',
    'random-ballot.void':
      '{empty} {empty|bulletin vide|bulletins vides} et {overvotes} {overvotes|bulletin|bulletins} avec plusieurs premiers choix ex æquo ne désignent personne\u00a0: si l’un d’eux est tiré, on tire à nouveau.',
    'random-ballot.noValid':
      'Aucun bulletin ne désigne un seul premier choix\u00a0: il n’y a rien à tirer, tous les candidats sont à égalité ({winners}).',
    'random-ballot.chances':
      'Chaque bulletin a la même chance d’être tiré. La chance d’un candidat est son nombre de premiers choix sur {valid}\u00a0: {votes}.',
    'random-ballot.seed':
      'Les {voters} bulletins sont alignés, rangés d’après leurs choix (le premier, puis le deuxième…, les noms comparés caractère par caractère), et on en tire un avec la graine «\u00a0{seed}\u00a0».',
    'random-ballot.redraw':
      'Bulletin n°\u00a0{voter} tiré ({ballot})\u00a0: il n’a pas un seul premier choix, on tire à nouveau.',
    'random-ballot.redrawEmpty': 'Bulletin n°\u00a0{voter} tiré\u00a0: il est vide, on tire à nouveau.',
    'random-ballot.redraws': '… et encore {count} {count|tirage|tirages} sans premier choix unique.',
    'random-ballot.tooManyRedraws':
      'Aucun bulletin avec un premier choix unique en {count} tirages ({valid} sur {voters} votants)\u00a0: le tirage s’arrête.',
    'random-ballot.drawn':
      'Bulletin n°\u00a0{voter} tiré\u00a0: {ballot}. {winner}, son premier choix, {winner:gagne|gagnent}.',
    // sortition
    'sortition.population': 'Tirage au sort de {seats} {seats|membre|membres} parmi\u00a0: {population}.',
    'sortition.seed': 'Graine du tirage\u00a0: «\u00a0{seed}\u00a0» (la même graine redonne le même tirage).',
    'sortition.freshSeed':
      'Graine tirée au hasard pour ce tirage\u00a0: «\u00a0{seed}\u00a0» (elle permet de le rejouer).',
    'sortition.stratum': 'Groupe «\u00a0{stratum}\u00a0»\u00a0: {seats} {seats|siège|sièges} à tirer parmi {members}.',
    'sortition.others': 'Hors des groupes\u00a0: {seats} {seats|siège|sièges} à tirer parmi {members}.',
    'sortition.draw':
      'Tirage n°\u00a0{draw}\u00a0: numéro {position} sur {pool}, en comptant les noms restants dans l’ordre de la liste\u00a0: {name}.',
    'sortition.stratumDraw':
      '{stratum}, tirage n°\u00a0{draw}\u00a0: numéro {position} sur {pool}, en comptant les noms restants dans l’ordre de la liste\u00a0: {name}.',
    'sortition.chosen': 'Tirés au sort\u00a0: {winners}.',
    'sortition.tooManySeats': 'Impossible de tirer {seats} {seats|membre|membres} parmi {population}.',
    'sortition.unknownMember':
      '«\u00a0{name}\u00a0», dans le groupe «\u00a0{stratum}\u00a0», ne fait pas partie de la population.',
    'sortition.memberTwice': '«\u00a0{name}\u00a0» figure dans deux groupes.',
    'sortition.stratumSeats':
      'Le groupe «\u00a0{stratum}\u00a0» doit avoir un nombre entier de sièges, de 0 à ses {members} membres (reçu\u00a0: {seats}).',
    'sortition.strataSeats': 'Les groupes demandent {strata} {strata|siège|sièges}, mais on n’en tire que {seats}.',
    // tie-break step (src/voting/tiebreak.ts)
    'tiebreak.tie': 'Égalité entre {tied} pour {places} {places|place|places}.',
    'tiebreak.none': 'Règle choisie\u00a0: ne pas départager. L’égalité est annoncée telle quelle.',
    'tiebreak.lot':
      'Tirage au sort parmi {tied}, numérotés dans cet ordre, pour {places} {places|place|places}, avec la graine «\u00a0{seed}\u00a0».',
    'tiebreak.draw': 'Tirage n°\u00a0{draw}\u00a0: numéro {position} sur {pool}, c’est {name}.',
    'tiebreak.official': 'On applique la règle officielle de départage de cette méthode.',
    'tiebreak.noOfficial': 'Cette méthode n’a pas de règle officielle de départage\u00a0: on tire au sort.',
    'tiebreak.officialStillTied':
      'La règle officielle laisse {tied} à égalité pour {places} {places|place|places}\u00a0: on tire au sort.',
    'tiebreak.lottery':
      'Cette méthode est une loterie qui n’a pas encore été tirée\u00a0: on fait son tirage avec la graine «\u00a0{seed}\u00a0».',
    'tiebreak.chosen': 'Après le départage\u00a0: {chosen}.',
  },
  en: {
    // approval
    'approval.threshold':
      'Grades from {min} to {max}: a voter approves a candidate when giving them at least {threshold}.',
    'approval.ballots': 'Each voter approves as many candidates as they like.',
    'approval.counts': 'Number of voters (out of {voters}) approving each candidate: {approvals}.',
    'approval.winners': 'The most approvals ({approvals}) go to {winners}.',
    'approval.nobody': 'Nobody approved anybody: all candidates tie and all of them win ({winners}).',
    // score
    'score.sums': 'Grades from {min} to {max}, {voters} {voters|voter|voters}. Total grade of each candidate: {sums}.',
    'score.winners': 'The biggest total ({sum}) goes to {winners}.',
    // star
    'star.scale': 'STAR voting uses grades from 0 to 5 (this election grades from {min} to {max}).',
    'star.scores': 'First round, by grades ({voters} {voters|voter|voters}): total of each candidate: {sums}.',
    'star.finalists':
      '{first} {first:has|have} the best total. Second-best total: {second}. Each of them meets {first} in the automatic runoff.',
    'star.finalistsTied': '{first} tie for the best total: every pair of them meets in the automatic runoff.',
    'star.runoff':
      'Runoff {x} against {y}: {forX} {forX|voter grades|voters grade} {x} higher, {forY} {forY|grades|grade} {y} higher, {equal} {equal|gives|give} both the same grade. This duel is won by {winners}.',
    'star.winners': 'STAR winner, ties not broken: {winners}.',
    'star.tieScoreRound':
      'Official STAR rule: {tied} tie on their total for {places} finalist {places|place|places}. Duels won among them: {wins}. Number of 5s: {fives}.',
    'star.tieAdvance': 'Going to the runoff: {advancing}.',
    'star.tieStillOpen': 'Still tied for {places} finalist {places|place|places}: {tied}.',
    'star.tieRunoffPreference': 'Runoff {x} against {y}: {forX} to {forY}. Won by {winners}.',
    'star.tieRunoffScore':
      'Runoff {x} against {y} tied ({forX} to {forY}): the official rule gives it to the better total ({sumX} to {sumY}), so to {winners}.',
    'star.tieRunoffFives':
      'Runoff {x} against {y} tied, with equal totals ({sumX}): the official rule looks at the number of 5s ({fivesX} to {fivesY}). Won by {winners}.',
    'star.tieRunoffUnbroken':
      'Runoff {x} against {y}: equal preferences ({forX}), totals ({sumX}) and 5s ({fivesX}). The official rule cannot separate them.',
    'star.tieUnresolved': 'The official STAR rule is not enough: {tied} can still win.',
    // majority-judgment
    'majority-judgment.noVoters': 'Nobody voted: with no median, all candidates tie ({winners}).',
    'majority-judgment.grades':
      '{voters} {voters|voter|voters}, grades from {min} to {max}. Each candidate’s grades are lined up from lowest to highest; the median is grade number {position}.',
    'majority-judgment.merit':
      '{name}: number of voters giving each grade, from the lowest ({min}) to the highest: {counts}. Median: {median}.',
    'majority-judgment.winner': '{winners} {winners:has|have} the best median ({median}) and {winners:wins|win}.',
    'majority-judgment.bestMedian':
      '{tied} tie on the median ({median}): we look at which side of the median the other grades lean.',
    'majority-judgment.gauge':
      '{name}: {p} {p|grade|grades} above {median}, {q} below. Tie-break value: {key} (+p if p > q, otherwise −q).',
    'majority-judgment.gaugeWinner': 'The best tie-break value ({key}) goes to {winners}.',
    'majority-judgment.gaugeTie': 'Same tie-break value ({key}): {winners} stay tied.',
    'majority-judgment.tieStart':
      'Official (iterative) rule: remove one median grade from {tied}, then another, until their medians differ.',
    'majority-judgment.tieRound':
      'After removing {removed} {removed|grade|grades}, medians: {medians}. Still in: {staying}.',
    'majority-judgment.tieSkipped': 'From removal {from} to removal {to}, the medians stay equal.',
    'majority-judgment.tieDecided':
      'The medians differ after {removed} {removed|removal|removals}: {winners} {winners:wins|win}.',
    'majority-judgment.tieIdentical': '{tied} have exactly the same grades: the official rule cannot separate them.',
    // random-ballot
    'random-ballot.firstChoices': 'First choices of the {voters} {voters|voter|voters}: {votes}.',
    'random-ballot.void':
      '{empty} empty {empty|ballot|ballots} and {overvotes} {overvotes|ballot|ballots} with several first choices name nobody: if one of them is drawn, we draw again.',
    'random-ballot.noValid':
      'No ballot names a single first choice: there is nothing to draw, all candidates tie ({winners}).',
    'random-ballot.chances':
      'Every ballot has the same chance to be drawn. A candidate’s chance is its number of first choices out of {valid}: {votes}.',
    'random-ballot.seed':
      'The {voters} ballots are lined up, sorted by their choices (the first, then the second…, names compared character by character), and one is drawn with the seed “{seed}”.',
    'random-ballot.redraw': 'Ballot no. {voter} drawn ({ballot}): it has no single first choice, so we draw again.',
    'random-ballot.redrawEmpty': 'Ballot no. {voter} drawn: it is empty, so we draw again.',
    'random-ballot.redraws': '… and {count} more {count|draw|draws} with no single first choice.',
    'random-ballot.tooManyRedraws':
      'No ballot with a single first choice in {count} draws ({valid} of {voters} voters): the draw stops.',
    'random-ballot.drawn': 'Ballot no. {voter} drawn: {ballot}. {winner}, its first choice, {winner:wins|win}.',
    // sortition
    'sortition.population': 'Drawing {seats} {seats|member|members} by lot from: {population}.',
    'sortition.seed': 'Seed of the draw: “{seed}” (the same seed gives the same draw).',
    'sortition.freshSeed': 'Seed picked at random for this draw: “{seed}” (it lets you replay it).',
    'sortition.stratum': 'Group “{stratum}”: {seats} {seats|seat|seats} to draw from {members}.',
    'sortition.others': 'Outside the groups: {seats} {seats|seat|seats} to draw from {members}.',
    'sortition.draw':
      'Draw no. {draw}: number {position} of {pool}, counting the names left in the order of the list: {name}.',
    'sortition.stratumDraw':
      '{stratum}, draw no. {draw}: number {position} of {pool}, counting the names left in the order of the list: {name}.',
    'sortition.chosen': 'Drawn by lot: {winners}.',
    'sortition.tooManySeats': 'Cannot draw {seats} {seats|member|members} from {population}.',
    'sortition.unknownMember': '“{name}”, in group “{stratum}”, is not in the population.',
    'sortition.memberTwice': '“{name}” is in two groups.',
    'sortition.stratumSeats':
      'Group “{stratum}” needs a whole number of seats from 0 to its {members} members (got: {seats}).',
    'sortition.strataSeats': 'The groups ask for {strata} {strata|seat|seats}, but only {seats} {seats|is|are} drawn.',
    // tie-break step (src/voting/tiebreak.ts)
    'tiebreak.tie': '{tied} tie for {places} {places|place|places}.',
    'tiebreak.none': 'Chosen rule: do not break ties. The tie is announced as it is.',
    'tiebreak.lot':
      'Drawing lots among {tied}, numbered in this order, for {places} {places|place|places}, with the seed “{seed}”.',
    'tiebreak.draw': 'Draw no. {draw}: number {position} of {pool}, that is {name}.',
    'tiebreak.official': 'The method’s own official tie-break rule is applied.',
    'tiebreak.noOfficial': 'This method has no official tie-break rule: lots are drawn.',
    'tiebreak.officialStillTied':
      'The official rule leaves {tied} tied for {places} {places|place|places}: lots are drawn.',
    'tiebreak.lottery':
      'This method is a lottery that has not been drawn yet: its draw is made with the seed “{seed}”.',
    'tiebreak.chosen': 'After the tie-break: {chosen}.',
  },
});
