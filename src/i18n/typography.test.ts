/**
 * French typography in every French message: a no-break space before « : ; ? ! » and inside
 * « », the typographic apostrophe, an ellipsis character. Text quoted as code (a file's syntax
 * between « », a JSON sample in straight quotes) is written as the code is, and left out.
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
    expect(RULES[1][1].test(prose('Écrivez «\u00a0id: texte\u00a0».'))).toBe(false);
  });
});
