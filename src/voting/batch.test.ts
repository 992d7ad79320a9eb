import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, answerLine, answerRequest } from './batch.ts';

const req = (o: Record<string, unknown>) => JSON.stringify(o);

describe('tally --batch answers', () => {
  it('answers a ranked request with the sorted winner set', () => {
    const line = req({
      id: 'r0001',
      method: 'ranked-pairs',
      candidates: ['A', 'B', 'C'],
      ballots: [
        { ranking: ['A', 'B', 'C'], count: 1 },
        { ranking: ['B', 'C', 'A'], count: 1 },
        { ranking: ['C', 'A', 'B'], count: 1 },
      ],
    });
    expect(JSON.parse(answerLine(line))).toEqual({ id: 'r0001', method: 'ranked-pairs', winners: ['A', 'B', 'C'] });
  });

  it('answers graded requests with their scale and threshold', () => {
    const line = req({
      id: 7,
      method: 'star',
      candidates: ['Amy', 'Brian', 'Chuck'],
      grade_scale: { min: 0, max: 5 },
      approval_threshold: 3,
      ballots: [
        { grades: { Amy: 1, Brian: 2, Chuck: 5 }, count: 1 },
        { grades: { Amy: 1, Brian: 5, Chuck: 3 }, count: 1 },
        { grades: { Amy: 1, Brian: 3, Chuck: 3 }, count: 1 },
      ],
    });
    expect(answerRequest(line)).toEqual({ id: 7, method: 'star', winners: ['Brian', 'Chuck'] });
  });

  it('accepts seats, truncated rankings and equal ranks', () => {
    const line = req({
      id: 's',
      method: 'stv',
      seats: 2,
      candidates: ['A', 'B', 'C'],
      ballots: [
        { ranking: ['A'], count: 5 },
        { ranking: [['B', 'C']], count: 1 },
        { ranking: ['B', 'A'], count: 3 },
        { ranking: ['C'], count: 2 },
      ],
    });
    const answer = answerRequest(line);
    expect(answer.error).toBeUndefined();
    expect(answer.winners).toEqual(['A', 'B']);
  });

  it('answers every bad line with an error for its id, and never throws', () => {
    expect(answerRequest('{"id":"x1","method":"nope","candidates":[],"ballots":[]}')).toEqual({
      id: 'x1',
      method: 'nope',
      error: 'unsupported method',
    });
    expect(answerRequest('{"id":"x2","method":"irv", "candidates":["A"]')).toMatchObject({
      id: 'x2',
      error: expect.stringMatching(/malformed JSON/),
    });
    expect(answerRequest('[1,2]')).toMatchObject({ id: null, error: expect.any(String) });
    expect(
      answerRequest(req({ id: 'x3', method: 'irv', candidates: ['A'], ballots: [{ ranking: ['Z'], count: 1 }] })),
    ).toMatchObject({
      id: 'x3',
      method: 'irv',
      error: expect.stringMatching(/ballots\[0\]\.ranking\[0\].*unknown candidate "Z"/),
    });
    expect(
      answerRequest(req({ id: 'x4', method: 'approval', candidates: ['A'], ballots: [{ ranking: ['A'], count: 1 }] })),
    ).toMatchObject({
      id: 'x4',
      error: expect.stringMatching(/graded/),
    });
    expect(
      answerRequest(
        req({ id: 'x5', method: 'plurality', candidates: ['A'], ballots: [{ ranking: ['A'], count: -2 }] }),
      ),
    ).toMatchObject({
      id: 'x5',
      error: expect.stringMatching(/count/),
    });
  });
});

describe('tally --batch answers within the limits (docs/voting-rules.md §10)', () => {
  const names = (m: number) => Array.from({ length: m }, (_, i) => `c${i}`);

  it('accepts a byte-order mark at the start of a line', () => {
    const line =
      '\uFEFF' +
      req({ id: 'bom', method: 'plurality', candidates: ['A', 'B'], ballots: [{ ranking: ['B'], count: 2 }] });
    expect(answerRequest(line)).toEqual({ id: 'bom', method: 'plurality', winners: ['B'] });
  });

  it('answers a line past a limit with an error naming the method, the limit and the value', () => {
    const schulze = req({
      id: 'wide',
      method: 'schulze',
      candidates: names(3000),
      ballots: [{ ranking: ['c1'], count: 1 }],
    });
    expect(answerRequest(schulze)).toEqual({
      id: 'wide',
      method: 'schulze',
      error: 'schulze counts at most 500 candidates; this election has 3000',
    });
    const grades = req({
      id: 'g',
      method: 'score',
      candidates: ['A', 'B'],
      grade_scale: { min: 0, max: 4e9 },
      ballots: [{ grades: { A: 3e9, B: 1 }, count: 1 }],
    });
    expect(answerRequest(grades)).toMatchObject({
      id: 'g',
      error: expect.stringMatching(/between -1000 and 1000 \(got: 4000000000\)/),
    });
    const seats = req({
      id: 's',
      method: 'dhondt',
      seats: 1e12,
      candidates: ['A', 'B'],
      ballots: [{ ranking: ['A'], count: 1 }],
    });
    expect(answerRequest(seats)).toMatchObject({ id: 's', error: expect.stringMatching(/at most 10000 seats/) });
    const voters = req({ id: 'v', method: 'irv', candidates: ['A'], ballots: [{ ranking: ['A'], count: 9e15 }] });
    expect(answerRequest(voters)).toMatchObject({ id: 'v', error: expect.stringMatching(/at most 1000000000/) });
  });

  it('answers a line longer than the limit with an error for the id at its start', () => {
    const line = `{"id":"long","method":"irv","candidates":["${'x'.repeat(MAX_LINE_CHARS)}"],"ballots":[]}`;
    expect(answerRequest(line)).toEqual({ id: 'long', error: `line too long: more than ${MAX_LINE_CHARS} characters` });
  });
});

describe('tally --batch answers print safely', () => {
  it('escapes the characters a terminal would act on, and names stay refused with the code point shown', () => {
    const line = answerLine(
      JSON.stringify({ id: 'x\u202Ey\u0085', method: 'plurality', candidates: ['Crab', 'Re\u2067ef'], ballots: [] }),
    );
    expect(line).not.toMatch(/[\u0085\u202E\u2067]/);
    expect(line).toContain('"id":"x\\u202ey\\u0085"');
    const answer = JSON.parse(line) as { id: string; error: string };
    expect(answer.id).toBe('x\u202Ey\u0085');
    expect(answer.error).toBe(
      'candidates[1]: the name "Re[U+2067]ef" holds U+2067, a control or text-direction character',
    );
  });
});
