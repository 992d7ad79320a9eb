/// <reference lib="webworker" />
/**
 * A Yee worker: answers row bands of diagrams (protocol.ts) until the page closes. The pool
 * starts it once and keeps it (starting a worker per diagram costs more than drawing one).
 */
import { answerYeeRequest, type YeeRequest, type YeeWorkerMemory } from './protocol.ts';

const memory: YeeWorkerMemory = {};
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<YeeRequest>) => {
  const reply = answerYeeRequest(event.data, memory);
  if ('image' in reply) scope.postMessage(reply, [reply.image.codes.buffer]);
  else scope.postMessage(reply);
};
