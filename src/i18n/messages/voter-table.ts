/**
 * Texts of the vote's screen-reader table: a large electorate (many groups of voters) is read as
 * a table of its groups, largest first, instead of one "open the ballot" button per group. On a
 * touch screen the same table is a list the crowd opens (game/count/voter-panel.ts).
 */
import { messageTable } from './table.ts';

export const voterTableMessages = messageTable({
  fr: {
    'count.voterTable.caption':
      'Les {groups} groupes de votants et leurs {total} bulletins, du groupe le plus nombreux au moins nombreux',
    'count.voterTable.group': 'Groupe de votants',
    'count.voterTable.count': 'Nombre de bulletins',
    'count.voterTable.ranked': 'Classement',
    'count.voterTable.ballot': 'Bulletin',
    'count.voterTable.more': 'Afficher les groupes suivants ({shown} sur {groups} affichés)',
    'count.voterPanel.hint': 'Touche la foule pour lire ses {groups} groupes de votants, un par ligne.',
    'count.voterPanel.close': 'Fermer la liste',
  },
  en: {
    'count.voterTable.caption': 'The {groups} groups of voters and their {total} ballots, largest group first',
    'count.voterTable.group': 'Group of voters',
    'count.voterTable.count': 'Number of ballots',
    'count.voterTable.ranked': 'Ranking',
    'count.voterTable.ballot': 'Ballot',
    'count.voterTable.more': 'Show the next groups ({shown} of {groups} shown)',
    'count.voterPanel.hint': 'Tap the crowd to read its {groups} groups of voters, one per line.',
    'count.voterPanel.close': 'Close the list',
  },
});
