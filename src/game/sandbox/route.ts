/**
 * The sandbox's addresses: `#sandbox`, `#sandbox/PRESET` and `#sandbox/share/CODE` (the whole
 * state, compressed: src/sandbox/codec.ts). The code is case-sensitive, so this is read from
 * the hash as it is, before anything lower-cases it.
 */
export interface SandboxRoute {
  readonly kind: 'sandbox';
  readonly preset?: string;
  readonly code?: string;
}

const SHARE_PREFIX = '#sandbox/share/';

export function sandboxRoute(hash: string): SandboxRoute | undefined {
  const path = hash.replace(/^#\/?/, '').trim();
  const share = /^(?:sandbox|bac-a-sable)\/share\/(.*)$/i.exec(path);
  if (share) return { kind: 'sandbox', code: share[1].replace(/\/+$/, '') };
  const match = /^(?:sandbox|bac-a-sable)(?:\/([A-Za-z0-9-]*))?\/*$/i.exec(path);
  if (!match) return undefined;
  return match[1] ? { kind: 'sandbox', preset: match[1].toLowerCase() } : { kind: 'sandbox' };
}

export function shareHash(code: string): string {
  return `${SHARE_PREFIX}${code}`;
}
