/**
 * Names that print safely and apart (src/voting/names.ts), refused by the ballot model itself
 * so that no path (file, scenario, share link, class election) can carry one to a screen.
 */
import { describe, expect, it } from 'vitest';
import { describeError } from '../i18n/index.ts';
import { gradedProfile, rankedProfile } from './ballots.ts';
import { VotingError } from './errors.ts';
import { nameProblem, printedForm, shownName, unsafeCharacter } from './names.ts';

function refusal(candidates: string[]): VotingError {
  try {
    rankedProfile(candidates, []);
  } catch (error) {
    expect(error).toBeInstanceOf(VotingError);
    return error as VotingError;
  }
  throw new Error(`${JSON.stringify(candidates)} was accepted`);
}

describe('unsafe characters', () => {
  it.each([
    ['an ANSI escape', 'Crab\u001b[31m', 'U+001B'],
    ['a NUL', 'Cr\u0000ab', 'U+0000'],
    ['a tab', 'Crab\tReef', 'U+0009'],
    ['a line break', 'Crab\nReef', 'U+000A'],
    ['DEL', 'Crab\u007f', 'U+007F'],
    ['a C1 control (CSI)', 'Crab\u009b31m', 'U+009B'],
    ['a right-to-left override', 'Crab \u202Eefil', 'U+202E'],
    ['a left-to-right embedding', '\u202ACrab', 'U+202A'],
    ['a first-strong isolate', 'Crab\u2068x\u2069', 'U+2068'],
    ['a pop directional isolate', 'Crab\u2069', 'U+2069'],
    ['a line separator', 'Crab\u2028', 'U+2028'],
  ])('%s is refused, the code point shown escaped', (_, name, char) => {
    const error = refusal(['Reef', name]);
    expect([error.code, error.path, error.params.char]).toEqual(['error.candidateUnsafe', 'candidates[1]', char]);
    // The message never carries the character itself.
    expect(String(error.params.name)).toContain(`[${char}]`);
    expect(unsafeCharacter(String(error.params.name))).toBeUndefined();
    const fr = describeError(error, 'fr');
    const en = describeError(error, 'en');
    expect(fr).toContain(`contient ${char}, un caractère de contrôle ou de sens d’écriture`);
    expect(en).toContain(`holds ${char}, a control or text-direction character`);
    expect(unsafeCharacter(fr)).toBeUndefined();
    expect(unsafeCharacter(en)).toBeUndefined();
  });

  it('allows what a name may hold: accents, emoji joined by zero-width joiners, right-to-left scripts', () => {
    const names = ['Étrille', 'Crabe 🦀', '👩\u200D🔬 Lab', 'نورا', 'שרה', 'Ma\u00efa'];
    expect(rankedProfile(names, []).candidates).toEqual(names);
  });

  it('refuses the same in graded profiles', () => {
    expect(() => gradedProfile(['A', 'B\u202E'], [], { scale: { min: 0, max: 5 } })).toThrow(
      expect.objectContaining({ code: 'error.candidateUnsafe' }),
    );
  });
});

describe('blank names', () => {
  it.each([[' '], ['\u00a0\u3000'], ['\u200B'], ['\u200D\uFEFF']])('%j is refused as blank', (name) => {
    const error = refusal(['A', name]);
    expect([error.code, error.params.index]).toEqual(['error.candidateBlank', 2]);
    expect(describeError(error, 'fr')).toContain('Le candidat 2 a un nom vide');
    expect(describeError(error, 'en')).toContain('Candidate 2 has a blank name');
  });
});

describe('names that would print the same', () => {
  it.each([
    ['Cyrillic а in a Latin name', 'Crab', 'Cr\u0430b', 'U+0430 / U+0061'],
    ['Greek Ο for Latin O', 'Oscar', '\u039Fscar', 'U+039F / U+004F'],
    ['a zero-width space inside', 'Crab', 'Cr\u200Bab', 'U+200B / U+0061'],
    ['a soft hyphen', 'Crab', 'Cra\u00ADb', 'U+00AD / U+0062'],
    ['full-width letters (NFKC)', 'Crab', 'Ｃｒａｂ', 'U+FF23 / U+0043'],
    ['a decomposed accent (NFKC)', 'Étrille', 'E\u0301trille', 'U+0045 / U+00C9'],
    ['two spaces for one', 'Red Crab', 'Red  Crab', 'U+0020 / U+0043'],
    ['a no-break space', 'Red Crab', 'Red\u00a0Crab', 'U+00A0 / U+0020'],
  ])('%s: refused with the two names shown', (_, first, second, char) => {
    const error = refusal([first, second]);
    expect(error.code).toBe('error.candidatesLookAlike');
    expect(error.params).toEqual({ name: shownName(second), other: first, char });
    expect(describeError(error, 'fr')).toContain(`s’afficheraient de la même façon (ils diffèrent par ${char})`);
    expect(describeError(error, 'en')).toContain(`would look the same (they differ by ${char})`);
  });

  it('shows invisible characters in the names it quotes', () => {
    expect(refusal(['Crab', 'Cr\u200Bab']).params.name).toBe('Cr[U+200B]ab');
  });

  it('keeps apart what prints differently: case, accents, digits and letters, other scripts', () => {
    for (const pair of [
      ['crab', 'Crab'],
      ['Etrille', 'Étrille'],
      ['Liste 0', 'Liste O'],
      ['Ли', 'Li'],
      ['Σ', 'E'],
    ]) {
      expect(nameProblem(pair), pair.join(' / ')).toBeUndefined();
    }
    expect(printedForm('Сrаb')).toBe('Crab');
  });
});
