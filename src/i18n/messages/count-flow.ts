/**
 * Texts of the count charts that show how ballots move and how lots fall: where an eliminated
 * option's ballots went, the options before anything is counted, each draw of a sortition.
 */
import { messageTable } from './table.ts';

export const countFlowMessages = messageTable({
  fr: {
    'count.flow.from': 'Bulletins transférés depuis {from}\u00a0:',
    'count.flow.to': '{count} → {name}',
    'count.flow.exhausted': '{count} → {count|épuisé|épuisés}',
    'count.flow.received': '+{count}',
    'count.list.running': 'Les options en lice (rien n’est encore compté)',
    'count.draw.number': 'Tirage {draw}\u00a0: n°\u00a0{position} sur {pool} → {name}',
    'count.draw.card': 'tirage {draw}',
    'count.draw.left': 'n°\u00a0{n}',
  },
  en: {
    'count.flow.from': 'Ballots transferred from {from}:',
    'count.flow.to': '{count} → {name}',
    'count.flow.exhausted': '{count} → exhausted',
    'count.flow.received': '+{count}',
    'count.list.running': 'The options in the running (nothing counted yet)',
    'count.draw.number': 'Draw {draw}: no. {position} of {pool} → {name}',
    'count.draw.card': 'draw {draw}',
    'count.draw.left': 'no. {n}',
  },
});
