/**
 * The results' "Why?" lines as data: for each method counted, what it did with these ballots,
 * read from the engine's own steps (its tallies, rounds, duels, sums, medians, seats, draw) —
 * never a sentence about the method in general. Methods whose lines say the same thing (every
 * Condorcet method electing the option that wins all its duels) share one line. Option ids and
 * figures only; why-text.ts puts them in words. Pure: tested in Node.
 */
import type { MethodId } from '../../voting/method.ts';
import type { Result } from '../../voting/result.ts';
import type { CountedElection } from '../../scenario/count.ts';
import { rankedWhy } from './why-ranked.ts';
import { duelsWhy } from './why-duels.ts';
import { gradedWhy } from './why-graded.ts';
import { options, part, type Explainer, type WhyContext, type WhyLine, type WhyPart } from './why-parts.ts';

const explainers: Partial<Record<MethodId, Explainer>> = { ...rankedWhy, ...duelsWhy, ...gradedWhy };

/** The parts of one method's line: its own explainer, or « still tied » when it left a tie. */
function partsOf(method: MethodId, result: Result, winners: readonly string[], ctx: WhyContext): WhyPart[] {
  const own = explainers[method]?.(result, winners, ctx) ?? [];
  // A tie left open is said, unless the method's own line already says it.
  const saysTie = own.some((p) => 'names' in p.params || p.key === 'why.twoRound.runoffTie');
  if (winners.length > result.seats && !saysTie) return [...own, part('why.tied', { names: options(winners) })];
  return own;
}

/** One line per method counted (in `ids`), methods with the same line merged. */
export function whyLines(
  counted: CountedElection,
  ids: readonly MethodId[],
  condorcetWinner: string | undefined,
): WhyLine[] {
  const ctx: WhyContext = { counted, ...(condorcetWinner ? { condorcetWinner } : {}) };
  const lines: { methods: MethodId[]; parts: WhyPart[]; same: string }[] = [];
  for (const count of counted.counts) {
    if (!ids.includes(count.method) || !count.result || count.error) continue;
    const parts = partsOf(count.method, count.result, count.result.winners, ctx);
    if (parts.length === 0) continue;
    const same = JSON.stringify(parts);
    const line = lines.find((l) => l.same === same);
    if (line) line.methods.push(count.method);
    else lines.push({ methods: [count.method], parts, same });
  }
  return lines.map(({ methods, parts }) => ({ methods, parts }));
}
