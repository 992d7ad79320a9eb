/**
 * One comparison of methods: the command line (`tally --all`) and the game's results screen
 * (present/count/compare.ts, which the classroom's "compare" opens too) group the same ballots'
 * methods into the same groups of winners. The ballots of a chapter's election are written as a
 * ballot file, the command line counts it, and every group the game shows must be one of the
 * lines "winners ← methods" it prints, and no other.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runTally } from '../../scripts/tally/report.ts';
import { scenarioElection, scenarioOf } from '../../src/present/bench/election.ts';
import { compareCounts } from '../../src/present/count/compare.ts';
import { t } from '../../src/i18n/index.ts';
import { methods } from '../../src/voting/methods/index.ts';
import type { CountedElection } from '../../src/scenario/count.ts';

const dir = mkdtempSync(join(tmpdir(), 'comparison-'));

/** The election's ranked ballots as a JSON ballot file (option ids as the candidates' names). */
function ballotFile(name: string, counted: CountedElection): string {
  const ballots = (counted.ballots.ranked ?? []).map((b) => {
    if (b.cast.kind !== 'ranked') throw new Error('ranked ballots expected');
    return { ranking: b.cast.ranking.map((tier) => (tier.length === 1 ? tier[0] : [...tier])), count: b.count };
  });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify({ candidates: counted.candidates, ballots }));
  return path;
}

function cliOutput(file: string): string {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    expect(runTally({ file, all: true, list: false, lang: 'en' })).toBe(0);
  } finally {
    log.mockRestore();
  }
  return lines.join('\n');
}

afterEach(() => vi.restoreAllMocks());

describe('the command line and the game compare methods alike', () => {
  const cases = [
    { chapter: 'scenarios/chapter-4-points-and-duels.json', election: 'games' },
    { chapter: 'scenarios/chapter-2-two-rounds.json', election: 'shelter-replay' },
    { chapter: 'scenarios/chapter-9-real-election.json', election: 'burlington' },
  ];
  for (const { chapter, election } of cases) {
    it(`groups the same methods by the same winners (${election}, every method)`, () => {
      const { entry } = scenarioElection(scenarioOf(readFileSync(chapter, 'utf8')), election, true);
      const game = compareCounts(entry.counted);
      const stdout = cliOutput(ballotFile(election, entry.counted));
      const cliGroups = stdout.split('\n').filter((line) => line.includes(' ← '));
      // The game leaves out the methods that draw lots; the command line shows them apart, so the groups are the same.
      expect(cliGroups).toHaveLength(game.groups.length);
      game.groups.forEach((group, i) => {
        const line = t(
          'cli.agreement',
          { winners: [...group.winners], methods: group.methods.map((o) => methods[o.method].info.name.en) },
          'en',
        );
        expect(cliGroups[i]).toBe(line);
      });
      expect(stdout.includes('Every method elects the same winner.')).toBe(game.groups.length <= 1);
    });
  }

  it('sees the methods disagree where the chapter says they do', () => {
    const { entry } = scenarioElection(
      scenarioOf(readFileSync('scenarios/chapter-9-real-election.json', 'utf8')),
      'burlington',
      true,
    );
    expect(compareCounts(entry.counted).groups.length).toBeGreaterThan(1);
  });
});
