/**
 * The player's own ballot changes what the engine computes, chapter by chapter: played in Node
 * through the runner (the same answers the game stores), two different ballots give two
 * different winners of the election counted on that electorate, and the characters react to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { stepsWithKey } from '../../src/voting/result.ts';
import { playThrough, type Answer } from '../../src/scenario/runner.ts';
import type { ScenarioData } from '../../src/scenario/schema.ts';
import { renderTranscript } from '../../src/scenario/transcript.ts';

const dir = join(import.meta.dirname, '..', '..', 'scenarios');

function load(file: string): ScenarioData {
  const loaded = loadScenarioText(readFileSync(join(dir, file), 'utf8'));
  expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return loaded.scenario!;
}

/** The first answers of the default path up to the ballot step `id` (a retried question gets its next answer). */
function toBallot(s: ScenarioData, id: string, kind = 'ballot'): Answer[] {
  const answers: Answer[] = [];
  const tries = new Map<number, number>();
  for (;;) {
    const { runner } = playThrough(s, answers);
    const p = runner.pending;
    if (!p) throw new Error(`${s.id}: the ballot ${id} is never asked`);
    if (s.steps[p.step].id === id && p.kind === kind) return answers;
    const k = tries.get(p.step) ?? 0;
    tries.set(p.step, k + 1);
    answers.push(p.options.length === 0 ? 0 : (k % p.options.length) + 1);
  }
}

function played(s: ScenarioData, before: Answer[], ballot: Answer) {
  const run = playThrough(s, [...before, ballot]);
  expect(run.refused).toBeUndefined();
  return run.runner;
}

describe('chapter 1: the pebble the player carves names the ballot box', () => {
  const s = load('chapter-1-first-vote.json');
  const before = toBallot(s, 'name-vote');
  const winners = (ballot: Answer) => played(s, before, ballot).election('naming')?.counted.counts[0].winners;

  it('breaks the two-two-two tie: each name carved wins', () => {
    expect(winners({ ballot: { ranking: ['bulle'] } })).toEqual(['bulle']);
    expect(winners({ ballot: { ranking: ['echo'] } })).toEqual(['echo']);
    expect(winners({ ballot: { ranking: ['conque'] } })).toEqual(['conque']);
  });

  it('makes Archet sing the name that won and Perle react to the player’s own pebble', () => {
    const text = (ballot: Answer) => renderTranscript(s, played(s, before, ballot).transcript, 'en');
    const bubble = text({ ballot: { ranking: ['bulle'] } });
    expect(bubble).toContain('♪ Bubble, Bubble');
    expect(bubble).toContain('You voted like me!');
    const echo = text({ ballot: { ranking: ['echo'] } });
    expect(echo).toContain('♪ Madame Echo');
    expect(echo).toContain('Not Bubble?');
  });

  it('after Perle’s lobbying, only the voter taken from another name changes the count', () => {
    // The default path asks Grisette, who already carves Bulle: still two, two, two before the player's pebble.
    const lobby = before.length - 1;
    expect(s.steps[playThrough(s, before.slice(0, lobby)).runner.pending!.step].id).toBe('lobby');
    const withBigorne = [...before.slice(0, lobby), 2];
    const count = (ballot: Answer) => played(s, withBigorne, ballot).election('naming')?.counted.counts[0];
    // Bigorne carves Bulle: three for Bulle, one for the Conch, so even a Conch pebble leaves Bulle first.
    expect(count({ ballot: { ranking: ['conque'] } })?.winners).toEqual(['bulle']);
    expect(winners({ ballot: { ranking: ['conque'] } })).toEqual(['conque']);
    // An Écho pebble ties Bulle at three: the lot settles it, and Homère says so.
    const tie = played(s, withBigorne, { ballot: { ranking: ['echo'] } });
    expect(renderTranscript(s, tie.transcript, 'en')).toContain('Bubble 3, Madame Echo 3: the conch had to draw');
    expect(renderTranscript(s, played(s, withBigorne, { ballot: { ranking: ['conque'] } }).transcript, 'en')).toContain(
      'thanks to Bigorne',
    );
  });

  it('counts a blank pebble as blank: the tie stays and the lot settles it, as Homère says', () => {
    const runner = played(s, before, { ballot: { ranking: [] } });
    const counted = runner.election('naming')?.counted.counts[0];
    expect(counted?.winners).toHaveLength(1);
    expect(renderTranscript(s, runner.transcript, 'en')).toContain('A pebble with no name!');
  });
});

