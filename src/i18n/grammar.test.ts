import { describe, expect, it } from 'vitest';
import { agree, groupGrammar, readNoun, withA, withDe } from './grammar.ts';
import { formatTemplate } from './format.ts';
import { messages } from './messages/index.ts';

describe('French grammar of a name', () => {
  it.each([
    ['le buffet', 'du buffet', 'au buffet'],
    ['Le Port', 'du Port', 'au Port'],
    ['la soupe', 'de la soupe', 'à la soupe'],
    ['les beignets', 'des beignets', 'aux beignets'],
    ['l’arc-en-ciel', 'de l’arc-en-ciel', 'à l’arc-en-ciel'],
    ["l'abri", "de l'abri", "à l'abri"],
    ['Étrille', 'd’Étrille', 'à Étrille'],
    ['Homère', 'd’Homère', 'à Homère'],
    ['un nom écrit à la main', 'd’un nom écrit à la main', 'à un nom écrit à la main'],
    ['Maïa', 'de Maïa', 'à Maïa'],
    ['Lena', 'de Lena', 'à Lena'],
    ['Lesbos', 'de Lesbos', 'à Lesbos'],
  ])('%s → %s, %s', (name, de, a) => {
    expect(withDe(readNoun(name))).toBe(de);
    expect(withA(readNoun(name))).toBe(a);
  });

  it('reads gender and number from the article, and from what the scenario says', () => {
    expect(readNoun('le phare')).toMatchObject({ gender: 'm', plural: false });
    expect(readNoun('la dune')).toMatchObject({ gender: 'f', plural: false });
    expect(readNoun('les crevettes')).toMatchObject({ gender: undefined, plural: true });
    expect(readNoun('les crevettes', { gender: 'f' })).toMatchObject({ gender: 'f', plural: true });
    expect(readNoun('Étrille', { gender: 'f' })).toMatchObject({ gender: 'f', plural: false });
    expect(readNoun('Bigorne et les crabes de la dune')).toMatchObject({ plural: true });
  });

  it('agrees with the masculine as soon as one name of a group is masculine', () => {
    const forms = ['élu', 'élue', 'élus', 'élues'];
    expect(agree(groupGrammar([readNoun('la soupe'), readNoun('la salade')]), forms)).toBe('élues');
    expect(agree(groupGrammar([readNoun('la soupe'), readNoun('le phare')]), forms)).toBe('élus');
    expect(agree(groupGrammar([readNoun('la soupe'), readNoun('Pizza')]), forms)).toBeUndefined();
    expect(agree({ plural: true }, ['gagne', 'gagnent'])).toBe('gagnent');
  });

  it('capitalizes a name’s article at a sentence start, never a file name or a number', () => {
    expect(formatTemplate('{x} gagne. {x} reste.', { x: 'la soupe' }, 'fr')).toBe('La soupe gagne. La soupe reste.');
    expect(formatTemplate('{file}, ligne 2', { file: 'le.csv' }, 'fr')).toBe('le.csv, ligne 2');
    expect(formatTemplate('{de:x} ou {x}', { x: 'le phare' }, 'fr')).toBe('Du phare ou le phare');
  });
});

/** Every French template that takes a name, with each kind of name: none of the errors grammar helpers exist for. */
describe('French templates that take a name', () => {
  const NAME_PARAMS = [
    'winner',
    'winners',
    'name',
    'names',
    'loser',
    'by',
    'tied',
    'voter',
    'option',
    'candidate',
    'x',
    'y',
    'a',
    'b',
    'first',
    'second',
    'chosen',
    'eliminated',
    'elected',
    'against',
    'list',
    'lists',
    'leaders',
    'added',
    'before',
    'after',
    'advancing',
    'staying',
  ];
  const NAMES = ['le buffet du courant', 'la soupe de Gamba', 'les crevettes roses', 'Éclair', 'l’arc-en-ciel'];
  const named = Object.entries(messages.fr).filter(([, t]) =>
    NAME_PARAMS.some((p) => new RegExp(`\\{(?:(?:de|à):)?${p}[}:]`).test(t)),
  );

  it('there are many of them', () => {
    expect(named.length).toBeGreaterThan(150);
  });

  it.each(NAMES)(
    'with « %s »: no « de le », « de les », « à le », « à les », « de » before a vowel, or a sentence that starts with a small letter',
    (name) => {
      for (const [key, template] of named) {
        const params = Object.fromEntries(NAME_PARAMS.map((p) => [p, p.endsWith('s') || p === 'tied' ? [name] : name]));
        const text = formatTemplate(template, { ...params, count: 1, n: 1 }, 'fr');
        expect(text, key).not.toMatch(/\b[dD]e l(e|es) |\b[àÀ] l(e|es) |\b[dD]e [aeiouyéèêàâîôûÉÈÊÀÂÎÔÛ]/);
        expect(text, key).not.toMatch(/(^|[.!?]\s)(le|la|les|l’) /);
      }
    },
  );
});
