/**
 * Options typed by a teacher (a class election, a live vote) print safely and apart
 * (src/voting/names.ts): said at once, in French and English, not when the class votes.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { readOptions } from './election.ts';

const said = (text: string, lang: 'fr' | 'en') => readOptions(text).problems.map((p) => t(p, lang));

describe('options a teacher types', () => {
  it('refuses a bidi override or an ANSI escape, with the code point shown', () => {
    expect(said('Crabe\nRé\u202Ecif', 'fr')).toEqual([
      'L’option «\u00a0Ré[U+202E]cif\u00a0» contient U+202E, un caractère de contrôle ou de sens d’écriture\u00a0: elle s’afficherait autrement qu’elle n’est écrite.',
    ]);
    expect(said('Crabe\nRécif\u001b[31m', 'en')).toEqual([
      'The option “Récif[U+001B][31m” holds U+001B, a control or text-direction character: it would display differently from how it is written.',
    ]);
  });

  it('refuses two options that would print the same, with both names', () => {
    expect(said('Crabe\nCr\u0430be', 'fr')).toEqual([
      'Les options «\u00a0Cr\u0430be\u00a0» et «\u00a0Crabe\u00a0» s’afficheraient de la même façon (elles diffèrent par U+0430 / U+0061)\u00a0: donnez-leur des noms bien distincts.',
    ]);
    expect(said('Crabe\nCra\u200Bbe', 'en')).toEqual([
      'Options “Cra[U+200B]be” and “Crabe” would look the same (they differ by U+200B / U+0062): give them clearly different names.',
    ]);
    expect(said('Crabe\n\u200B\nRécif', 'en')).toEqual(['Option 2 has no visible name (only invisible characters).']);
  });

  it('keeps ordinary names', () => {
    expect(readOptions('Crabe\nÉtrille\nListe 0\nListe O').problems).toEqual([]);
  });
});