describe('chapter 4: the player’s pebble breaks the krill’s perfect cycle', () => {
  const s = load('chapter-4-points-and-duels.json');
  const before = toBallot(s, 'krill-nacre');
  const winners = (ballot: Answer) => played(s, before, ballot).election('krill-points')?.counted.counts[0].winners;

  it('without it the cycle ties every game; with it, its first choice wins the points', () => {
    expect(playThrough(s, before).runner.election('krill')?.counted.counts[0].winners).toHaveLength(3);
    expect(winners({ ballot: { ranking: ['skip', 'claw', 'kite'] } })).toEqual(['skip']);
    expect(winners({ ballot: { ranking: ['kite', 'skip', 'claw'] } })).toEqual(['kite']);
    expect(winners({ ballot: { ranking: ['claw', 'kite', 'skip'] } })).toEqual(['claw']);
  });

  it('makes Kriek or Krak cheer the game the pebble chose, and says so when a blank pebble settles nothing', () => {
    const text = (ballot: Answer) => renderTranscript(s, played(s, before, ballot).transcript, 'en');
    expect(text({ ballot: { ranking: ['claw', 'kite', 'skip'] } })).toContain(
      'One more pebble and the circle is broken!',
    );
    expect(text({ ballot: { ranking: ['skip', 'claw', 'kite'] } })).toContain('Your pebble tipped the scales!');
    const blank = text({ ballot: { ranking: [] } });
    expect(blank).toContain('Your pebble settled nothing.');
    expect(blank).not.toContain('a single extra one settled it');
  });

  it('advising Kriek’s side to bury the claw wrestling hands the points to the kite, whatever the pebble', () => {
    const advice = before.length - 1; // Kriek's question is the last answer before the ballot
    expect(s.steps[playThrough(s, before.slice(0, advice)).runner.pending!.step].id).toBe('kriek-advice');
    const bury = [...before.slice(0, advice), 2];
    for (const ranking of [
      ['skip', 'claw', 'kite'],
      ['claw', 'kite', 'skip'],
      ['kite', 'skip', 'claw'],
    ]) {
      const runner = played(s, bury, { ballot: { ranking } });
      expect(runner.election('krill-points')?.counted.counts[0].winners).toEqual(['kite']);
      expect(renderTranscript(s, runner.transcript, 'en')).toContain('The points claw wrestling lost went to the kite');
    }
  });
});

describe('chapter 2: the player’s ranking decides the second round', () => {
  const s = load('chapter-2-two-rounds.json');
  // The default path keeps Roulé's ballot as it was (advice "keep"): the runoff is tied without Nacre.
  const before = toBallot(s, 'cove-vote');
  const TWO_ROUND = 2; // the second rule offered by `choose=plurality,two-round`
  const run = (ballot: Answer, rule = TWO_ROUND) => playThrough(s, [...before, ballot, rule]).runner;
  const winners = (ballot: Answer, rule = TWO_ROUND) =>
    run(ballot, rule).election('speaker')?.counted.counts[0].winners;

  it('in two rounds, whoever the ballot puts above the other between Étrille and Caramote wins', () => {
    expect(winners({ ballot: { ranking: ['etrille', 'maia', 'caramote'] } })).toEqual(['etrille']);
    expect(winners({ ballot: { ranking: ['caramote', 'maia', 'etrille'] } })).toEqual(['caramote']);
    // A first choice for Maïa is not lost: her second choice decides the runoff.
    expect(winners({ ballot: { ranking: ['maia', 'etrille', 'caramote'] } })).toEqual(['etrille']);
    expect(winners({ ballot: { ranking: ['maia', 'caramote', 'etrille'] } })).toEqual(['caramote']);
  });

  it('in one round Étrille wins whatever the ballot, and Maïa stays squeezed out of the runoff', () => {
    expect(winners({ ballot: { ranking: ['caramote', 'maia', 'etrille'] } }, 1)).toEqual(['etrille']);
    const runoff = run({ ballot: { ranking: ['maia', 'caramote', 'etrille'] } }).election('runoff');
    expect(runoff?.counted.counts[0].winners).toEqual(['caramote']);
  });

  it('says the runoff was a dead heat without the pebble, as the engine counts it', () => {
    const blank = renderTranscript(s, run({ ballot: { ranking: [] } }).transcript, 'en');
    expect(blank).toMatch(/Vote “runoff”[^\n]*\n[^\n]*\n[^\n]*\n\s+(Étrille 14, Caramote 14|Caramote 14, Étrille 14)/);
    const ranked = renderTranscript(s, run({ ballot: { ranking: ['etrille', 'maia', 'caramote'] } }).transcript, 'en');
    expect(ranked).toContain('Without your pebble, Nacre, round two was a dead heat.');
    expect(ranked).toContain('Étrille is the cove’s speaker!');
  });

  it('advising Roulé to rank Caramote second gives her the runoff whatever the player ranks', () => {
    const advice = before.length - 1; // the advice is the last answer before the ballot
    const rank = [...before.slice(0, advice), 2];
    const { runner } = playThrough(s, [...rank, { ballot: { ranking: ['etrille', 'maia', 'caramote'] } }, TWO_ROUND]);
    expect(runner.election('speaker')?.counted.counts[0].winners).toEqual(['caramote']);
    expect(renderTranscript(s, runner.transcript, 'en')).toContain('Roulé’s pebble did two jobs');
  });
});

