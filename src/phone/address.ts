/** Where the phone page finds its room: the code in its address, `/vote/CODE`. */
import { LivePath, normaliseCode } from '../live/protocol.ts';

/** The text after `/vote/` in a path, as typed there (decoded), or '' when there is none. */
export function typedCode(pathname: string): string {
  const match = /\/vote\/([^/?#]*)/.exec(pathname);
  if (!match) return '';
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** The room code of a path, cleaned (`/vote/abc-234` → `ABC234`), when it can be one. */
export function codeOfPath(pathname: string): string | undefined {
  return normaliseCode(typedCode(pathname));
}

/** The page's own address for a code. */
export function pathOfCode(code: string): string {
  return LivePath.vote + code;
}
