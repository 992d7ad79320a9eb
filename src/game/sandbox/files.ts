/**
 * Saving and opening scenario files, and copying the share link: small DOM helpers, each
 * failing quietly into a message the scene shows (no permission, no clipboard...).
 */
import { LIMITS } from '../../scenario/limits.ts';
import { decodeFileBytes, FileDecodeError, type TextEncodingName } from '../../voting/io/index.ts';

export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file picked and read: its text and the encoding read, or why it was refused (a message key). */
type PickedFile =
  | { readonly name: string; readonly text: string; readonly encoding: TextEncodingName }
  | {
      readonly name: string;
      readonly refused: { readonly key: string; readonly params: Readonly<Record<string, string | number>> };
    };

const MB = 1_000_000;
const megabytes = (bytes: number) => Math.round(bytes / (MB / 10)) / 10;

/**
 * Asks for one file and reads it as text; undefined if the player cancels. A file larger than
 * the scenario loader accepts is refused by its size before a byte is read; the bytes are
 * decoded as every file coming in is (src/voting/io/decode.ts).
 */
export function pickTextFile(
  accept = '.json,application/json',
  limit = LIMITS.fileBytes,
): Promise<PickedFile | undefined> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), { type: 'file', accept });
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(undefined);
      const name = file.name;
      if (file.size > limit)
        return resolve({
          name,
          refused: {
            key: 'files.tooLarge',
            params: { file: name, size: megabytes(file.size), limit: megabytes(limit) },
          },
        });
      void file.arrayBuffer().then(
        (buffer) => {
          try {
            const { text, encoding } = decodeFileBytes(name, new Uint8Array(buffer));
            resolve({ name, text, encoding });
          } catch (error) {
            if (!(error instanceof FileDecodeError)) throw error;
            resolve({ name, refused: { key: error.code, params: error.params } });
          }
        },
        () => resolve(undefined),
      );
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(undefined);
    });
    document.body.appendChild(input);
    input.click();
  });
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A file name from a title: lower-case letters, digits and dashes. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return stem || 'bac-a-sable';
}