describe('chapter 3: the player’s list decides the lunch, and the rally still sinks the soup', () => {
  const s = load('chapter-3-instant-runoff.json');
  const before = toBallot(s, 'lunch-ballot');
  const lunch = (ballot: Answer) => played(s, before, ballot).election('trial')?.counted.counts[0].winners;

  it('puts the salad or the soup on the lunch table depending on the list', () => {
    expect(lunch({ ballot: { ranking: ['salad', 'soup', 'fritters'] } })).toEqual(['salad']);
    expect(lunch({ ballot: { ranking: ['buffet', 'salad'] } })).toEqual(['salad']);
    expect(lunch({ ballot: { ranking: ['soup', 'salad', 'fritters'] } })).toEqual(['soup']);
    expect(lunch({ ballot: { ranking: ['fritters', 'salad', 'soup'] } })).toEqual(['soup']);
  });

  it('says the salad and the fritters tie without the pebble, as the engine counts them', () => {
    // A list with the buffet alone stops after round one: round two is counted as without it.
    const trial = played(s, before, { ballot: { ranking: ['buffet'] } }).election('trial')?.counted.counts[0];
    const round2 = stepsWithKey(trial?.result?.steps ?? [], 'irv.round').find((r) => r.params.round === 2);
    expect(round2?.params.votes).toMatchObject({ salad: 8, fritters: 8 });
    const salad = renderTranscript(s, played(s, before, 2).transcript, 'en');
    expect(salad).toContain('Without your pebble, Nacre, the salad and the fritters were tied!');
  });

  it('whatever the lunch, helping the rally makes the soup lose the evening vote and staying neutral keeps it', () => {
    for (const ballot of [1, 2, 3] as const) {
      // On to the rally: the quiz between gets its first answer (the next one when it is asked again).
      const path: Answer[] = [...before, ballot];
      for (let pending = playThrough(s, path).runner.pending; pending && s.steps[pending.step].id !== 'rally';) {
        path.push(1);
        let run = playThrough(s, path);
        for (let k = 2; run.refused !== undefined || run.runner.pending?.step === pending.step; k++) {
          path[path.length - 1] = k;
          run = playThrough(s, path);
        }
        pending = run.runner.pending;
      }
      const evening = (option: number) =>
        playThrough(s, [...path, option]).runner.election('final')?.counted.counts[0].winners;
      expect(evening(1)).toEqual(['salad']);
      expect(evening(2)).toEqual(['soup']);
    }
  });
});

