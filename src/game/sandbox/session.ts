/**
 * What the sandbox keeps while the player looks at the full count (the Results scene comes
 * back with `{ resume: true }`): the state being edited and the choices of the screen.
 */
import type { MethodId } from '../../voting/method.ts';
import type { SandboxState } from '../../sandbox/model.ts';

export interface SandboxSession {
  state?: SandboxState;
  /** The flag or crowd selected (its key: `flag:id` or `crowd:id`). */
  selected?: string;
  /** The Yee diagram's method, or none. */
  yee?: MethodId;
}

export const session: SandboxSession = {};
