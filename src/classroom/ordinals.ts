/**
 * Ranks written in words, as online forms label a ranking grid's columns or a rank question:
 * "Premier choix", "1er choix", "2e choix", "Deuxième", "1st choice", "second", "Choix n°3",
 * "Rank 4". French and English; accents and case do not matter.
 */
const WORDS: Readonly<Record<string, number>> = {
  premier: 1,
  premiere: 1,
  first: 1,
  deuxieme: 2,
  second: 2,
  seconde: 2,
  troisieme: 3,
  third: 3,
  quatrieme: 4,
  fourth: 4,
  cinquieme: 5,
  fifth: 5,
  sixieme: 6,
  sixth: 6,
  septieme: 7,
  seventh: 7,
  huitieme: 8,
  eighth: 8,
  neuvieme: 9,
  ninth: 9,
  dixieme: 10,
  tenth: 10,
};

/** Words around the rank that say nothing more ("choix", "choice", "rang", "n°"…). */
const FILLER = /n°|\b(choix|choice|place|rang|rank|position|preference|vote|no|nr)\b\.?|[#°:()[\]]/g;

/** The rank a cell or a header says in words or with a suffix, else undefined (plain numbers too: they are ranks or grades, the reader decides). */
export function ordinalOf(value: string): number | undefined {
  const v = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(FILLER, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (v in WORDS) return WORDS[v];
  const suffixed = /^(\d{1,3}) ?(er|re|ere|e|eme|nd|st|rd|th)$/.exec(v);
  if (suffixed) return Number(suffixed[1]) || undefined;
  // "Choix 2", "Rank 3": a bare number left once the filler word is gone, only if there was one.
  const bare = /^\d{1,3}$/.exec(v);
  return bare && v !== value.trim() ? Number(v) || undefined : undefined;
}