describe('chapter 6: the player’s grades are the middle pebble of the lamp’s colour', () => {
  const s = load('chapter-6-majority-judgment.json');
  const before = toBallot(s, 'lamp');
  const grades = (white: number, red: number, green: number): Answer => ({ ballot: { grades: { white, red, green } } });
  const winners = (ballot: Answer) => played(s, before, ballot).election('lamp-colour')?.counted.counts[0].winners;

  it('gives each colour the median the player’s pebble sets: three ballots, three colours', () => {
    expect(winners(grades(5, 2, 3))).toEqual(['white']);
    expect(winners(grades(4, 5, 1))).toEqual(['red']);
    expect(winners(grades(2, 3, 6))).toEqual(['green']);
  });

  it('counts the grades with the chapter’s named mentions, five pebbles in all', () => {
    const runner = played(s, before, grades(2, 3, 6));
    expect(runner.election('lamp-colour')?.counted.counts[0].method).toBe('majority-judgment');
    const text = renderTranscript(s, runner.transcript, 'fr');
    expect(text).toContain(
      'la lumière blanche (Passable), la lumière rouge (Assez bien), la lumière verte (Excellent)',
    );
    expect(text).toContain('5 électeurs');
  });

  it('makes the colour’s friend cheer, and Perle notice when the player’s favourite lost', () => {
    const text = (ballot: Answer) => renderTranscript(s, played(s, before, ballot).transcript, 'en');
    const green = text(grades(2, 3, 6));
    expect(green).toContain('Green? I didn’t dare believe it.');
    expect(green).not.toContain('The medians decided otherwise.');
    // Green first on the player's pebble, but “Very good” for white lifts white's median above green's.
    const lost = text(grades(5, 0, 6));
    expect(lost).toContain('White! The old sailors will know their lighthouse.');
    expect(lost).toContain('Your favourite was the green one? The medians decided otherwise.');
  });
});

describe('chapter 8: the player’s pebble in the second round is worth the ten-seat bonus', () => {
  const s = load('chapter-8-council.json');
  const before = toBallot(s, 'round2-nacre');
  const pebble = (list: string): Answer => ({ ballot: { ranking: [list] } });
  const lead = (ballot: Answer) => played(s, before, ballot).election('round2-lead')?.counted.counts[0];
  const seats = (ballot: Answer) =>
    played(s, before, ballot)
      .election('round2')
      ?.counted.counts.find((c) => c.method === 'french-municipal')?.result?.seatsByList;

  it('is asked after the travellers vote as they please, when the Dune and the Harbour tie without it', () => {
    expect(lead(pebble('dune'))?.winners).toEqual(['dune']);
    expect(lead(pebble('port'))?.winners).toEqual(['port']);
    // For the Pools, the tie stays: both lead and nobody is given the bonus.
    expect([...(lead(pebble('flaques'))?.winners ?? [])].sort()).toEqual(['dune', 'port']);
  });

  it('moves the bonus: thirteen seats for the list the pebble chose, three for the other', () => {
    expect(seats(pebble('dune'))).toMatchObject({ dune: 13, port: 3 });
    expect(seats(pebble('port'))).toMatchObject({ port: 13, dune: 3 });
  });

  it('says so: Galathée when the pebble decided, Homère when it left the tie, in French and English', () => {
    const text = (ballot: Answer, lang: 'fr' | 'en') => renderTranscript(s, played(s, before, ballot).transcript, lang);
    expect(text(pebble('port'), 'en')).toContain('Without your pebble, Nacre, the Dune and the Harbour were tied');
    expect(text(pebble('dune'), 'fr')).toContain('Ton bulletin a donné dix sièges d’un coup.');
    const tie = text(pebble('flaques'), 'en');
    expect(tie).toContain('Your pebble for the Rock Pools broke no tie');
    expect(tie).not.toContain('It takes the bonus!');
  });
});

