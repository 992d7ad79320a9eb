/**
 * The results' "Why?" lines (src/present/count/why*.ts): what each method did with these
 * ballots, with the engine's own figures. A line is `{methods} : part part…`; the first part
 * follows the colon (lower case), the next ones are sentences. No line is a general statement:
 * each says what happened here.
 */
import { messageTable } from './table.ts';

export const whyMessages = messageTable({
  fr: {
    'why.line': '{methods}\u00a0: {text}',
    'why.transcript.finalRound': 'Dernier tour (tour {round})\u00a0: {figures}',
    'why.group.elects': '{method} élit {names}',
    'why.group.tied': '{method} laisse {n} vainqueurs à égalité\u00a0: {names}',
    'why.group.nobody': '{method} n’élit personne à ce tour',
    'why.tied': '{names} restent à égalité, le décompte ne les départage pas.',
    'why.plurality.majority': '{name} {name:a|ont} {votes} premiers choix sur {voters}, plus de la moitié.',
    'why.plurality.lead':
      '{name} {name:a|ont} le plus de premiers choix, {votes} sur {voters}, sans dépasser la moitié\u00a0; {second} en {second:a|ont} {secondVotes}.',
    'why.plurality.lone': '{name} {name:a|ont} le plus de premiers choix, {votes} sur {voters}.',
    'why.plurality.tied': '{names} ont le même nombre de premiers choix, {votes} sur {voters}.',
    'why.twoRound.first':
      'au premier tour, {leaders} arrivent en tête et {outVotes} {out:est éliminé|est éliminée|sont éliminés|sont éliminées}.',
    'why.twoRound.firstOnly': 'au premier tour, {leaders} arrivent en tête.',
    'why.twoRound.tiedSecond':
      'au premier tour, {first} {first:arrive|arrivent} en tête avec {firstVotes} voix, et {second} sont à égalité pour la deuxième place avec {secondVotes}.',
    'why.twoRound.everyRunoff': '{winner} {winner:gagne|gagnent} chacun des seconds tours possibles ({duels}).',
    'why.twoRound.runoff': 'au second tour, {winner} {winner:bat|battent} {loser} {forWinner} à {forLoser}.',
    'why.twoRound.runoffTie': 'au second tour, {a} et {b} sont à égalité, {votes} partout.',
    'why.runoff.firstMajority':
      '{name} {name:a|ont} dès le premier tour {votes} premiers choix sur {voters}, plus de la moitié.',
    'why.irv.outFirst':
      'au premier tour, {out} {out:est éliminé|est éliminée|sont éliminés|sont éliminées} avec {votes} premiers choix.',
    'why.irv.out':
      'au tour {round}, {out} {out:est éliminé|est éliminée|sont éliminés|sont éliminées} avec {votes} voix.',
    'why.irv.duel': 'pourtant, en duel, {out:il bat|elle bat|ils battent|elles battent} chacune des autres options.',
    'why.irv.transfer': '{out:ses|ses|leurs|leurs} bulletins vont ensuite pour {to}.',
    'why.irv.transferExhausted':
      '{out:ses|ses|leurs|leurs} bulletins vont ensuite pour {to}\u00a0; {exhausted} n’{exhausted|a|ont} plus de choix.',
    'why.irv.exhaustedOnly': '{out:ses|ses|leurs|leurs} bulletins n’ont plus de choix ({exhausted}).',
    'why.runoff.majorityOver':
      'au tour {round}, {winner} {winner:a|ont} {votes} voix sur {continuing}, plus de la moitié\u00a0; {runner} en {runner:a|ont} {runnerVotes}.',
    'why.runoff.last':
      'au tour {round}, {winner} {winner:reste seul|reste seule|restent seuls|restent seules} en lice.',
    'why.coombs.outFirst':
      'au premier tour, {out} {out:est éliminé|est éliminée|sont éliminés|sont éliminées}, {out:classé dernier|classée dernière|classés derniers|classées dernières} sur {lastVotes} bulletins, plus que toute autre option.',
    'why.coombs.out':
      'au tour {round}, {out} {out:est éliminé|est éliminée|sont éliminés|sont éliminées}, {out:classé dernier|classée dernière|classés derniers|classées dernières} sur {lastVotes} bulletins, plus que toute autre option.',
    'why.bucklin':
      'en comptant les choix jusqu’au rang {round}, {name} {name:figure|figurent} sur {votes} bulletins sur {voters}, plus de la moitié.',
    'why.bucklin.first':
      '{name} {name:est|sont} en première place sur {votes} bulletins sur {voters}, plus de la moitié.',
    'why.borda': '{name} {name:obtient|obtiennent} {points} points, contre {secondPoints} pour {second}.',
    'why.borda.second':
      '{name}, le plus souvent {name:classé deuxième|classée deuxième|classés deuxièmes|classées deuxièmes} ({seconds} bulletins), {name:obtient|obtient|obtiennent|obtiennent} {points} points, contre {secondPoints} pour {second}.',
    'why.borda.tied': '{names} sont à égalité avec {points} points.',
    'why.antiPlurality':
      '{name} {name:n’est classé dernier|n’est classée dernière|ne sont classés derniers|ne sont classées dernières} que sur {last} bulletins, moins souvent que toute autre option\u00a0; {second} {second:l’est|le sont} sur {secondLast}.',
    'why.antiPlurality.never':
      '{name} {name:n’est jamais classé dernier|n’est jamais classée dernière|ne sont jamais classés derniers|ne sont jamais classées dernières}\u00a0; {second} {second:l’est|le sont} sur {secondLast} bulletins.',
    'why.baldwin.out':
      'au tour {round}, {out} {out:est éliminé|est éliminée|sont éliminés|sont éliminées} avec {points} points Borda, le moins.',
    'why.baldwin.outFirst':
      'au premier tour, {out} {out:est éliminé|est éliminée|sont éliminés|sont éliminées} avec {points} points Borda, le moins.',
    'why.nanson.outFirst':
      'au premier tour, {out} {out:est éliminé|est éliminée|sont éliminés|sont éliminées}, sans dépasser la moyenne de {mean} points Borda.',
    'why.nanson.out':
      'au tour {round}, {out} {out:est éliminé|est éliminée|sont éliminés|sont éliminées}, sans dépasser la moyenne de {mean} points Borda.',
    'why.elimination.last':
      '{winner} {winner:reste|reste|restent|restent} alors {winner:seul|seule|seuls|seules} en lice.',
    'why.duels.all': '{name} {name:bat|battent} chacune des autres options en duel ({duels}).',
    'why.duel': '{for} à {against} contre {rival}',
    'why.copeland':
      '{name} {name:gagne|gagnent} {won} {won|duel|duels} et en {name:perd|perdent} {lost}, soit {score} en victoires moins défaites, plus que toute autre option.',
    'why.copeland.ties':
      '{name} {name:gagne|gagnent} {won} {won|duel|duels}, en {name:perd|perdent} {lost} et {name:fait|font} {tied} {tied|nul|nuls}, soit {score} en victoires moins défaites, plus que toute autre option.',
    'why.copeland.tied': '{names} ont le même score, {score} en victoires moins défaites.',
    'why.schulze':
      'par les chaînes de duels les plus fortes, {name} {name:bat|battent} chacune des autres options ({paths}).',
    'why.schulze.ties':
      'par les chaînes de duels les plus fortes, {name} {name:bat|battent} ou {name:égale|égalent} chacune des autres options ({paths}).',
    'why.path': '{for} contre {against} face {à:rival}',
    'why.rankedPairs':
      'en retenant les duels du plus net au moins net sans jamais fermer de cercle, aucun duel retenu ne fait perdre {name}, qui {name:bat|battent} {beaten}.',
    'why.margin': '{rival} de {margin} {margin|voix|voix}',
    'why.minimax':
      'au pire, {name} {name:perd|perdent} un duel de {score} {score|voix|voix} d’écart, moins que toute autre option\u00a0; {second}, de {secondScore}.',
    'why.minimax.unbeaten': '{name} ne {name:perd|perdent} aucun duel.',
    'why.kemeny':
      'l’ordre {order} est celui qui s’accorde avec le plus de préférences des bulletins, {score} au total.',
    'why.black':
      'aucune option ne bat toutes les autres en duel, alors {name} l’{name:emporte|emportent} avec le plus de points Borda, {points}.',
    'why.approval':
      '{approvals} {approvals|votant|votants} sur {voters} {approvals|accepte|acceptent} {name}, {secondApprovals} {secondApprovals|accepte|acceptent} {second}.',
    'why.approval.lone': '{approvals} {approvals|votant|votants} sur {voters} {approvals|accepte|acceptent} {name}.',
    'why.approval.tied': 'autant de votants acceptent {names}, {approvals} sur {voters}.',
    'why.score': '{name} {name:totalise|totalisent} {sum} points de notes, contre {secondSum} pour {second}.',
    'why.score.tied': '{names} sont à égalité avec {sum} points de notes.',
    'why.star': 'en additionnant les notes, {x} ({sumX}) et {y} ({sumY}) ont les deux plus grands totaux.',
    'why.star.runoff':
      'au duel final, {winner} {winner:est préféré|est préférée|sont préférés|sont préférées} sur {forWinner} bulletins, {loser} sur {forLoser}.',
    'why.star.runoffEqual':
      'au duel final, {winner} {winner:est préféré|est préférée|sont préférés|sont préférées} sur {forWinner} bulletins, {loser} sur {forLoser}, et {equal} {equal|bulletin les note|bulletins les notent} à égalité.',
    'why.mj': '{name} {name:a|ont} la meilleure note médiane, {grade}\u00a0; {second} {second:a|ont} {secondGrade}.',
    'why.mj.lone': '{name} {name:a|ont} pour note médiane {grade}.',
    'why.mj.tie':
      '{names} ont la même note médiane, {grade}\u00a0; en comptant les votants au-dessus et au-dessous de cette note, {name} l’{name:emporte|emportent} ({above} au-dessus, {below} au-dessous).',
    'why.seats.noVotes': 'aucune liste n’a de voix, aucun siège n’est attribué.',
    'why.seats': '{lists}.',
    'why.listSeats': '{list} {list:obtient|obtiennent} {seats} {seats|siège|sièges} avec {votes} voix',
    'why.municipal.bonus':
      'en tête, {list} {list:reçoit|reçoivent} d’abord une prime de {bonus} {bonus|siège|sièges}, le reste est partagé à la proportionnelle.',
    'why.municipal.secondRound':
      'aucune liste n’a plus de la moitié des voix au premier tour, au mieux {votes} sur {valid} pour {leaders}\u00a0; il faut un second tour.',
    'why.stv': '{elected} {elected:est élu|est élue|sont élus|sont élues} avec un quota de {quota} voix.',
    'why.bloc.plurality': 'les {seats} options les plus souvent citées l’emportent, {tally}.',
    'why.bloc.approval': 'les {seats} options les plus acceptées l’emportent, {tally}.',
    'why.sortition': 'le tirage avec la graine «\u00a0{seed}\u00a0» donne, dans l’ordre, {draws}.',
    'why.draw': '{name} (parmi {pool})',
    'why.randomBallot':
      'avec la graine «\u00a0{seed}\u00a0», le bulletin n°\u00a0{voter} sur {voters} est tiré, et son premier choix, {name}, l’emporte.',
  },
  en: {
    'why.line': '{methods}: {text}',
    'why.transcript.finalRound': 'Final round (round {round}): {figures}',
    'why.group.elects': '{method} elects {names}',
    'why.group.tied': '{method} leaves {n} winners tied: {names}',
    'why.group.nobody': '{method} elects nobody in this round',
    'why.tied': '{names} remain tied; the count does not separate them.',
    'why.plurality.majority': '{name} {name:has|have} {votes} first choices out of {voters}, more than half.',
    'why.plurality.lead':
      '{name} {name:has|have} the most first choices, {votes} out of {voters}, but not more than half; {second} {second:has|have} {secondVotes}.',
    'why.plurality.lone': '{name} {name:has|have} the most first choices, {votes} out of {voters}.',
    'why.plurality.tied': '{names} have the same number of first choices, {votes} out of {voters}.',
    'why.twoRound.first': 'in the first round, {leaders} lead and {outVotes} {out:is|are} eliminated.',
    'why.twoRound.firstOnly': 'in the first round, {leaders} lead.',
    'why.twoRound.tiedSecond':
      'in the first round, {first} {first:leads|lead} with {firstVotes} votes, and {second} tie for second place with {secondVotes}.',
    'why.twoRound.everyRunoff': '{winner} {winner:wins|win} every possible runoff ({duels}).',
    'why.twoRound.runoff': 'in the runoff, {winner} {winner:beats|beat} {loser} {forWinner} to {forLoser}.',
    'why.twoRound.runoffTie': 'in the runoff, {a} and {b} tie at {votes} each.',
    'why.runoff.firstMajority':
      '{name} {name:has|have} {votes} first choices out of {voters} from the first round, more than half.',
    'why.irv.outFirst': 'in the first round, {out} {out:is|are} eliminated with {votes} first choices.',
    'why.irv.out': 'in round {round}, {out} {out:is|are} eliminated with {votes} votes.',
    'why.irv.duel': 'yet in a duel, {out:it beats|they beat} every other option.',
    'why.irv.transfer': '{out:its|their} ballots then go to {to}.',
    'why.irv.transferExhausted':
      '{out:its|their} ballots then go to {to}; {exhausted} {exhausted|has|have} no choice left.',
    'why.irv.exhaustedOnly': '{out:its|their} ballots have no choice left ({exhausted}).',
    'why.runoff.majorityOver':
      'in round {round}, {winner} {winner:has|have} {votes} votes out of {continuing}, more than half; {runner} {runner:has|have} {runnerVotes}.',
    'why.runoff.last': 'in round {round}, only {winner} {winner:is|are} left.',
    'why.coombs.outFirst':
      'in the first round, {out} {out:is|are} eliminated, ranked last on {lastVotes} ballots, more than any other option.',
    'why.coombs.out':
      'in round {round}, {out} {out:is|are} eliminated, ranked last on {lastVotes} ballots, more than any other option.',
    'why.bucklin':
      'counting choices down to rank {round}, {name} {name:is|are} on {votes} ballots out of {voters}, more than half.',
    'why.bucklin.first': '{name} {name:is|are} in first place on {votes} ballots out of {voters}, more than half.',
    'why.borda': '{name} {name:gets|get} {points} points, against {secondPoints} for {second}.',
    'why.borda.second':
      '{name}, most often ranked second ({seconds} ballots), {name:gets|get} {points} points, against {secondPoints} for {second}.',
    'why.borda.tied': '{names} are tied on {points} points.',
    'why.antiPlurality':
      '{name} {name:is|are} ranked last on only {last} ballots, less often than any other option; {second} on {secondLast}.',
    'why.antiPlurality.never':
      '{name} {name:is|are} never ranked last; {second} {second:is|are}, on {secondLast} ballots.',
    'why.baldwin.out': 'in round {round}, {out} {out:is|are} eliminated with {points} Borda points, the fewest.',
    'why.baldwin.outFirst': 'in the first round, {out} {out:is|are} eliminated with {points} Borda points, the fewest.',
    'why.nanson.outFirst':
      'in the first round, {out} {out:is|are} eliminated, at or below the mean of {mean} Borda points.',
    'why.nanson.out': 'in round {round}, {out} {out:is|are} eliminated, at or below the mean of {mean} Borda points.',
    'why.elimination.last': 'that leaves only {winner} in the race.',
    'why.duels.all': '{name} {name:beats|beat} every other option in a duel ({duels}).',
    'why.duel': '{for} to {against} against {rival}',
    'why.copeland':
      '{name} {name:wins|win} {won} {won|duel|duels} and {name:loses|lose} {lost}, a score of {score} in wins minus losses, more than any other option.',
    'why.copeland.ties':
      '{name} {name:wins|win} {won} {won|duel|duels}, {name:loses|lose} {lost} and {name:draws|draw} {tied}, a score of {score} in wins minus losses, more than any other option.',
    'why.copeland.tied': '{names} have the same score, {score} in wins minus losses.',
    'why.schulze': 'along the strongest chains of duels, {name} {name:beats|beat} every other option ({paths}).',
    'why.schulze.ties':
      'along the strongest chains of duels, {name} {name:beats or ties|beat or tie} every other option ({paths}).',
    'why.path': '{for} to {against} against {rival}',
    'why.rankedPairs':
      'locking the duels from the clearest to the closest, never closing a circle, no locked duel defeats {name}, who {name:beats|beat} {beaten}.',
    'why.margin': '{rival} by {margin}',
    'why.minimax':
      'at worst, {name} {name:loses|lose} a duel by {score} {score|vote|votes}, less than any other option; {second}, by {secondScore}.',
    'why.minimax.unbeaten': '{name} {name:loses|lose} no duel.',
    'why.kemeny': 'the order {order} agrees with the most preferences on the ballots, {score} in all.',
    'why.black':
      'no option beats all the others in a duel, so {name} {name:wins|win} with the most Borda points, {points}.',
    'why.approval':
      '{approvals} of {voters} {approvals|voter accepts|voters accept} {name}; {secondApprovals} {secondApprovals|accepts|accept} {second}.',
    'why.approval.lone': '{approvals} of {voters} {approvals|voter accepts|voters accept} {name}.',
    'why.approval.tied': 'the same number of voters accept {names}, {approvals} of {voters}.',
    'why.score': '{name} {name:totals|total} {sum} grade points, against {secondSum} for {second}.',
    'why.score.tied': '{names} are tied on {sum} grade points.',
    'why.star': 'adding up the grades, {x} ({sumX}) and {y} ({sumY}) have the two highest totals.',
    'why.star.runoff':
      'in the final duel, {winner} {winner:is|are} preferred on {forWinner} ballots, {loser} on {forLoser}.',
    'why.star.runoffEqual':
      'in the final duel, {winner} {winner:is|are} preferred on {forWinner} ballots, {loser} on {forLoser}, and {equal} {equal|ballot grades|ballots grade} them equal.',
    'why.mj': '{name} {name:has|have} the best median grade, {grade}; {second} {second:has|have} {secondGrade}.',
    'why.mj.lone': '{name} {name:has|have} the median grade {grade}.',
    'why.mj.tie':
      '{names} share the same median grade, {grade}; counting the voters above and below it, {name} {name:wins|win} ({above} above, {below} below).',
    'why.seats.noVotes': 'no list has any votes, so no seats are given out.',
    'why.seats': '{lists}.',
    'why.listSeats': '{list} {list:gets|get} {seats} {seats|seat|seats} with {votes} votes',
    'why.municipal.bonus':
      'first, {list} {list:receives|receive} a bonus of {bonus} {bonus|seat|seats}; the rest is shared proportionally.',
    'why.municipal.secondRound':
      'no list has more than half the votes in the first round, at best {votes} of {valid} for {leaders}; a second round is needed.',
    'why.stv': '{elected} {elected:is|are} elected with a quota of {quota} votes.',
    'why.bloc.plurality': 'the {seats} most often named options win, {tally}.',
    'why.bloc.approval': 'the {seats} most accepted options win, {tally}.',
    'why.sortition': 'the draw with seed “{seed}” gives, in order, {draws}.',
    'why.draw': '{name} (out of {pool})',
    'why.randomBallot':
      'with seed “{seed}”, ballot no. {voter} of {voters} is drawn, and its first choice, {name}, wins.',
  },
});
