/** A live vote's options go through the classroom's name check (src/classroom/election.ts). */
import { describe, expect, it } from 'vitest';
import { setupProblems } from './election.ts';

describe('live vote options', () => {
  it('refuses a name with a bidi isolate, as a class election does', () => {
    expect(
      setupProblems({ question: 'Q', options: ['Crabe', 'R\u2066écif'], kind: 'ranked', methods: ['plurality'] }).map(
        (p) => [p.key, p.params.char],
      ),
    ).toContainEqual(['classroom.setup.unsafeName', 'U+2066']);
  });
});
