/**
 * French typography in every French message: a no-break space before « : ; ? ! » and inside
 * « », the typographic apostrophe, an ellipsis character. The space is U+00A0 in every table,
 * never the narrow U+202F: both are correct French, but one table mixing them drew gaps of
 * two widths on the same screen (the narrow one stays only in numbers, « 4 314 »). Text
 * quoted as code (a file's syntax between « », a JSON sample in straight quotes) is written as
 * the code is, and left out.
 */
import { describe, expect, it } from 'vitest';
import { messages } from './messages/index.ts';

/** The text without what it quotes as code: « id: texte », "grade_scale": {…}, {param}. */
const prose = (text: string): string =>
  text
    .replace(/«\u00a0[^»]*\u00a0»/g, '«\u00a0…\u00a0»')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\{[^}]*\}/g, 'X');

const RULES: readonly (readonly [string, RegExp])[] = [
  ['an ordinary space before : ; ? !', / [:;?!]/],
  ['no space at all before : ; ? !', /[\p{L}\d)»][:;?!](?=\s|$)/u],
  ['a straight apostrophe', /\p{L}'\p{L}/u],
  ['« without a no-break space after it', /«(?![\u00a0\u202f])/],
  ['» without a no-break space before it', /(?<![\u00a0\u202f])»/],
  ['a narrow no-break space (U+202F) before : ; ? ! or inside « »', /\u202f[:;?!»]|«\u202f/],
  ['three dots instead of …', /\.\.\./],
];

describe('French typography', () => {
  it.each(RULES)('no French message has %s', (_, rule) => {
    const found = Object.entries(messages.fr).filter(([, text]) => rule.test(prose(text)));
    expect(found).toEqual([]);
  });

  it('the rules can fail', () => {
    expect(RULES[0][1].test(prose('Tu es ici : la plage.'))).toBe(true);
    expect(RULES[1][1].test(prose('Tu es ici: la plage.'))).toBe(true);
    expect(RULES[2][1].test(prose("l'urne"))).toBe(true);
    expect(RULES[3][1].test(prose('«la plage\u00a0»'))).toBe(true);
    expect(RULES[5][1].test(prose('Voix\u00a0: 4\u202f314\u202f; quota\u00a0: 12.'))).toBe(true);
    expect(RULES[5][1].test(prose('«\u202fla plage\u202f»'))).toBe(true);
    expect(RULES[5][1].test(prose('Voix\u00a0: 4\u202f314\u00a0; quota\u00a0: 12.'))).toBe(false);
    expect(RULES[1][1].test(prose('Écrivez «\u00a0id: texte\u00a0».'))).toBe(false);
  });
});
