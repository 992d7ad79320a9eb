/**
 * The worked example of docs/scenario-format.md, read from the guide itself: it compiles with
 * the shipped cast and its English table without a single problem, its hub of visits works
 * without hand-made flags (each visit once, then the fallback), the runner plays it to its end,
 * and its expectations hold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExpectations } from '../expectations.ts';
import { playThrough } from '../runner.ts';
import { renderTranscript } from '../transcript.ts';
import { loadChapterSource } from './load-source.ts';
import { shippedCast } from './testing/scenario-files.ts';

const guide = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8');

function block(marker: string): string {
  const found = new RegExp(`<!-- ${marker} -->\\n\`\`\`\\n([\\s\\S]*?)\`\`\``).exec(guide);
  if (!found?.[1]) throw new Error(`no block after <!-- ${marker} -->`);
  return found[1];
}

describe('the guide’s worked example', () => {
  const loaded = loadChapterSource(block('worked-example'), {
    cast: shippedCast(),
    english: block('worked-example-en'),
  });
  const scenario = loaded.scenario;

  it('compiles with no error and no warning', () => {
    expect(loaded.issues).toEqual([]);
    expect(scenario?.id).toBe('fete-des-marees');
  });

  it('plays to its end: Gamba, then Lili, then the fallback to the vote', () => {
    if (!scenario) throw new Error('not compiled');
    const played = playThrough(scenario, [1, 1, 2]);
    expect(played.refused).toBeUndefined();
    expect(played.runner.state.finished).toBe(true);
    const text = renderTranscript(scenario, played.runner.transcript, 'en');
    expect(text.match(/Whom will you listen to\?/g)).toHaveLength(2);
    expect(text.indexOf('Kelp soup, of course!')).toBeLessThan(text.indexOf('The sand cake… or the salad.'));
    expect(text).toContain('The kelp soup 5, the seaweed salad 4, the sand cake 3');
    expect(text).toContain('The cake beats every other dish one-on-one!');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'THE END. The festival will have all three dishes. Nobody wanted to choose.',
    );
  });

  it('offers each visit once: after Gamba, only Lili is left', () => {
    if (!scenario) throw new Error('not compiled');
    const played = playThrough(scenario, [1, 2]);
    expect(played.refused?.index).toBe(1);
    const other = playThrough(scenario, [2, 1, 1]);
    const text = renderTranscript(scenario, other.runner.transcript, 'fr');
    expect(text.indexOf('Le gâteau de sable… ou la salade.')).toBeLessThan(
      text.indexOf('Une soupe de varech, voyons\u00a0!'),
    );
    expect(text.indexOf('Le gâteau de sable… ou la salade.')).toBeGreaterThan(0);
    expect(other.runner.state.finished).toBe(true);
  });

  it('meets its three expectations', () => {
    if (!scenario) throw new Error('not compiled');
    const outcomes = checkExpectations(scenario);
    expect(outcomes).toHaveLength(3);
    expect(outcomes.every((o) => o.ok)).toBe(true);
  });
});
