/**
 * The keyboard and touch hints (src/i18n/messages/keys.ts) come with the first download: the
 * coast is drawn before the count scenes are loaded.
 */
export { t as keysText } from '../../i18n/first-screen.ts';
