/**
 * The scene as the text tells it (`scene time=… props=…` in a chapter's source): what the checker
 * says when the line is wrong, and what the dialogue says of the light and the things on the scene.
 */
import { messageTable } from './table.ts';

export const sceneSetMessages = messageTable({
  fr: {
    'chapterSource.scene.afterMove':
      '« scene » se place sur la ligne juste après un « move » : il dit l’heure et les objets de cette scène.',
    'chapterSource.scene.condition': '« scene » ne prend pas de condition : mettez-la sur le « move » au-dessus.',
    'chapterSource.scene.noText': '« scene » n’a pas de texte après « : ». Écrivez la phrase sur la ligne suivante.',
    'chapterSource.scene.time': 'Heure inconnue « {value} ». Au choix : {allowed}.',
    'chapterSource.scene.props': 'Objet inconnu « {value} ». Au choix : {allowed}.',
    'chapterSource.scene.empty': '« scene » dit au moins time=… ou props=….',
    'scene.time.sunset': 'Le soleil se couche.',
    'scene.time.night': 'Il fait nuit.',
    'scene.props.conch': 'La conque de la crique sert d’urne.',
    'scene.props.pebbles': 'Les bulletins sont des galets plats.',
    'scene.props.lanterns': 'Des lanternes sont accrochées.',
  },
  en: {
    'chapterSource.scene.afterMove':
      '“scene” goes on the line right after a “move”: it says that scene’s time and the things on it.',
    'chapterSource.scene.condition': '“scene” takes no condition: put it on the “move” above.',
    'chapterSource.scene.noText': '“scene” has no text after “:”. Write the sentence on the next line.',
    'chapterSource.scene.time': 'Unknown time “{value}”. Allowed: {allowed}.',
    'chapterSource.scene.props': 'Unknown thing “{value}”. Allowed: {allowed}.',
    'chapterSource.scene.empty': '“scene” says at least time=… or props=….',
    'scene.time.sunset': 'The sun is setting.',
    'scene.time.night': 'It is night.',
    'scene.props.conch': 'The cove’s conch is the ballot box.',
    'scene.props.pebbles': 'The ballots are flat pebbles.',
    'scene.props.lanterns': 'Lanterns are hung up.',
  },
});