describe('chapter 9: the player grades the cove’s project, and finds Arrow by trying rules', () => {
  const s = load('chapter-9-real-election.json');
  const before = toBallot(s, 'project-nacre');
  const top = (project: string): Answer => ({
    ballot: { grades: { bell: 0, shelter: 0, nursery: 0, school: 0, [project]: 5 } },
  });
  // After the ballot, the rule the cove adopts is asked: 1, plurality.
  const voted = (ballot: Answer) => playThrough(s, [...before, ballot, 1]).runner;
  const counted = (ballot: Answer, method: string) =>
    voted(ballot)
      .election('project-all')
      ?.counted.counts.find((c) => c.method === method)?.winners;

  it('breaks the bell and shelter tie of first places: her best grade elects it under plurality', () => {
    expect(counted(top('bell'), 'plurality')).toEqual(['bell']);
    expect(counted(top('shelter'), 'plurality')).toEqual(['shelter']);
    // Under instant runoff too, her pebble changes the winner (bell, or the school once the bell is out).
    expect(counted(top('bell'), 'irv')).toEqual(['bell']);
    expect(counted(top('shelter'), 'irv')).toEqual(['school']);
  });

  it('says when her pebble decided and when the lot did, in French and English', () => {
    const text = (ballot: Answer, lang: 'fr' | 'en') => renderTranscript(s, voted(ballot).transcript, lang);
    expect(text(top('bell'), 'fr')).toContain('Ta meilleure note les a départagés');
    expect(text(top('school'), 'en')).toContain('drawing lots broke the tie');
  });

  it('every rule tried on the delegates’ cycle breaks independence: a losing project withdrawn, another winner', () => {
    // The default path up to the search (plurality tried first), then another rule (2) three
    // times — instant runoff, Borda, Schulze — then “no rule keeps all three promises?” (1).
    const path = toBallot(s, 'arrow-again', 'choice');
    const runner = playThrough(s, [...path, 2, 2, 2, 3, 2, 4, 1]).runner;
    const tries = runner.transcript.filter((e) => e.type === 'election' && e.election === 'arrow-try');
    expect(tries).toHaveLength(4);
    const beats: Record<string, [string, string]> = {
      shelter: ['arrow-no-nursery', 'school'],
      nursery: ['arrow-no-school', 'shelter'],
      school: ['arrow-no-shelter', 'nursery'],
    };
    const entries = runner.transcript.filter((e) => e.type === 'election');
    for (const t of tries) {
      if (t.type !== 'election') continue;
      const [winner] = t.counted.counts[0].winners;
      const [recount, other] = beats[winner];
      // The recount that follows this try, without the project the winner beat, elects the other one.
      const next = entries[entries.indexOf(t) + 1];
      expect(next.type === 'election' && next.election).toBe(recount);
      expect(next.type === 'election' && next.counted.counts[0].winners).toEqual([other]);
    }
    const methods = new Set(tries.map((t) => (t.type === 'election' ? t.counted.counts[0].method : '')));
    expect(methods.size).toBe(tries.length);
    expect(renderTranscript(s, runner.transcript, 'en')).toContain(
      'You have just found what an economist, Kenneth Arrow',
    );
  });
});

describe('chapter 7: the player’s scores decide who reaches the STAR final', () => {
  const s = load('chapter-7-star.json');
  const before = toBallot(s, 'nacre-grades');
  /** The ballot, then STAR as the rule the player counts with (the question asked right after). */
  const star = (ballot: Answer) => playThrough(s, [...before, ballot, 2]).runner;
  const both = (ballot: Answer) => star(ballot).election('mural-both')?.counted.counts;
  const grades = (rainbow: number, wave: number, portrait: number): Answer => ({
    ballot: { grades: { rainbow, wave, portrait } },
  });

  it('a portrait-first ballot keeps the portrait in the final, where it wins; a wave-first one sends the wave there, and the rainbow wins', () => {
    const portrait = both(grades(3, 2, 5))!;
    expect(portrait.map((k) => k.winners)).toEqual([['rainbow'], ['portrait']]);
    const wave = both(grades(1, 5, 0))!;
    expect(wave.map((k) => k.winners)).toEqual([['rainbow'], ['rainbow']]);
  });

  it('makes Cigale announce a rainbow–wave final and Archet say the player’s scores sent his wave there', () => {
    const text = renderTranscript(s, star(grades(1, 5, 0)).transcript, 'en');
    expect(text).toContain('A final between the rainbow and the wave');
    expect(text).toContain('Your scores, Nacre, put my wave ahead of the portrait.');
    expect(renderTranscript(s, star(grades(3, 2, 5)).transcript, 'en')).not.toContain('Your scores, Nacre');
  });
});

