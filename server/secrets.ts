/**
 * The room's secrets. The host key is 32 random bytes that only the host's browser keeps;
 * the store keeps its SHA-256. A phone's device token is hashed with a salt drawn for each
 * room (HMAC-SHA-256), so the store can tell "this device already voted" without keeping
 * the token, and the same phone cannot be followed from one room to the next.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const HOST_KEY = /^[A-Za-z0-9_-]{43}$/;

export function newHostKey(): string {
  return randomBytes(32).toString('base64url');
}

export function hostKeyHash(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

/** Compares in constant time, so that the answer's timing says nothing of the stored hash. */
export function hostKeyMatches(key: unknown, hash: string): boolean {
  if (typeof key !== 'string' || !HOST_KEY.test(key)) return false;
  const given = Buffer.from(hostKeyHash(key));
  const kept = Buffer.from(hash);
  return given.length === kept.length && timingSafeEqual(given, kept);
}

export function isHostKeyShape(key: unknown): key is string {
  return typeof key === 'string' && HOST_KEY.test(key);
}

export function newSalt(): string {
  return randomBytes(16).toString('base64url');
}

export function deviceHash(salt: string, token: string): string {
  return createHmac('sha256', salt).update(token).digest('base64url');
}
