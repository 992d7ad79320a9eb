/**
 * Messages that come as data name a method by its id: the sentence says the method as a noun in
 * running text (« le jugement majoritaire »), never its id nor its capitalised title mid-sentence.
 */
import { describe, expect, it } from 'vitest';
import { describeError, t } from './index.ts';
import { messages } from './messages/index.ts';
import { VotingError, tooManyCandidates } from '../voting/errors.ts';

const spaces = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('engine errors that name a method', () => {
  it('say the method as a noun and the ballot kind in words, in both languages', () => {
    const wrong = new VotingError('error.wrongBallotKind', '', { method: 'majority-judgment', expected: 'graded' });
    expect(describeError(wrong, 'fr')).toBe(
      'Pour compter avec le jugement majoritaire, il faut des bulletins à notes.',
    );
    expect(describeError(wrong, 'en')).toBe('Counting with majority judgment needs graded ballots.');
    const borda = new VotingError('error.wrongBallotKind', '', { method: 'borda', expected: 'ranked' });
    expect(describeError(borda, 'fr')).toBe('Pour compter avec la méthode de Borda, il faut des bulletins classés.');
    expect(describeError(borda, 'en')).toBe('Counting with the Borda count needs ranked ballots.');
  });

  it('put a sentence-initial noun in capitals and keep an unknown id as typed', () => {
    expect(spaces(describeError(tooManyCandidates('kemeny-young', 8, 9), 'fr'))).toBe(
      'Avec la méthode de Kemeny-Young, on compte au plus 8 candidats ; cette élection en a 9.',
    );
    expect(spaces(t({ key: 'live.setup.methodNotForKind', params: { method: 'approval' } }, 'fr'))).toBe(
      'Le vote par approbation ne peut pas compter ce genre de bulletin.',
    );
    expect(t({ key: 'error.unsupportedMethod', params: { method: 'condorset' } }, 'en')).toBe(
      'Unknown method: “condorset”.',
    );
  });

  it('no template writes « la méthode {method} » (a title or a noun after « méthode » reads wrong)', () => {
    // A title quoted as a name (« la méthode « Borda » ») is a citation, and stays allowed.
    for (const [key, text] of Object.entries(messages.fr)) expect(text, key).not.toMatch(/méthode\s+\{method\}/i);
    for (const [key, text] of Object.entries(messages.en)) {
      expect(text, key).not.toMatch(/method\s+\{method\}/i);
      expect(text, key).not.toMatch(/\{method\}\s+method/i);
    }
  });
});
