/** `scene time=… props=…` after a move: read into that move, printed back, and every mistake located. */
import { describe, expect, it } from 'vitest';
import { compileChapter } from './compile.ts';
import { printChapter } from './print.ts';
import { shippedCast } from './testing/scenario-files.ts';

const cast = shippedCast();
const HEAD = ['id: t', 'kind: sandbox', 'title: Le menu', 'cast: lili, gamba', 'place beach: La plage'];

function compile(...lines: string[]): ReturnType<typeof compileChapter> {
  return compileChapter([...HEAD, ...lines].join('\n'), { cast });
}

describe('the scene line', () => {
  it('gives the move above it its time and its things', () => {
    const out = compile('move beach with lili', 'scene time=sunset props=pebbles,conch', 'Lili: Bonsoir.');
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const steps = (out.scenario as { steps: Record<string, unknown>[] }).steps;
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatchObject({ type: 'move', to: 'beach', time: 'sunset', props: ['pebbles', 'conch'] });
  });

  it('is printed back after its move, so a JSON chapter turns into the same source', () => {
    const out = compile('move beach with lili', 'scene time=night props=lanterns', 'Lili: Bonne nuit.');
    const printed = printChapter(out.scenario as never, new Map()).source;
    expect(printed).toMatch(/move beach with lili\nscene time=night props=lanterns\n/);
    const again = compileChapter(printed, { cast });
    expect((again.scenario as { steps: unknown[] }).steps[0]).toMatchObject({ time: 'night', props: ['lanterns'] });
  });

  it.each([
    ['an unknown time', ['move beach', 'scene time=noon'], 'chapterSource.scene.time', 7, 12],
    ['an unknown thing', ['move beach', 'scene props=pebbles,urn'], 'chapterSource.scene.props', 7, 13],
    ['no move above', ['Lili: Salut.', 'scene time=night'], 'chapterSource.scene.afterMove', 7, 1],
    ['a condition', ['move beach', '{seen} scene time=night'], 'chapterSource.scene.condition', 7, 1],
    ['neither time nor things', ['move beach', 'scene at=beach'], 'chapterSource.arg.unknown', 7, 7],
  ])('says where %s is', (_name, lines, key, line, column) => {
    const out = compile(...lines);
    const problem = out.problems.find((p) => p.key === key);
    expect(problem, JSON.stringify(out.problems)).toBeDefined();
    expect(problem).toMatchObject({ line, column, severity: 'error' });
    expect(out.scenario).toBeUndefined();
  });
});
