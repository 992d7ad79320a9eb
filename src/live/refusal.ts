/**
 * How a refused `create` or `joinById` reaches the host screen or the phone: Colyseus rejects
 * the call with an error (code, message); the room server puts a JSON `Refusal` in the message
 * under JOIN_REFUSED_CODE, and `refusalOf` reads it back. Also the close code a client sees
 * when its room is deleted. Pure and light: the phone page bundles it.
 */
import { isRefusalReason, JOIN_REFUSED_CODE, type Refusal } from './protocol.ts';

/** The contract's numbers (src/live/protocol.ts), here too for the server and the host screen. */
export { JOIN_REFUSED_CODE, ROOM_DELETED_CLOSE_CODE } from './protocol.ts';

export function refusalText(refusal: Refusal): string {
  return JSON.stringify(refusal);
}

/** The refusal a rejected create or join carries, when it is one (any other error: undefined). */
export function refusalOf(error: unknown): Refusal | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code !== JOIN_REFUSED_CODE || typeof message !== 'string') return undefined;
  try {
    const parsed = JSON.parse(message) as Partial<Refusal>;
    return isRefusalReason(parsed.reason) ? (parsed as Refusal) : undefined;
  } catch {
    return undefined;
  }
}
