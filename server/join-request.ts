/**
 * What a client may ask when it creates or joins a room, checked before any seat is given:
 * exactly the shapes of `JoinOptions` (src/live/protocol.ts), nothing more. A refused request
 * rejects with a `Refusal` the host screen and the phone can read (src/live/refusal.ts).
 */
import { ServerError } from '@colyseus/core';
import { cleanSetup, setupProblems } from '../src/live/election.ts';
import { isDeviceToken } from '../src/live/join-code.ts';
import type { LiveSetup, Refusal, RefusalReason } from '../src/live/protocol.ts';
import { JOIN_REFUSED_CODE, refusalText } from '../src/live/refusal.ts';
import { isHostKeyShape } from './secrets.ts';

export type JoinRequest =
  | { readonly role: 'host'; readonly setup: LiveSetup }
  | { readonly role: 'host'; readonly hostKey: string }
  | { readonly role: 'voter'; readonly device: string };

export function refusalError(reason: RefusalReason, problem?: Refusal['problem']): ServerError {
  return new ServerError(JOIN_REFUSED_CODE, refusalText(problem ? { reason, problem } : { reason }));
}

const keysAre = (o: object, ...keys: string[]) =>
  Object.keys(o).length === keys.length && keys.every((k) => Object.hasOwn(o, k));

/** The request, or the refusal it deserves. */
export function readJoinRequest(options: unknown): JoinRequest | Refusal {
  if (typeof options !== 'object' || options === null) return { reason: 'bad-device' };
  const o = options as Record<string, unknown>;
  if (o.role === 'voter')
    return keysAre(o, 'role', 'device') && isDeviceToken(o.device)
      ? { role: 'voter', device: o.device }
      : { reason: 'bad-device' };
  if (o.role !== 'host') return { reason: 'bad-device' };
  if (keysAre(o, 'role', 'hostKey'))
    return isHostKeyShape(o.hostKey) ? { role: 'host', hostKey: o.hostKey } : { reason: 'not-host' };
  if (!keysAre(o, 'role', 'setup'))
    return { reason: 'bad-setup', problem: { key: 'live.setup.notObject', params: {} } };
  const [problem] = setupProblems(o.setup);
  if (problem) return { reason: 'bad-setup', problem: { key: problem.key, params: { ...problem.params } } };
  return { role: 'host', setup: cleanSetup(o.setup as LiveSetup) };
}

export const isRefusal = (r: JoinRequest | Refusal): r is Refusal => 'reason' in r;
