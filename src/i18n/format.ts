/**
 * Message templates: `{param}` inserts a parameter; `{param|one|other}` picks a word by the
 * number in `param` (French treats 0 and 1 as singular, English only 1); `{de:name}`,
 * `{à:name}` and `{name:élu|élue|élus|élues}` put French grammar around a name (grammar.ts);
 * English agrees in number only, `{name:leaves|leave}` ("Corail’s fritters leave the race").
 * Numbers are written the local way; lists are joined ("A, B et C"); records become "A 3, B 2".
 * Parameters are inserted as text, never as HTML.
 */
import type { Param, StepParams } from '../voting/result.ts';
import {
  agree,
  capitalize,
  groupGrammar,
  neutralNoun,
  readEnglishNoun,
  readNoun,
  withA,
  withDe,
  type Noun,
  type NounLookup,
} from './grammar.ts';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 5 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 5 }),
};

export function formatNumber(value: number, lang: Lang): string {
  // fr-FR groups thousands with a narrow no-break space; keep it, it is the French convention.
  return numberFormats[lang].format(value);
}

function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const last = lang === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${last}${items[items.length - 1]}`;
}

export function formatParam(value: Param | undefined, lang: Lang): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return lang === 'fr' ? (value ? 'oui' : 'non') : value ? 'yes' : 'no';
  if (Array.isArray(value))
    return joinList(
      value.map((v) => formatParam(v as Param, lang)),
      lang,
    );
  const record = value as { readonly [key: string]: Param };
  return Object.entries(record)
    .map(([k, v]) => `${k} ${formatParam(v, lang)}`)
    .join(', ');
}

function isSingular(n: number, lang: Lang): boolean {
  return lang === 'fr' ? Math.abs(n) < 2 : n === 1;
}

/** A name parameter read for grammar: one name, or several names that agree together. */
function nounsOf(value: Param | undefined, nouns: NounLookup | undefined, lang: Lang): Noun[] | undefined {
  const texts =
    typeof value === 'string'
      ? [value]
      : Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? (value as string[])
        : undefined;
  const read = lang === 'fr' ? readNoun : readEnglishNoun;
  return texts?.map((text) => read(text, nouns?.(text)));
}

/** The parameters that must be named « l’option X »: a word agrees with them, gender unknown. */
function neutralParams(template: string, params: StepParams, lang: Lang, nouns: NounLookup | undefined): Set<string> {
  const out = new Set<string>();
  if (lang !== 'fr') return out;
  for (const m of template.matchAll(/\{(\w+):([^}|]*(?:\|[^}|]*){3})\}/g)) {
    const group = nounsOf(params[m[1]], nouns, lang);
    if (group && group.length > 0 && groupGrammar(group).gender === undefined) out.add(m[1]);
  }
  return out;
}

/** Is this place of the template the start of a sentence (start, or after . ! ? …)? */
function startsSentence(template: string, offset: number): boolean {
  return /(^|[.!?…]\s)\s*$/.test(template.slice(0, offset));
}

/**
 * `{param}`; `{param|one|other}` by number; `{de:param}` and `{à:param}` (French contractions
 * and elision); `{param:sg|pl}` or `{param:m|f|mpl|fpl}` (agreement with the name's number and
 * gender; English templates use only `{param:sg|pl}`, and rephrase rather than say it/he/she). A name that starts a sentence gets a capital. `nouns` tells the grammar of names
 * whose article does not show it (a bare proper name). See docs/scenario-format.md.
 */
export function formatTemplate(template: string, params: StepParams, lang: Lang, nouns?: NounLookup): string {
  const neutral = neutralParams(template, params, lang, nouns);
  const noun = (name: string): Noun | undefined => {
    const group = nounsOf(params[name], nouns, lang);
    if (!group || group.length === 0) return undefined;
    if (neutral.has(name)) return neutralNoun(group.map((n) => n.text));
    return group.length === 1 ? group[0] : undefined;
  };
  const plain = (name: string): string =>
    neutral.has(name) ? (noun(name)?.text ?? '') : formatParam(params[name], lang);
  const prepose = (prep: string, name: string): string => {
    if (lang !== 'fr') return plain(name);
    const single = noun(name);
    const join = (n: Noun): string => (prep === 'de' ? withDe(n) : withA(n));
    if (single) return join(single);
    const group = nounsOf(params[name], nouns, lang);
    // de A et de B: the preposition is repeated before each name of a list.
    return group ? joinList(group.map(join), lang) : `${prep} ${plain(name)}`;
  };
  const agreeing = (name: string, forms: string[]): string => {
    const group = neutral.has(name) ? [noun(name) as Noun] : (nounsOf(params[name], nouns, lang) ?? []);
    const grammar = group.length > 0 ? groupGrammar(group) : { plural: false };
    return agree(grammar, forms) ?? (grammar.plural ? forms[2] : forms[0]) ?? '';
  };
  const pattern = /\{(?:(de|à):(\w+)|(\w+):([^}]*)|([\w.+-]+)(?:\|([^|}]*)\|([^}]*))?)\}/g;
  return template.replace(
    pattern,
    (
      whole: string,
      prep?: string,
      prepName?: string,
      agreeName?: string,
      forms?: string,
      name?: string,
      one?: string,
      other?: string,
      offset = 0,
    ) => {
      let text: string;
      if (prep !== undefined && prepName !== undefined) text = prepose(prep, prepName);
      else if (agreeName !== undefined && forms !== undefined) {
        const list = forms.split('|');
        if (list.length !== 2 && list.length !== 4) return whole;
        text = agreeing(agreeName, list);
      } else if (name !== undefined && one !== undefined && other !== undefined) {
        const value = params[name];
        return typeof value === 'number' && isSingular(value, lang) ? one : (other ?? '');
      } else if (name !== undefined) {
        if (typeof params[name] === 'number') return formatParam(params[name], lang);
        text = plain(name);
        // Only a name's own article is capitalized: a file name or an id stays as written.
        if (readNoun(text).article === 'none' && !/^the /i.test(text)) return text;
      } else return whole;
      return startsSentence(template, offset) ? capitalize(text) : text;
    },
  );
}
