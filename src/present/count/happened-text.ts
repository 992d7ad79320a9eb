/**
 * The facts of happened.ts in the player's words: option and method names, a grade by its name
 * when the scenario names its grades, and the plain wording of a Condorcet fact while the
 * chapter has not named Condorcet yet (terms.ts). Pure: tested in Node.
 */
import type { MessageKey } from '../../i18n/index.ts';
import { capitalize } from '../../scenario/transcript.ts';
import { reasonParams, type Comparison } from './compare.ts';
import { shownHappenings, whatHappened, type Happening, type HappeningKind } from './happened.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import { knownTerms, type Term } from './terms.ts';
import { whyText } from './why-text.ts';

/** The sentence of one fact. */
export function happeningText(h: Happening, w: ScenarioWords, known: ReadonlySet<Term>): string {
  const plain = known.has('condorcet') ? '' : 'Plain';
  const methodsOf = (ids: readonly string[]) => ({
    methods: ids.map((m) => w.methodInText(m)),
    count: ids.length,
  });
  switch (h.kind) {
    case 'majorityDefeated':
      return w.msg('happened.majorityDefeated', {
        ...methodsOf(h.methods),
        name: w.option(h.name),
        firsts: h.firsts,
        voters: h.voters,
      });
    case 'condorcetEliminated':
    case 'condorcetMissed':
    case 'condorcetLoserElected':
      return w.msg(`happened.${h.kind}${plain}` as MessageKey, { ...methodsOf(h.methods), name: w.option(h.name) });
    case 'rejectedElected':
      return w.msg('happened.rejectedElected', {
        ...methodsOf(h.methods),
        name: w.option(h.name),
        percent: Math.round((100 * h.rejecters) / h.voters),
        rejecters: h.rejecters,
        voters: h.voters,
        grade: w.gradesNamed ? w.msg('count.grade.quoted', { grade: w.grade(h.grade) }) : w.grade(h.grade),
      });
    case 'differentWinners': {
      const key = {
        winners: 'happened.differentWinners',
        results: 'happened.differentResults',
        seats: 'happened.differentSeats',
      } as const;
      return w.msg(key[h.of], { count: h.count });
    }
    case 'tied':
      return w.msg('happened.tied', {
        ...methodsOf(h.methods),
        n: h.names.length,
        names: h.names.map((n) => w.option(n)),
      });
    case 'nobody':
      return w.msg('happened.nobody', methodsOf(h.methods));
  }
}

/** The terms a player of this scenario has met (a sandbox or a teacher's unnumbered file: all). */
function scenarioTerms(w: ScenarioWords): ReadonlySet<Term> {
  return knownTerms(w.scenario.kind === 'sandbox' ? undefined : w.scenario.chapter);
}

/** The election these words were made for (results texts are only asked with one). */
function countedOf(w: ScenarioWords) {
  if (!w.entry) throw new Error('The results texts need the words of an election');
  return w.entry.counted;
}

/** Every fact of these ballots the player may read now, in words, most striking first. */
export function happenedLines(w: ScenarioWords, comparison: Comparison): string[] {
  const known = scenarioTerms(w);
  const all = whatHappened(countedOf(w), comparison, { lowestGrade: w.lowestGrade });
  return shownHappenings(all, known).map((h) => capitalize(happeningText(h, w, known)));
}

interface ResultsTexts {
  /** What just happened in these ballots (happened.ts), most striking first. */
  readonly happened: readonly string[];
  /** What the ballots say before any method: majority, duel winner and loser. */
  readonly facts: readonly string[];
  /** A general sentence true of this election (compare.ts), then what each method did (why.ts). */
  readonly reasons: readonly string[];
}

const CONDORCET_FACTS: readonly HappeningKind[] = ['condorcetEliminated', 'condorcetMissed'];

/** Every sentence of the results screen below the groups, with the terms the player knows. */
export function resultsTexts(w: ScenarioWords, c: Comparison): ResultsTexts {
  const known = scenarioTerms(w);
  const shown = shownHappenings(whatHappened(countedOf(w), c, { lowestGrade: w.lowestGrade }), known);
  const named = known.has('condorcet');
  const facts: string[] = [];
  const f = c.facts;
  if (f) {
    const name = (id: string) => ({ name: w.option(id) });
    facts.push(
      f.majorityWinner ? w.msg('count.results.majority', name(f.majorityWinner)) : w.msg('count.results.noMajority'),
    );
    if (f.condorcetWinner)
      facts.push(w.msg(named ? 'count.results.condorcetWinner' : 'happened.duelWinner', name(f.condorcetWinner)));
    else facts.push(w.msg(named ? 'count.results.noCondorcetWinner' : 'happened.noDuelWinner'));
    if (f.condorcetLoser)
      facts.push(w.msg(named ? 'count.results.condorcetLoser' : 'happened.duelLoser', name(f.condorcetLoser)));
    else facts.push(w.msg(named ? 'count.results.noCondorcetLoser' : 'happened.noDuelLoser'));
  }
  const p = reasonParams(c);
  // The Condorcet winner left out is said above, method by method: not twice.
  const saidAbove = shown.some((h) => CONDORCET_FACTS.includes(h.kind));
  const reasons = c.reasons
    .filter((key) => !(saidAbove && key === 'count.why.condorcetLost'))
    .map((key) =>
      capitalize(
        w.msg(key, {
          name: w.option(p.condorcet),
          methods: p.methods.map((m) => w.methodInText(m)),
          count: p.methods.length,
        }),
      ),
    )
    .concat(c.why.map((line) => whyText(line, w)));
  return { happened: shown.map((h) => capitalize(happeningText(h, w, known))), facts, reasons };
}