describe('chapter 7: the advice to Bouquet’s shrimps changes the STAR final', () => {
  const s = load('chapter-7-star.json');
  const before = toBallot(s, 'nacre-grades');
  const advice = before.length - 1;
  it('the kind 3 for the wave (a persuasion) puts the wave in the final in the portrait’s place, even with a portrait-first ballot', () => {
    expect(s.steps[playThrough(s, before.slice(0, advice)).runner.pending!.step].id).toBe('advice');
    const ballot: Answer = { ballot: { grades: { rainbow: 3, wave: 2, portrait: 5 } } };
    const star = (answer: number) =>
      playThrough(s, [...before.slice(0, advice), answer, ballot, 2]).runner.election('mural-both')?.counted.counts[1]
        .winners;
    expect(star(1)).toEqual(['portrait']);
    expect(star(2)).toEqual(['rainbow']);
  });
});

describe('chapter 5: the player’s grades in the cove’s real score vote', () => {
  const s = load('chapter-5-approve-and-grade.json');
  const before = toBallot(s, 'nacre-grades');
  const grades = (music: number, lights: number, hats: number, tea: number): Answer => ({
    ballot: { grades: { music, lights, hats, tea } },
  });
  /** The real vote's sums and winners for this ballot (and these answers before it). */
  const real = (ballot: Answer, answers = before) => {
    const k = played(s, answers, ballot).election('real')!.counted.counts[0];
    return { winners: k.winners, scores: (k.result as { scores: Record<string, number> }).scores };
  };

  it('the lights lead the hats by one point: grades that put the hats two above the lights take it back', () => {
    expect(real(grades(5, 0, 0, 0)).winners).toEqual(['lights']);
    expect(real(grades(3, 5, 3, 3)).winners).toEqual(['lights']);
    expect(real(grades(3, 1, 5, 3)).winners).toEqual(['hats']);
    expect(real(grades(0, 0, 5, 0)).winners).toEqual(['hats']);
  });

  it('every figure the dialogue quotes is the engine’s', () => {
    const trial = played(s, before, grades(0, 0, 0, 0)).election('trial')!.counted.counts[0];
    const sums = (trial.result as { scores: Record<string, number> }).scores;
    const text = renderTranscript(s, played(s, before, grades(0, 0, 0, 0)).transcript, 'en');
    // Éclair quotes both totals from the count ({trial.score.hats}, src/scenario/figures.ts).
    expect(sums.hats).toBeGreaterThan(sums.lights);
    expect(text).toContain(`The hats have ${sums.hats} points, and I have ${sums.lights}.`);
    // Éclair and the krill, seven pebbles with a 2 for the hats: "fourteen points fewer", "By one point!"
    const zero = real(grades(0, 0, 0, 0)).scores;
    expect(sums.hats - zero.hats).toBe(14);
    expect(text).toContain('fourteen points fewer');
    expect(zero.lights - zero.hats).toBe(1);
    expect(text).toContain('By one point!');
    // Marée: twenty-two of thirty approve the music; Archet: four pebbles for it in the one-name vote.
    const runner = played(s, before, grades(0, 0, 0, 0));
    const approve = runner.election('approve')!.counted.counts[0].result as { scores?: Record<string, number> };
    expect(approve.scores?.music).toBe(22);
    const oneName = runner.election('one-name')!.counted.counts[0].result as { scores?: Record<string, number> };
    expect(oneName.scores?.music).toBe(4);
    // Both lines quote those counts as figures: the text shows the engine's numbers.
    expect(text).toContain('But 22 of us out of 30 are happy with the music.');
    expect(text).toContain('Only 4 pebbles for music…');
  });

  it('advising Éclair to keep his real grades (his 2 for the hats) gives the hats the point back', () => {
    const tempt = before.length - 1;
    expect(s.steps[playThrough(s, before.slice(0, tempt)).runner.pending!.step].id).toBe('tempt');
    const honest = [...before.slice(0, tempt), 2];
    expect(real(grades(5, 0, 0, 0), honest).winners).toEqual(['hats']);
    const text = renderTranscript(s, played(s, honest, grades(5, 0, 0, 0)).transcript, 'en');
    expect(text).toContain('That 2 counted.');
    // Nacre's ballot can still tip it back to the lights.
    expect(real(grades(0, 5, 0, 0), honest).winners).toEqual(['lights']);
  });
});
