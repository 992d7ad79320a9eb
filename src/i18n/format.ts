/**
 * Message templates: `{param}` inserts a parameter; `{param|one|other}` picks a word by the
 * number in `param` (French treats 0 and 1 as singular, English only 1). Numbers are
 * written the local way; lists are joined ("A, B et C"); records become "A 3, B 2".
 * Parameters are inserted as text, never as HTML.
 */
import type { Param, StepParams } from '../voting/result.ts';

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

export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const last = lang === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${last}${items[items.length - 1]}`;
}

export function formatParam(value: Param | undefined, lang: Lang): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return lang === 'fr' ? (value ? 'oui' : 'non') : value ? 'yes' : 'no';
  if (Array.isArray(value)) return joinList(value.map((v) => formatParam(v as Param, lang)), lang);
  const record = value as { readonly [key: string]: Param };
  return Object.entries(record)
    .map(([k, v]) => `${k} ${formatParam(v, lang)}`)
    .join(', ');
}

function isSingular(n: number, lang: Lang): boolean {
  return lang === 'fr' ? Math.abs(n) < 2 : n === 1;
}

export function formatTemplate(template: string, params: StepParams, lang: Lang): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (_, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (one !== undefined && other !== undefined) {
      return typeof value === 'number' && isSingular(value, lang) ? one : (other ?? '');
    }
    return formatParam(value, lang);
  });
}
