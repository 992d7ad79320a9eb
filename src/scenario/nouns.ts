/**
 * The grammar of a scenario's names as sentences need it: an option's or a character's gender
 * and number, looked up by the name as the player reads it. Pure: no DOM.
 */
import type { Lang } from '../i18n/format.ts';
import { readNoun, type NounGrammar, type NounLookup } from '../i18n/grammar.ts';
import type { ScenarioData } from './schema.ts';

export function scenarioNouns(scenario: Pick<ScenarioData, 'options' | 'cast' | 'texts'>, lang: Lang): NounLookup {
  const texts = scenario.texts[lang] ?? {};
  const known = new Map<string, NounGrammar>();
  for (const c of scenario.cast) if (c.gender) known.set(texts[c.name] ?? c.name, { gender: c.gender });
  for (const o of scenario.options) {
    if (lang === 'en') {
      // English verbs agree with the number of the option, which its French name shows best
      // (« les beignets de Corail » → "Corail’s fritters leave the race"); no grammatical gender.
      const french = readNoun(
        scenario.texts.fr?.[o.name] ?? o.name,
        o.plural !== undefined ? { plural: o.plural } : {},
      );
      if (french.plural) known.set(texts[o.name] ?? o.name, { plural: true });
      continue;
    }
    if (o.gender === undefined && o.plural === undefined) continue;
    known.set(texts[o.name] ?? o.name, {
      ...(o.gender ? { gender: o.gender } : {}),
      ...(o.plural !== undefined ? { plural: o.plural } : {}),
    });
  }
  return (text) => known.get(text);
}
