/**
 * The vote's screen-reader table (voter-table.ts): rows sorted by number of ballots (ties in the
 * election's order), the ranking column named after the ballots' kind, and a caption that says
 * how many groups and ballots there are, in French and English.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioElection, scenarioOf } from '../bench/election.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { voterTokens } from './voters.ts';
import { LARGE_ELECTORATE, moreRowsLabel, voterTable } from './voter-table.ts';

const read = (name: string): string =>
  readFileSync(new URL(`../../../scenarios/${name}.json`, import.meta.url), 'utf8');

describe('Burlington’s groups as a table (chapter 9)', () => {
  const scenario = scenarioOf(read('chapter-9-real-election'));
  const { entry } = scenarioElection(scenario, 'burlington');
  const tokens = voterTokens(entry);

  it('is large, sorted from the largest group down, ties in the election’s order', () => {
    expect(tokens.length).toBeGreaterThan(LARGE_ELECTORATE);
    const table = voterTable(new ScenarioWords(scenario, 'fr', entry), tokens);
    expect(table.rows).toHaveLength(tokens.length);
    const counts = table.rows.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(table.rows[0].count).toBe(Math.max(...tokens.map((t) => t.count)));
    for (let i = 1; i < table.rows.length; i++)
      if (table.rows[i].count === table.rows[i - 1].count)
        expect(tokens.indexOf(table.rows[i].token)).toBeGreaterThan(tokens.indexOf(table.rows[i - 1].token));
  });

  it('says its ranking in words and counts its groups and ballots, in French and English', () => {
    const total = tokens.reduce((s, t) => s + t.count, 0);
    const fr = voterTable(new ScenarioWords(scenario, 'fr', entry), tokens);
    const en = voterTable(new ScenarioWords(scenario, 'en', entry), tokens);
    expect(fr.headers).toEqual(['Groupe de votants', 'Nombre de bulletins', 'Classement']);
    expect(en.headers).toEqual(['Group of voters', 'Number of ballots', 'Ranking']);
    expect(fr.rows[0].ballot).toBe('1. Kurt Wright');
    expect(fr.caption).toContain(`${tokens.length} groupes`);
    expect(en.caption).toContain(`${new Intl.NumberFormat('en').format(total)} ballots`);
    expect(moreRowsLabel(new ScenarioWords(scenario, 'fr', entry), 20, 384)).toBe(
      'Afficher les groupes suivants (20 sur 384 affichés)',
    );
  });
});

describe('graded ballots', () => {
  it('head their column « Bulletin », not « Classement », and are said grade by grade', () => {
    const scenario = scenarioOf(read('chapter-6-majority-judgment'));
    const { entry } = scenarioElection(scenario, 'profiles');
    // Only the graded ballots, as a vote by grades alone would have.
    const tokens = voterTokens(entry).map((t) => ({ ...t, ballots: { graded: t.ballots.graded } }));
    const table = voterTable(new ScenarioWords(scenario, 'fr', entry), tokens);
    expect(table.headers[2]).toBe('Bulletin');
    expect(table.rows[0].ballot).toMatch(/\u00a0: /);
  });
});
