import { messageTable } from './table.ts';

/** Explanations of the ranked one-winner methods: plurality, two-round, irv, coombs, bucklin, borda, anti-plurality, baldwin, nanson. */
export const rankedMessages = messageTable({
  fr: {
    'plurality.tally': 'Premiers choix : {votes}.',
    'plurality.empty':
      '{count} {count|bulletin ne classe|bulletins ne classent} aucun candidat : {count|il ne compte|ils ne comptent} pour personne.',
    'plurality.overvotes':
      '{count} {count|bulletin met|bulletins mettent} plusieurs candidats à égalité en tête : {count|il ne compte|ils ne comptent} pour personne.',
    'plurality.winners': '{count|Vainqueur|Vainqueurs ex æquo} : {winners}, avec {votes} voix.',
    'two-round.firstRound': 'Premier tour, premiers choix : {votes}.',
    'two-round.empty':
      '{count} {count|bulletin ne classe|bulletins ne classent} aucun candidat : {count|il ne compte|ils ne comptent} pas au premier tour.',
    'two-round.overvotes':
      '{count} {count|bulletin met|bulletins mettent} plusieurs candidats à égalité en tête : {count|il ne compte|ils ne comptent} pas au premier tour.',
    'two-round.leaders':
      'En tête : {first} ({firstVotes} voix). {count|Deuxième|Deuxièmes ex æquo} : {second} ({secondVotes} voix).',
    'two-round.tiedFirst':
      'Égalité en tête entre {first} ({votes} voix {first:chacun|chacune|chacun|chacune}) : chaque paire se retrouve en duel.',
    'two-round.alone': 'Un seul candidat : {winner} {winner:gagne|gagnent} sans second tour.',
    'two-round.runoffs': 'Second tour : {count} {count|duel|duels}, {count|décidé|décidés} sur les bulletins complets.',
    'two-round.runoff':
      'Duel {a} contre {b} : {forA} {forA|votant préfère|votants préfèrent} {a}, {forB} {forB|préfère|préfèrent} {b}. {winner} {winner:gagne|gagnent} ce duel.',
    'two-round.runoffTie':
      'Duel {a} contre {b} : {forA} {forA|votant préfère|votants préfèrent} {a}, {forB} {forB|préfère|préfèrent} {b}. Égalité : les deux gagnent ce duel.',
    'two-round.winners': '{count|Vainqueur|Vainqueurs ex æquo} : {winners}.',
    'two-round.tieBreakVotes': 'Départage par le nombre de voix du premier tour : {votes}.',
    'two-round.tieBreakChosen': '{chosen:Retenu|Retenue|Retenus|Retenues} grâce au premier tour : {chosen}.',
    'two-round.tieBreakStillTied': 'Toujours à égalité au premier tour : {stillTied}.',
    'irv.round':
      'Tour {round} : {votes}. Majorité : {quota} voix sur {continuing} {continuing|bulletin|bulletins} encore en jeu.',
    'irv.exhausted':
      'Tour {round} : {count} {count|bulletin épuisé|bulletins épuisés}, aucun de {count|ses|leurs} candidats n’est encore en lice.',
    'irv.overvotes':
      'Tour {round} : {count} {count|bulletin met|bulletins mettent} à égalité plusieurs candidats encore en lice à leur meilleur rang : {count|il ne compte|ils ne comptent} pour personne à ce tour.',
    'irv.majority':
      'Tour {round} : {winner} {winner:a|ont} {votes} voix, au moins la majorité ({quota}). {winner} {winner:gagne|gagnent}.',
    'irv.eliminated':
      'Tour {round} : {eliminated}, avec le moins de voix ({votes}), {eliminated:quitte|quittent} la course ; {eliminated:ses|leurs} bulletins passent au choix suivant.',
    'irv.allTied':
      'Tour {round} : tous les candidats restants ont {votes} voix. {winners} {winners:gagne|gagnent}{count|| ensemble}.',
    'irv.winners': '{count|Vainqueur|Vainqueurs ex æquo} : {winners}.',
    'irv.tieBreakRound': 'On remonte au tour {round}, où ils n’étaient pas à égalité : {votes}.',
    'irv.tieBreakNever': '{candidates} n’ont été {candidates:séparé|séparée|séparés|séparées} à aucun tour.',
    'irv.tieBreakChosen': '{chosen:Retenu|Retenue|Retenus|Retenues} grâce aux tours précédents : {chosen}.',
    'irv.tieBreakStillTied': 'Toujours à égalité : {stillTied}.',
    'coombs.round':
      'Tour {round}, premiers choix : {votes}. Majorité : {quota} voix sur {continuing} {continuing|bulletin|bulletins} encore en jeu.',
    'coombs.exhausted':
      'Tour {round} : {count} {count|bulletin épuisé|bulletins épuisés}, aucun de {count|ses|leurs} candidats n’est encore en lice.',
    'coombs.overvotes':
      'Tour {round} : {count} {count|bulletin met|bulletins mettent} à égalité plusieurs candidats encore en lice à leur meilleur rang : pas de premier choix.',
    'coombs.lastPlaces': 'Tour {round}, dernières places : {lastVotes}.',
    'coombs.noLast':
      'Tour {round} : {count} {count|bulletin ne désigne|bulletins ne désignent} pas un seul dernier parmi les candidats restants : {count|il ne compte|ils ne comptent} pas pour les dernières places.',
    'coombs.majority':
      'Tour {round} : {winner} {winner:a|ont} {votes} voix en premier choix, au moins la majorité ({quota}). {winner} {winner:gagne|gagnent}.',
    'coombs.eliminated':
      'Tour {round} : personne n’a la majorité ; {eliminated}, {eliminated:classé dernier|classée dernière|classés derniers|classées dernières} le plus souvent ({lastVotes} fois), {eliminated:quitte|quittent} la course.',
    'coombs.allTied':
      'Tour {round} : tous les candidats restants sont derniers {lastVotes} fois. {winners} {winners:gagne|gagnent}{count|| ensemble}.',
    'coombs.winners': '{count|Vainqueur|Vainqueurs ex æquo} : {winners}.',
    'bucklin.quota': 'Majorité : {quota} voix sur {voters} {voters|votant|votants}.',
    'bucklin.round': 'Tour {round}, voix cumulées jusqu’au rang {round} : {votes}.',
    'bucklin.reached': 'Tour {round}\u00a0: {reached} {reached:atteint|atteignent} la majorité ({quota}).',
    'bucklin.noMajority': 'Même avec tous les rangs ({round}), personne n’atteint la majorité ({quota}).',
    'bucklin.winners':
      '{count|Vainqueur|Vainqueurs ex æquo} : {winners}, plus grand total au tour {round} ({votes} voix).',
    'borda.scale':
      'Sur chaque bulletin, le premier reçoit {top} {top|point|points}, le suivant un de moins, et ainsi de suite jusqu’à 0 pour le dernier.',
    'borda.incomplete':
      'Un candidat non classé reçoit 0 point ; des candidats classés au même rang se partagent les points de leurs places.',
    'borda.points': 'Points : {points}.',
    'borda.winners': '{count|Vainqueur|Vainqueurs ex æquo} : {winners}, avec {points} {points|point|points}.',
    'anti-plurality.lastPlaces': 'Dernières places : {lastVotes}.',
    'anti-plurality.noLast':
      '{count} {count|bulletin ne désigne|bulletins ne désignent} pas un seul dernier : {count|il ne compte|ils ne comptent} pas.',
    'anti-plurality.winners':
      '{count|Vainqueur|Vainqueurs ex æquo} : {winners}, le moins souvent dernier ({lastVotes} fois).',
    'baldwin.round': 'Tour {round}, points de Borda entre les candidats restants (de {top} à 0) : {points}.',
    'baldwin.eliminated':
      'Tour {round} : {eliminated}, avec le moins de points ({points}), {eliminated:quitte|quittent} la course.',
    'baldwin.allTied':
      'Tour {round} : tous les candidats restants ont {points} {points|point|points}. {winners} {winners:gagne|gagnent}{count|| ensemble}.',
    'baldwin.last': 'Tour {round} : il ne reste que {winner}.',
    'baldwin.winners': '{count|Vainqueur|Vainqueurs ex æquo} : {winners}.',
    'nanson.round':
      'Tour {round}, points de Borda entre les candidats restants (de {top} à 0) : {points}. Moyenne : {total} ÷ {candidates} = {mean}.',
    'nanson.eliminated':
      'Tour {round} : à la moyenne ({mean}) ou en dessous, {eliminated} {eliminated:quitte|quittent} la course.',
    'nanson.allTied':
      'Tour {round} : tous les candidats restants ont {points} {points|point|points}, la moyenne. {winners} {winners:gagne|gagnent}{count|| ensemble}.',
    'nanson.last': 'Tour {round} : il ne reste que {winner}.',
    'nanson.winners': '{count|Vainqueur|Vainqueurs ex æquo} : {winners}.',
  },
  en: {
    'plurality.tally': 'First choices: {votes}.',
    'plurality.empty':
      '{count} {count|ballot ranks|ballots rank} no candidate, so {count|it counts|they count} for nobody.',
    'plurality.overvotes':
      '{count} {count|ballot puts|ballots put} several candidates level at the top, so {count|it counts|they count} for nobody.',
    'plurality.winners': '{count|Winner|Tied winners}: {winners}, with {votes} {votes|vote|votes}.',
    'two-round.firstRound': 'First round, first choices: {votes}.',
    'two-round.empty':
      '{count} {count|ballot ranks|ballots rank} no candidate, so {count|it does|they do} not count in the first round.',
    'two-round.overvotes':
      '{count} {count|ballot puts|ballots put} several candidates level at the top, so {count|it does|they do} not count in the first round.',
    'two-round.leaders':
      'First: {first} ({firstVotes} {firstVotes|vote|votes}). {count|Second|Tied second}: {second} ({secondVotes} {secondVotes|vote|votes}).',
    'two-round.tiedFirst':
      'A tie at the top between {first} ({votes} {votes|vote|votes} each): every pair of them meets in a duel.',
    'two-round.alone': 'Only one candidate: {winner} {winner:wins|win} without a runoff.',
    'two-round.runoffs': 'Runoff: {count} {count|duel|duels}, decided on the full ballots.',
    'two-round.runoff':
      'Duel {a} against {b}: {forA} {forA|voter prefers|voters prefer} {a}, {forB} {forB|prefers|prefer} {b}. {winner} {winner:wins|win} this duel.',
    'two-round.runoffTie':
      'Duel {a} against {b}: {forA} {forA|voter prefers|voters prefer} {a}, {forB} {forB|prefers|prefer} {b}. A tie: both win this duel.',
    'two-round.winners': '{count|Winner|Tied winners}: {winners}.',
    'two-round.tieBreakVotes': 'Tie broken by the first-round votes: {votes}.',
    'two-round.tieBreakChosen': 'Chosen thanks to the first round: {chosen}.',
    'two-round.tieBreakStillTied': 'Still tied in the first round: {stillTied}.',
    'irv.round': 'Round {round}: {votes}. Majority: {quota} of {continuing} {continuing|ballot|ballots} still in play.',
    'irv.exhausted':
      'Round {round}: {count} exhausted {count|ballot|ballots}, none of {count|its|their} candidates is still in the race.',
    'irv.overvotes':
      'Round {round}: {count} {count|ballot puts|ballots put} several remaining candidates level at their best rank, so {count|it counts|they count} for nobody this round.',
    'irv.majority':
      'Round {round}: {winner} {winner:has|have} {votes} {votes|vote|votes}, at least a majority ({quota}). {winner} {winner:wins|win}.',
    'irv.eliminated':
      'Round {round}: {eliminated}, with the fewest votes ({votes}), {eliminated:leaves|leave} the race; {count|that candidate’s|those candidates’} ballots move to their next choice.',
    'irv.allTied':
      'Round {round}: every remaining candidate has {votes} {votes|vote|votes}. {winners} {winners:wins|win}{count|| together}.',
    'irv.winners': '{count|Winner|Tied winners}: {winners}.',
    'irv.tieBreakRound': 'Looking back at round {round}, where they were not tied: {votes}.',
    'irv.tieBreakNever': '{candidates} were never separated in any round.',
    'irv.tieBreakChosen': 'Chosen thanks to the earlier rounds: {chosen}.',
    'irv.tieBreakStillTied': 'Still tied: {stillTied}.',
    'coombs.round':
      'Round {round}, first choices: {votes}. Majority: {quota} of {continuing} {continuing|ballot|ballots} still in play.',
    'coombs.exhausted':
      'Round {round}: {count} exhausted {count|ballot|ballots}, none of {count|its|their} candidates is still in the race.',
    'coombs.overvotes':
      'Round {round}: {count} {count|ballot puts|ballots put} several remaining candidates level at their best rank: no first choice.',
    'coombs.lastPlaces': 'Round {round}, last places: {lastVotes}.',
    'coombs.noLast':
      'Round {round}: {count} {count|ballot names|ballots name} no single last among the remaining candidates, so {count|it does|they do} not count for last places.',
    'coombs.majority':
      'Round {round}: {winner} {winner:has|have} {votes} first-choice {votes|vote|votes}, at least a majority ({quota}). {winner} {winner:wins|win}.',
    'coombs.eliminated':
      'Round {round}: nobody has a majority; {eliminated}, ranked last most often ({lastVotes} {lastVotes|time|times}), {eliminated:leaves|leave} the race.',
    'coombs.allTied':
      'Round {round}: every remaining candidate is last {lastVotes} {lastVotes|time|times}. {winners} {winners:wins|win}{count|| together}.',
    'coombs.winners': '{count|Winner|Tied winners}: {winners}.',
    'bucklin.quota': 'Majority: {quota} of {voters} {voters|voter|voters}.',
    'bucklin.round': 'Round {round}, votes counted down to rank {round}: {votes}.',
    'bucklin.reached': 'Round {round}: {reached} {reached:reaches|reach} a majority ({quota}).',
    'bucklin.noMajority': 'Even with every rank ({round}), nobody reaches a majority ({quota}).',
    'bucklin.winners':
      '{count|Winner|Tied winners}: {winners}, the highest total in round {round} ({votes} {votes|vote|votes}).',
    'borda.scale':
      'On each ballot, first place gets {top} {top|point|points}, the next one less, and so on down to 0 for last place.',
    'borda.incomplete':
      'An unranked candidate gets 0 points; candidates sharing a rank share the points of their places.',
    'borda.points': 'Points: {points}.',
    'borda.winners': '{count|Winner|Tied winners}: {winners}, with {points} {points|point|points}.',
    'anti-plurality.lastPlaces': 'Last places: {lastVotes}.',
    'anti-plurality.noLast':
      '{count} {count|ballot names|ballots name} no single last candidate, so {count|it does|they do} not count.',
    'anti-plurality.winners':
      '{count|Winner|Tied winners}: {winners}, least often last ({lastVotes} {lastVotes|time|times}).',
    'baldwin.round': 'Round {round}, Borda points among the remaining candidates ({top} down to 0): {points}.',
    'baldwin.eliminated':
      'Round {round}: {eliminated}, with the fewest points ({points}), {eliminated:leaves|leave} the race.',
    'baldwin.allTied':
      'Round {round}: every remaining candidate has {points} {points|point|points}. {winners} {winners:wins|win}{count|| together}.',
    'baldwin.last': 'Round {round}: only {winner} {winner:is|are} left.',
    'baldwin.winners': '{count|Winner|Tied winners}: {winners}.',
    'nanson.round':
      'Round {round}, Borda points among the remaining candidates ({top} down to 0): {points}. Average: {total} ÷ {candidates} = {mean}.',
    'nanson.eliminated':
      'Round {round}: at or below the average ({mean}), {eliminated} {eliminated:leaves|leave} the race.',
    'nanson.allTied':
      'Round {round}: every remaining candidate has {points} {points|point|points}, the average. {winners} {winners:wins|win}{count|| together}.',
    'nanson.last': 'Round {round}: only {winner} {winner:is|are} left.',
    'nanson.winners': '{count|Winner|Tied winners}: {winners}.',
  },
});
