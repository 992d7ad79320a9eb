/**
 * Texts of the classroom's results that say only what the ballots say: the units of each
 * method's decisive figures and the stages of a count (rounds, duels, shows of hands), ties
 * and the draw that may settle them, and the counts typed from shows of hands.
 */
import { messageTable } from './table.ts';

export const classResultsMessages = messageTable({
  fr: {
    'classroom.unit.firsts': 'premiers choix',
    'classroom.unit.hands': 'mains levées',
    'classroom.unit.lastPlaces': 'dernières places (moins, c’est mieux)',
    'classroom.unit.points': 'points',
    'classroom.unit.copeland': 'duels gagnés moins duels perdus',
    'classroom.unit.schulze': 'rivaux battus ou égalés par les chemins les plus forts',
    'classroom.unit.beaten': 'rivaux battus en duel',
    'classroom.unit.minimax': 'pire défaite en duel, en voix (moins, c’est mieux)',
    'classroom.unit.kemeny': 'score du meilleur classement qui commence par l’option',
    'classroom.unit.approvals': 'approbations',
    'classroom.unit.sum': 'total des notes',
    'classroom.unit.median': 'note médiane',
    'classroom.unit.figure': 'chiffre de la méthode',
    'classroom.stage.line': '{label}\u00a0: {figures}',
    'classroom.stage.round': 'Tour {round}',
    'classroom.stage.firstRound': 'Premier tour ({unit})',
    'classroom.stage.duel': 'Second tour (duel)',
    'classroom.stage.finalRound': 'Dernier tour (tour {round})',
    'classroom.stage.show': 'Main levée n°\u00a0{show} ({unit})',
    'classroom.results.nobody': 'personne',
    'classroom.results.drawn': '{names} (tiré au sort entre {tied}, graine «\u00a0{seed}\u00a0»)',
    'classroom.results.outcomes':
      '{winners} {winners|gagnant|gagnants différents} pour {methods} {methods|méthode|méthodes}',
    'classroom.results.outcomesTied':
      '{outcomes} {outcomes|résultat|résultats différents} pour {methods} {methods|méthode|méthodes}, dont {ties} {ties|égalité|égalités}',
    'classroom.results.withDraws': ', dont {n} {n|départagée|départagées} par tirage au sort',
    'classroom.results.hands': '{n} {n|main levée|mains levées}, une par personne',
    'classroom.results.handsPeople': '{n} {n|main levée|mains levées} par {people} {people|personne|personnes}',
    'classroom.results.ballotsSource': '{n} {n|bulletin|bulletins}, {source}',
    'classroom.results.breakTie': 'Égalité\u00a0: tirer au sort…',
    'classroom.results.rounds': 'Voir tous les tours',
    'classroom.results.finalOnly': 'Dernier tour seulement',
    'classroom.hands.leftOut':
      'Une main levée ne dit qu’un premier choix\u00a0: {methods} {count|demande|demandent} le classement complet de chacun\u00a0; {count|son résultat n’est donc pas calculé|leurs résultats ne sont donc pas calculés} ici. Pour {count|l’obtenir|les obtenir}, votez sur cet appareil, sur papier ou par téléphone.',
    'classroom.hands.runoffLegend': 'Comment la classe vote à main levée',
    'classroom.hands.runoff.none': 'Une seule main levée (scrutin à un tour)',
    'classroom.hands.runoff.two-round':
      'Deux mains levées\u00a0: un second tour entre les deux premiers (scrutin à deux tours)',
    'classroom.hands.runoff.irv':
      'Des mains levées successives, en éliminant chaque fois l’option arrivée dernière (vote alternatif)',
    'classroom.hands.next': 'Main levée n°\u00a0{show}\u00a0: {names}',
    'classroom.hands.nextHelp':
      'Comptée\u00a0: {previous}. Personne n’a plus de la moitié des mains\u00a0: la classe revote entre {names}, une main par personne.',
    'classroom.hands.helpApprovalPeople':
      'Pour chaque option, combien de mains se lèvent\u00a0? Chacun peut lever la main pour plusieurs options\u00a0: dites aussi combien de personnes votent.',
    'classroom.hands.people': 'Nombre de personnes qui votent',
    'classroom.hands.badPeople': 'Combien de personnes votent\u00a0? Un nombre entier, 1 ou plus.',
    'classroom.hands.morethanPeople':
      '{n} mains pour «\u00a0{option}\u00a0», mais {people} {people|personne|personnes} seulement\u00a0: chacun lève la main une fois au plus par option.',
    'classroom.hands.restored': 'Les nombres déjà entrés ont été gardés.',
    'classroom.hands.restart': 'Recommencer la première main levée',
    'classroom.tie.title': 'Égalité',
    'classroom.tie.intro':
      'Les bulletins laissent une égalité. Vous pouvez la laisser telle quelle, ou la trancher par tirage au sort\u00a0: le tirage dépend d’une graine, montrée à tous, et la même graine donne toujours le même tirage.',
    'classroom.tie.line': '{method}\u00a0: égalité entre {names}',
    'classroom.tie.seed': 'Graine du tirage',
    'classroom.tie.draw': 'Tirer au sort',
    'classroom.tie.leave': 'Laisser l’égalité',
    'classroom.tie.badSeed': 'La graine est un texte de 1 à 64 caractères.',
  },
  en: {
    'classroom.unit.firsts': 'first choices',
    'classroom.unit.hands': 'hands raised',
    'classroom.unit.lastPlaces': 'last places (fewer is better)',
    'classroom.unit.points': 'points',
    'classroom.unit.copeland': 'duels won minus duels lost',
    'classroom.unit.schulze': 'rivals beaten or tied on strongest paths',
    'classroom.unit.beaten': 'rivals beaten in duels',
    'classroom.unit.minimax': 'worst duel defeat, in votes (fewer is better)',
    'classroom.unit.kemeny': 'score of the best order that starts with the option',
    'classroom.unit.approvals': 'approvals',
    'classroom.unit.sum': 'sum of grades',
    'classroom.unit.median': 'median grade',
    'classroom.unit.figure': 'the method’s figure',
    'classroom.stage.line': '{label}: {figures}',
    'classroom.stage.round': 'Round {round}',
    'classroom.stage.firstRound': 'Round 1 ({unit})',
    'classroom.stage.duel': 'Round 2 (duel)',
    'classroom.stage.finalRound': 'Final round (round {round})',
    'classroom.stage.show': 'Show of hands {show} ({unit})',
    'classroom.results.nobody': 'nobody',
    'classroom.results.drawn': '{names} (drawn by lot between {tied}, seed “{seed}”)',
    'classroom.results.outcomes': '{winners} {winners|winner|different winners} for {methods} {methods|method|methods}',
    'classroom.results.outcomesTied':
      '{outcomes} {outcomes|outcome|different outcomes} for {methods} {methods|method|methods}, including {ties} {ties|tie|ties}',
    'classroom.results.withDraws': ', {n} of them settled by lot',
    'classroom.results.hands': '{n} {n|hand|hands} raised, one per person',
    'classroom.results.handsPeople': '{n} {n|hand|hands} raised by {people} {people|person|people}',
    'classroom.results.ballotsSource': '{n} {n|ballot|ballots}, {source}',
    'classroom.results.breakTie': 'Tie: draw lots…',
    'classroom.results.rounds': 'Show every round',
    'classroom.results.finalOnly': 'Final round only',
    'classroom.hands.leftOut':
      'A raised hand only tells a first choice: {methods} {count|needs|need} everyone’s full ranking, so {count|its result is|their results are} not worked out here. To get {count|it|them}, vote on this device, on paper or by phone.',
    'classroom.hands.runoffLegend': 'How the class votes by show of hands',
    'classroom.hands.runoff.none': 'One show of hands (plurality)',
    'classroom.hands.runoff.two-round': 'Two shows of hands: a second round between the top two (two-round system)',
    'classroom.hands.runoff.irv': 'Successive shows of hands, dropping the last option each time (instant runoff)',
    'classroom.hands.next': 'Show of hands {show}: {names}',
    'classroom.hands.nextHelp':
      'Counted: {previous}. Nobody has more than half of the hands: the class votes again between {names}, one hand each.',
    'classroom.hands.helpApprovalPeople':
      'For each option, how many hands go up? Everyone may raise a hand for several options: also say how many people vote.',
    'classroom.hands.people': 'Number of people voting',
    'classroom.hands.badPeople': 'How many people vote? A whole number, 1 or more.',
    'classroom.hands.morethanPeople':
      '{n} hands for “{option}”, but only {people} {people|person|people}: everyone raises a hand at most once per option.',
    'classroom.hands.restored': 'The numbers already typed were kept.',
    'classroom.hands.restart': 'Start the first show of hands again',
    'classroom.tie.title': 'A tie',
    'classroom.tie.intro':
      'The ballots leave a tie. You can leave it as it is, or break it by lot: the draw depends on a seed, shown to everyone, and the same seed always gives the same draw.',
    'classroom.tie.line': '{method}: tie between {names}',
    'classroom.tie.seed': 'Seed of the draw',
    'classroom.tie.draw': 'Draw lots',
    'classroom.tie.leave': 'Leave the tie',
    'classroom.tie.badSeed': 'The seed is a text of 1 to 64 characters.',
  },
});
