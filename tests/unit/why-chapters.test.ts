/**
 * Every "Why?" line of every election of the nine chapters (as the chapter counts it, and with
 * every method its ballots allow), checked against the ballots and the engine: each number the
 * text quotes is a figure of the line's data, each figure of a first choice or a duel equals a
 * count made here from the ballots themselves, each claim (« plus de la moitié », « bat chacune
 * des autres options en duel », an elimination) is true of these ballots. Both languages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioElection, scenarioOf } from '../../src/present/bench/election.ts';
import { compareCounts } from '../../src/present/count/compare.ts';
import { whyText } from '../../src/present/count/why-text.ts';
import type { WhyPart, WhyValue } from '../../src/present/count/why-parts.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import type { CountedElection } from '../../src/scenario/count.ts';
import type { ScenarioData } from '../../src/scenario/schema.ts';
import { ScenarioWords } from '../../src/scenario/words.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const chapters = readdirSync(dir)
  .filter((f) => /^chapter-\d-.*\.json$/.test(f))
  .map((f) => ({ file: f, scenario: scenarioOf(readFileSync(new URL(f, dir), 'utf8')) }));

/** Strict first choices and duels read from the ranked ballots, without the engine. */
function fromBallots(c: CountedElection) {
  const ranked = (c.ballots.ranked ?? []).flatMap((b) =>
    b.cast.kind === 'ranked' ? [{ r: b.cast.ranking, n: b.count }] : [],
  );
  const firsts = (id: string) => ranked.reduce((s, b) => s + (b.r[0]?.length === 1 && b.r[0][0] === id ? b.n : 0), 0);
  const place = (r: readonly (readonly string[])[], id: string) => {
    const i = r.findIndex((tier) => tier.includes(id));
    return i < 0 ? r.length : i;
  };
  const prefer = (a: string, b: string) => ranked.reduce((s, x) => s + (place(x.r, a) < place(x.r, b) ? x.n : 0), 0);
  const voters = ranked.reduce((s, b) => s + b.n, 0);
  return { firsts, prefer, voters, ranked: ranked.length > 0 };
}

/** Every number a part carries, sub-parts and tallies included (grades apart: said by name). */
function numbersOf(p: WhyPart, grades: number[] = []): number[] {
  const out: number[] = [];
  const walk = (v: WhyValue) => {
    if (typeof v === 'number') out.push(v);
    else if ('grade' in v) grades.push(v.grade);
    else if ('tally' in v) out.push(...v.tally.map(([, n]) => n));
    else if ('each' in v) v.each.forEach((q) => out.push(...numbersOf(q, grades)));
  };
  Object.values(p.params).forEach(walk);
  return out;
}

const id = (v: WhyValue | undefined) => (v && typeof v === 'object' && 'option' in v ? v.option : undefined);

function checkPart(p: WhyPart, c: CountedElection, where: string, cw: string | undefined): void {
  const b = fromBallots(c);
  const n = (k: string) => p.params[k] as number;
  switch (p.key) {
    case 'why.plurality.majority':
    case 'why.plurality.lead':
    case 'why.plurality.lone':
      if (b.ranked && p.params.voters === b.voters) expect(n('votes'), where).toBe(b.firsts(id(p.params.name)!));
      if (p.key === 'why.plurality.majority') expect(2 * n('votes'), where).toBeGreaterThan(n('voters'));
      if (p.key === 'why.plurality.lead') {
        expect(2 * n('votes'), where).toBeLessThanOrEqual(n('voters'));
        expect(n('votes'), where).toBeGreaterThan(n('secondVotes'));
      }
      break;
    case 'why.duels.all': {
      const w = id(p.params.name)!;
      expect(w, where).toBe(cw);
      for (const others of c.candidates.filter((x) => x !== w))
        expect(b.prefer(w, others)).toBeGreaterThan(b.prefer(others, w));
      break;
    }
    case 'why.duel':
      // Said inside « X bat chacune… (14 à 7 contre Y) »: the duel's figures from the ballots.
      break;
    case 'why.twoRound.runoff': {
      const [w, l] = [id(p.params.winner)!, id(p.params.loser)!];
      expect(n('forWinner'), where).toBeGreaterThan(n('forLoser'));
      if (b.ranked) expect([n('forWinner'), n('forLoser')], where).toEqual([b.prefer(w, l), b.prefer(l, w)]);
      break;
    }
    case 'why.irv.duel': {
      const out = (p.params.out as { options: string[] }).options;
      expect(out, where).toEqual([cw]);
      break;
    }
    case 'why.runoff.majorityOver':
      expect(2 * n('votes'), where).toBeGreaterThan(n('continuing'));
      break;
  }
  for (const q of Object.values(p.params))
    if (typeof q === 'object' && 'each' in q)
      for (const sub of q.each) {
        if (sub.key === 'why.duel' && p.key === 'why.duels.all') {
          const [w, r] = [id(p.params.name)!, id(sub.params.rival)!];
          expect([sub.params.for, sub.params.against], where).toEqual([b.prefer(w, r), b.prefer(r, w)]);
        }
        checkPart(sub, c, where, cw);
      }
}

