/**
 * The "Why?" lines of why.ts in the player's words: « {methods} : part. Part. » with option
 * names (agreeing in gender and number), grades by their name when the scenario names them,
 * figures written the local way. The first part follows a colon, so it keeps a lower case
 * (a name keeps its own case); the next parts are sentences. Pure: tested in Node.
 */
import type { StepParams } from '../../voting/result.ts';
import { formatNumber, formatParam } from '../../i18n/format.ts';
import { capitalize } from '../../scenario/transcript.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import type { WhyLine, WhyPart, WhyValue } from './why-parts.ts';
import type { MethodOutcome } from './compare.ts';

function valueText(v: WhyValue, w: ScenarioWords): string | string[] | number {
  if (typeof v === 'number') return v;
  if ('option' in v) return w.option(v.option);
  if ('options' in v) return v.options.map((id) => w.option(id));
  if ('grade' in v) return w.gradesNamed ? w.msg('count.grade.quoted', { grade: w.grade(v.grade) }) : w.grade(v.grade);
  if ('seed' in v) return v.seed;
  if ('order' in v) return v.order.map((id) => w.option(id)).join(' > ');
  if ('tally' in v)
    return formatParam(
      v.tally.map(([id, n]) => `${w.option(id)} (${formatNumber(n, w.lang)})`),
      w.lang,
    );
  return formatParam(
    v.each.map((p) => partText(p, w)),
    w.lang,
  );
}

function partText(p: WhyPart, w: ScenarioWords): string {
  const params: Record<string, string | string[] | number> = {};
  for (const [k, v] of Object.entries(p.params)) params[k] = valueText(v, w);
  return ownCase(w.msg(p.key, params as StepParams), params);
}

/**
 * A part is said after a colon or inside a list, never at a sentence's start: a name the
 * template put first keeps its own case (« la dune », « Bob Kiss »). Templates start in lower case.
 */
function ownCase(text: string, params: Readonly<Record<string, string | string[] | number>>): string {
  const head = text.charAt(0);
  if (head === head.toLowerCase()) return text;
  for (const v of Object.values(params)) {
    const first = typeof v === 'string' ? v : Array.isArray(v) ? v[0] : undefined;
    if (first && text.startsWith(first)) return text; // the name's own capital (« Bob Kiss »)
  }
  return head.toLowerCase() + text.slice(1);
}

/** One "Why?" line in words. */
export function whyText(line: WhyLine, w: ScenarioWords): string {
  const text = line.parts.map((p, i) => (i === 0 ? partText(p, w) : capitalize(partText(p, w)))).join(' ');
  return capitalize(w.msg('why.line', { methods: line.methods.map((m) => w.methodInText(m)), text }));
}

/**
 * The header of a group of methods electing the same winners: seats per list, « N vainqueurs à
 * égalité » for a tie left open, and one method named rather than counted (« Le scrutin à deux
 * tours élit la forêt », never « 1 méthode élit la forêt »).
 */
export function groupLabel(
  w: ScenarioWords,
  grp: { readonly winners: readonly string[]; readonly methods: readonly MethodOutcome[] },
): string {
  const seats = grp.methods[0].seatsByList;
  const names = seats
    ? Object.entries(seats)
        .filter(([, n]) => n > 0)
        .map(([o, n]) => `${w.option(o)} ${n}`)
        .join(', ')
    : w.options(grp.winners);
  // A tie left open is said as such: so many winners tied, never "elects A and B".
  const tied = !seats && grp.methods[0].tied;
  const params = { count: grp.methods.length, names, n: grp.winners.length };
  if (grp.methods.length === 1) {
    const one = { ...params, method: w.methodInText(grp.methods[0].method) };
    return capitalize(w.msg(tied ? 'why.group.tied' : names ? 'why.group.elects' : 'why.group.nobody', one));
  }
  return w.msg(tied ? 'happened.groupTied' : names ? 'count.results.groupLabel' : 'count.results.groupNobody', params);
}
