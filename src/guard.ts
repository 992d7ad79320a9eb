/**
 * main.ts's first import: from here on, an error anywhere in the game shows the error card with
 * the way back to the title (src/game/ui/error-card.ts). A module of its own, built into a chunk
 * of its own (vite.config.ts), because a module's imports run before its own code: the listener
 * must be in place before Phaser's chunk is even evaluated.
 */
import { installErrorCard } from './game/ui/error-card.ts';

installErrorCard();