/** The text quotes the part's numbers and no other (ids and names carry no digits). */
function checkText(text: string, parts: readonly WhyPart[], lang: 'fr' | 'en', w: ScenarioWords, where: string) {
  const grades: number[] = [];
  const numbers = parts.flatMap((p) => numbersOf(p, grades));
  let rest = text;
  for (const g of grades) {
    expect(rest, `${where}: grade ${g}`).toContain(w.grade(g));
    rest = rest.split(w.grade(g)).join('');
  }
  for (const x of [...new Set(numbers)].sort((a, b) => b - a)) {
    const written = formatNumber(x, lang);
    expect(rest, `${where}: ${written}`).toContain(written);
    rest = rest.split(written).join('');
  }
  for (const c of w.candidates) rest = rest.split(w.option(c)).join('');
  // The seed of a draw is a word; the digits left would be a figure the data does not hold.
  expect(rest.replace(/«[^»]*»|“[^”]*”/g, ''), where).not.toMatch(/\d/);
}

function walk(scenario: ScenarioData, file: string, all: boolean): number {
  let lines = 0;
  for (const step of scenario.steps) {
    if (step.type !== 'election') continue;
    const { entry } = scenarioElection(scenario, step.id, all);
    const c = compareCounts(entry.counted);
    const cw = c.facts?.condorcetWinner ?? undefined;
    for (const line of c.why) {
      const where = `${file} ${step.id}${all ? ' (all)' : ''} ${line.methods.join(',')}`;
      for (const p of line.parts) checkPart(p, entry.counted, where, cw);
      for (const lang of ['fr', 'en'] as const) {
        const w = new ScenarioWords(scenario, lang, entry);
        checkText(whyText(line, w), line.parts, lang, w, `${where} ${lang}`);
      }
      lines++;
    }
    // Every method that counted has its line: none is silently left without a reason.
    const said = new Set(c.why.flatMap((l) => l.methods));
    for (const g of c.groups)
      for (const o of g.methods) expect(said.has(o.method), `${step.id} ${o.method}`).toBe(true);
  }
  return lines;
}

describe('every "Why?" line of the nine chapters is true of its ballots', () => {
  it('finds the nine chapters', () => expect(chapters).toHaveLength(9));
  for (const { file, scenario } of chapters)
    it(file, () => {
      expect(walk(scenario, file, false)).toBeGreaterThan(0);
      walk(scenario, file, true);
    });

  it('chapter 2: two rounds elect the option that wins every duel, and no line says otherwise', () => {
    const { scenario } = chapters.find((x) => x.file.startsWith('chapter-2-'))!;
    const { entry } = scenarioElection(scenario, 'shelter-replay');
    const c = compareCounts(entry.counted);
    expect(c.facts?.condorcetWinner).toBe('forest');
    const twoRound = entry.counted.counts.find((k) => k.method === 'two-round')!;
    expect(twoRound.winners).toEqual(['forest']);
    const texts = c.why.map((l) => whyText(l, new ScenarioWords(scenario, 'fr', entry)));
    expect(texts).toContain(
      'Le scrutin à deux tours\u00a0: au premier tour, la dune (11) et la forêt de varech (9) arrivent en tête et le vieux navire (7) est éliminé. Au second tour, la forêt de varech bat la dune 16 à 11.',
    );
    // No part names the forest among the eliminated, no sentence says « éliminée dès le début ».
    for (const line of c.why)
      for (const p of line.parts) {
        const out = p.params.out;
        if (out && typeof out === 'object' && 'options' in out) expect(out.options).not.toContain('forest');
      }
    for (const text of texts) expect(text).not.toMatch(/dès le début/);
  });
});
