/**
 * Texts of an election that recounts ballots already cast in the chapter (the box already
 * full, nobody votes again: papers in the ballot box, or pebbles in the conch where the story
 * votes with them), of a new vote after the ballots changed, and of the counts that
 * show their mechanism: Borda's points per rank, where an eliminated option's ballots went.
 */
import { messageTable } from './table.ts';

export const recountMessages = messageTable({
  fr: {
    'count.recount.line':
      'On recompte les mêmes {count} {count|bulletin|bulletins}\u00a0: ils sont déjà dans l’urne, personne ne revote.',
    'count.recount.box': 'Les mêmes {count} {count|bulletin|bulletins}',
    'count.recount.line.conch':
      'On recompte les mêmes {count} {count|bulletin|bulletins}\u00a0: ils sont déjà dans la conque, personne ne revote.',
    'count.recount.line.pebbles':
      'On recompte les mêmes {count} {count|galet|galets}\u00a0: ils sont déjà dans la conque, personne ne revote.',
    'count.recount.line.pebblesInBox':
      'On recompte les mêmes {count} {count|galet|galets}\u00a0: ils sont déjà dans l’urne, personne ne revote.',
    'count.recount.box.pebbles': 'Les mêmes {count} {count|galet|galets}',
    'count.draw.box': '{count} {count|nom|noms} dans l’urne',
    'count.draw.line': 'Personne ne vote\u00a0: le sort tire les noms un par un.',
    'count.recount.changed': 'Nouveau vote\u00a0: des bulletins ont changé depuis le dernier dépouillement.',
    'count.recount.changed.pebbles': 'Nouveau vote\u00a0: des galets ont changé depuis le dernier dépouillement.',
    'count.flow.overvoted': '{count} → rang partagé, {count|nul|nuls} ce tour-ci',
    'count.borda.line': '{name}\u00a0: {parts} → {total} {total|point|points}',
    'count.borda.part': '{count} × {rank} = {points} {points|point|points}',
    'count.borda.shared': '{count} à un rang partagé = {points} {points|point|points}',
    'count.borda.noBallot': 'sur aucun bulletin',
    'count.borda.ordinal.one': '{n}er',
    'count.borda.ordinal.two': '{n}e',
    'count.borda.ordinal.few': '{n}e',
    'count.borda.ordinal.other': '{n}e',
  },
  en: {
    'count.recount.line':
      'A recount of the same {count} {count|ballot|ballots}: they are already in the box, nobody votes again.',
    'count.recount.box': 'The same {count} {count|ballot|ballots}',
    'count.recount.line.conch':
      'A recount of the same {count} {count|ballot|ballots}: they are already in the conch, nobody votes again.',
    'count.recount.line.pebbles':
      'A recount of the same {count} {count|pebble|pebbles}: they are already in the conch, nobody votes again.',
    'count.recount.line.pebblesInBox':
      'A recount of the same {count} {count|pebble|pebbles}: they are already in the box, nobody votes again.',
    'count.recount.box.pebbles': 'The same {count} {count|pebble|pebbles}',
    'count.draw.box': '{count} {count|name|names} in the box',
    'count.draw.line': 'Nobody votes: chance draws the names one by one.',
    'count.recount.changed': 'A new vote: some ballots have changed since the last count.',
    'count.recount.changed.pebbles': 'A new vote: some pebbles have changed since the last count.',
    'count.flow.overvoted': '{count} → shared rank, void this round',
    'count.borda.line': '{name}: {parts} → {total} {total|point|points}',
    'count.borda.part': '{count} × {rank} = {points} {points|point|points}',
    'count.borda.shared': '{count} at a shared rank = {points} {points|point|points}',
    'count.borda.noBallot': 'ranked on no ballot',
    'count.borda.ordinal.one': '{n}st',
    'count.borda.ordinal.two': '{n}nd',
    'count.borda.ordinal.few': '{n}rd',
    'count.borda.ordinal.other': '{n}th',
  },
});
