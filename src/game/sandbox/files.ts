/**
 * Saving and opening scenario files, and copying the share link: small DOM helpers, each
 * failing quietly into a message the scene shows (no permission, no clipboard...).
 */
import { LIMITS } from '../../scenario/limits.ts';

export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Asks for one file and reads it as text; undefined if the player cancels. */
export function pickTextFile(accept = '.json,application/json'): Promise<{ name: string; text: string } | undefined> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), { type: 'file', accept });
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(undefined);
      // Never more than the loader accepts, plus one byte so that it can say the file is too big.
      void file.slice(0, LIMITS.fileBytes + 1).text().then((text) => resolve({ name: file.name, text }), () => resolve(undefined));
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
