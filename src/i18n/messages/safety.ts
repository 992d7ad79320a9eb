/**
 * Texts of the game's safety nets: an address it cannot follow, the error card shown when
 * something breaks inside a scene, the notices about the saved game (the `state.*` notices
 * themselves are in scenario.ts), and the reduced-motion setting's honest state.
 */
import { messageTable } from './table.ts';

export const safetyMessages = messageTable({
  fr: {
    'address.title': 'Adresse inconnue',
    'address.unknown':
      'L’adresse «\u00a0{address}\u00a0» ne mène nulle part dans le jeu\u00a0: voici l’écran titre. Les adresses possibles\u00a0: #chapter/1 à #chapter/9, #sandbox, #classroom, #live, #settings, #credits.',
    'address.malformed':
      'L’adresse «\u00a0{address}\u00a0» est abîmée (un caractère codé avec %) et ne peut pas être lue\u00a0: voici l’écran titre.',
    'crash.title': 'Un problème est survenu',
    'crash.body':
      'Le jeu a rencontré une erreur et ne peut pas continuer cet écran. Ta sauvegarde est intacte\u00a0: reviens à l’écran titre pour reprendre là où tu en étais.',
    'crash.detail': 'Détail technique\u00a0: {detail}',
    'crash.back': 'Revenir à l’écran titre',
    'notices.title': 'À propos de ta sauvegarde',
    'notices.ok': 'J’ai compris',
    'state.newer.kept':
      'Cette sauvegarde vient d’une version plus récente du jeu. Elle est gardée telle quelle et le jeu n’y écrira pas\u00a0: mets le jeu à jour (recharge la page ou relance «\u00a0npm start\u00a0» après l’avoir mis à jour) pour la retrouver. En attendant, rien de ce que tu fais ici ne sera enregistré.',
    'state.setAside.full':
      'La place réservée aux copies mises de côté est pleine\u00a0: la sauvegarde illisible reste à sa place et le jeu ne l’écrasera pas. Rien de ce que tu fais ici ne sera enregistré tant que les copies «\u00a0{prefix}.*\u00a0» ne sont pas libérées.',
    'screen.loading': 'Chargement',
    'screen.coast': 'La côte',
    'screen.dialogue': 'Dialogue',
    'screen.election': 'Le vote',
    'screen.count': 'Le dépouillement',
    'screen.results': 'Les résultats',
    'settings.motion.systemNow': 'Comme le système (ici\u00a0: {state})',
    'settings.motion.stateReduced': 'réduites',
    'settings.motion.stateFull': 'toutes',
    'chunkFailure.title': 'Une partie du jeu n’a pas pu être chargée',
    'chunkFailure.body':
      'Le navigateur n’a pas pu télécharger cette partie du jeu (la connexion est coupée, ou le jeu vient d’être mis à jour). Ta sauvegarde est intacte\u00a0: recharge la page pour réessayer.',
    'chunkFailure.reload': 'Recharger la page',
  },
  en: {
    'address.title': 'Unknown address',
    'address.unknown':
      'The address “{address}” leads nowhere in the game: here is the title screen. The addresses it knows: #chapter/1 to #chapter/9, #sandbox, #classroom, #live, #settings, #credits.',
    'address.malformed':
      'The address “{address}” is damaged (a character encoded with %) and cannot be read: here is the title screen.',
    'crash.title': 'Something went wrong',
    'crash.body':
      'The game ran into an error and cannot go on with this screen. Your save is intact: go back to the title screen to pick up where you were.',
    'crash.detail': 'Technical detail: {detail}',
    'crash.back': 'Back to the title screen',
    'notices.title': 'About your save',
    'notices.ok': 'Understood',
    'state.newer.kept':
      'This save comes from a newer version of the game. It is kept as it is and the game will not write over it: update the game (reload the page, or run “npm start” again after updating it) to get it back. Until then, nothing you do here will be saved.',
    'state.setAside.full':
      'The space kept for set-aside copies is full: the unreadable save stays where it is and the game will not overwrite it. Nothing you do here will be saved until the “{prefix}.*” copies are cleared.',
    'screen.loading': 'Loading',
    'screen.coast': 'The coast',
    'screen.dialogue': 'Dialogue',
    'screen.election': 'The vote',
    'screen.count': 'The count',
    'screen.results': 'The results',
    'settings.motion.systemNow': 'Same as the system (here: {state})',
    'settings.motion.stateReduced': 'reduced',
    'settings.motion.stateFull': 'all',
    'chunkFailure.title': 'Part of the game could not be loaded',
    'chunkFailure.body':
      'The browser could not download this part of the game (the connection is down, or the game has just been updated). Your save is intact: reload the page to try again.',
    'chunkFailure.reload': 'Reload the page',
  },
});
