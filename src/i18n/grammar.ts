/**
 * French grammar around a name inserted in a sentence: « de » and « à » contract with the
 * name's own article (de + le → du, à + les → aux), elide before a vowel or a mute h
 * (d’Étrille), and words agree with the name's gender and number (élu, élue, élus, élues).
 *
 * A name usually carries its article (« la soupe de Gamba », « les beignets de Corail »,
 * « l’arc-en-ciel »): number and gender are read from it. A bare proper name (« Étrille »)
 * says nothing of its gender: the scenario or the cast tells it (NounGrammar). When a word must
 * agree and the gender is still unknown (an option typed by a teacher), the sentence names it
 * « l’option Pizza » — a feminine noun — rather than guess and risk a wrong agreement.
 * Pure: no DOM.
 */
type Gender = 'm' | 'f';

/** What a scenario or the cast may say about a name the article does not show. */
export interface NounGrammar {
  readonly gender?: Gender;
  readonly plural?: boolean;
}

/** Tells the grammar of a name inserted as text, when someone knows it. */
export type NounLookup = (text: string) => NounGrammar | undefined;

type Article = 'le' | 'la' | 'les' | 'l’' | 'none';

export interface Noun {
  /** The name as written, with its article if it has one. */
  readonly text: string;
  readonly article: Article;
  /** The name without its article (« soupe de Gamba »). */
  readonly rest: string;
  readonly gender?: Gender;
  readonly plural: boolean;
}

/** Vowels and the h that French treats as mute in names (Homère, Hélène): d’, l’. */
const ELIDING = /^[aeiouyhàâäéèêëîïôöùûüœæ]/i;

function elides(word: string): boolean {
  return ELIDING.test(word.trim());
}

/** Reads a French name: its article, gender and number, completed by what is known of it. */
export function readNoun(text: string, known: NounGrammar = {}): Noun {
  const m = /^(les|le|la|l['’])\s*(.*)$/i.exec(text);
  const word = m?.[1].toLowerCase();
  if (m && (word === 'l’' || word === "l'" || /\s/.test(text.charAt(m[1].length)))) {
    const article: Article = word === 'le' ? 'le' : word === 'la' ? 'la' : word === 'les' ? 'les' : 'l’';
    const gender = known.gender ?? (article === 'le' ? 'm' : article === 'la' ? 'f' : undefined);
    return { text, article, rest: m[2], gender, plural: known.plural ?? article === 'les' };
  }
  // « Bigorne et les crabes de la dune » is several: the verb goes to the plural.
  return { text, article: 'none', rest: text, gender: known.gender, plural: known.plural ?? / et /.test(text) };
}

/**
 * Reads an English name: English shows no gender in its verbs, only number, which the article
 * does not tell ("Corail’s fritters" is plural, "the Rock Pools list" is not): what is known of the
 * name decides (a scenario's option takes the number of its French name), else one name is
 * singular and "A and B" plural.
 */
export function readEnglishNoun(text: string, known: NounGrammar = {}): Noun {
  return { text, article: 'none', rest: text, gender: known.gender, plural: known.plural ?? / and /.test(text) };
}

/** « de » before a name: du buffet, des beignets, de la soupe, de l’arc-en-ciel, d’Étrille. */
export function withDe(noun: Noun): string {
  switch (noun.article) {
    case 'le':
      return `du ${noun.rest}`;
    case 'les':
      return `des ${noun.rest}`;
    case 'la':
    case 'l’':
      return `de ${noun.text}`;
    default:
      return elides(noun.text) ? `d’${noun.text}` : `de ${noun.text}`;
  }
}

/** « à » before a name: au buffet, aux beignets, à la soupe, à l’arc-en-ciel, à Étrille. */
export function withA(noun: Noun): string {
  if (noun.article === 'le') return `au ${noun.rest}`;
  if (noun.article === 'les') return `aux ${noun.rest}`;
  return `à ${noun.text}`;
}

/**
 * The neutral name used when a word must agree with a name of unknown gender: « l’option
 * Pizza », « les options Pizza et Frites » (option is feminine, so the agreement is sure).
 */
export function neutralNoun(names: readonly string[]): Noun {
  if (names.length > 1) {
    const listed = `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
    return { text: `les options ${listed}`, article: 'les', rest: `options ${listed}`, gender: 'f', plural: true };
  }
  return {
    text: `l’option ${names[0] ?? ''}`,
    article: 'l’',
    rest: `option ${names[0] ?? ''}`,
    gender: 'f',
    plural: false,
  };
}

/**
 * Several names together: plural; feminine only if every one is (French agrees with the
 * masculine as soon as one is masculine); unknown if any is unknown.
 */
export function groupGrammar(nouns: readonly Noun[]): NounGrammar {
  if (nouns.length === 1) return { gender: nouns[0].gender, plural: nouns[0].plural };
  const genders = nouns.map((n) => n.gender);
  const gender = genders.includes(undefined) ? undefined : genders.includes('m') ? 'm' : 'f';
  return { gender, plural: true };
}

/**
 * The form that agrees: forms are [singular, plural], or [masculine singular, feminine
 * singular, masculine plural, feminine plural]. Undefined when the gender decides and is unknown.
 */
export function agree(grammar: NounGrammar, forms: readonly string[]): string | undefined {
  const plural = grammar.plural === true;
  if (forms.length === 2) return plural ? forms[1] : forms[0];
  if (forms.length !== 4 || grammar.gender === undefined) return undefined;
  return forms[(plural ? 2 : 0) + (grammar.gender === 'f' ? 1 : 0)];
}

/** A capital at the start of a sentence (« La soupe gagne. »), the rest untouched. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}
