/**
 * The sandbox's session lives in the one store (src/state/store.ts, SandboxSlice, not saved):
 * the state being edited and the choices of the screen, kept while the player looks at the full
 * count. The sandbox loads the store before it opens (start.ts), so these find it.
 */
import type { SandboxSession } from '../../state/store.ts';
import { storeNow } from '../flow/session.ts';

export function sandboxSession(): SandboxSession {
  return storeNow()?.getState().sandbox ?? {};
}

export function keepSandbox(patch: Partial<SandboxSession>): void {
  storeNow()?.getState().keepSandbox(patch);
}
