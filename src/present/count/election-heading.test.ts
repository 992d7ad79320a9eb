import { describe, expect, it } from 'vitest';
import { electionHeading } from './election-heading.ts';

describe('the vote’s heading', () => {
  it('takes the name before the colon, in French as in English', () => {
    expect(electionHeading('Vote d’essai pour l’abri\u00a0: un seul nom par galet.', 'Le vote')).toEqual({
      title: 'Vote d’essai pour l’abri',
      detail: 'Un seul nom par galet.',
    });
    expect(electionHeading('Trial vote for the shelter: one name per pebble.', 'The vote')).toEqual({
      title: 'Trial vote for the shelter',
      detail: 'One name per pebble.',
    });
  });

  it('never makes a title of a question or a sentence', () => {
    const question = 'Choisis la règle avant le dépouillement\u00a0: la médiane ou l’addition\u00a0?';
    expect(electionHeading(question, 'Le vote')).toEqual({ title: 'Le vote', detail: question });
    const sentence =
      'Nacre, les bulletins sont dans l’urne. Avec quelle règle comptes-tu\u00a0: le total des notes, ou STAR\u00a0?';
    expect(electionHeading(sentence, 'Le vote').title).toBe('Le vote');
    expect(electionHeading('Les mêmes bulletins, comptés des deux façons.', 'Le vote')).toEqual({
      title: 'Le vote',
      detail: 'Les mêmes bulletins, comptés des deux façons.',
    });
    expect(electionHeading('', 'The vote')).toEqual({ title: 'The vote', detail: '' });
  });
});
