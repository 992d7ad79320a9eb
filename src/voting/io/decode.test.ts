import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFileBytes, FileDecodeError } from './decode.ts';
import { readBallotFile } from './index.ts';

const CSV = 'Élodie;Cédric;Noël\n1;2;3\n2;1;3\n';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bom: number[], body: Uint8Array) => Uint8Array.from([...bom, ...body]);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** Windows-1252 bytes, written from the code page's table for the characters used here. */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92, œ: 0x9c, Œ: 0x8c, '…': 0x85 };
  return Uint8Array.from(
    [...text].map((ch) => special[ch] ?? (ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : Number.NaN)),
  );
}

function refusal(bytes: Uint8Array): FileDecodeError {
  try {
    decodeFileBytes('class.csv', bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(FileDecodeError);
    return error as FileDecodeError;
  }
  throw new Error('the bytes were read');
}

describe('decodeFileBytes', () => {
  it('reads UTF-8 with and without a byte-order mark, the mark removed', () => {
    expect(decodeFileBytes('a.csv', utf8(CSV))).toEqual({ text: CSV, encoding: 'utf-8' });
    expect(decodeFileBytes('a.csv', withBom([0xef, 0xbb, 0xbf], utf8(CSV)))).toEqual({ text: CSV, encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian, with a mark or recognised by its NUL bytes', () => {
    expect(decodeFileBytes('a.csv', withBom([0xff, 0xfe], utf16(CSV, 'le')))).toEqual({
      text: CSV,
      encoding: 'utf-16le',
    });
    expect(decodeFileBytes('a.csv', withBom([0xfe, 0xff], utf16(CSV, 'be')))).toEqual({
      text: CSV,
      encoding: 'utf-16be',
    });
    expect(decodeFileBytes('a.csv', utf16(CSV, 'le'))).toEqual({ text: CSV, encoding: 'utf-16le' });
    expect(decodeFileBytes('a.csv', utf16(CSV, 'be'))).toEqual({ text: CSV, encoding: 'utf-16be' });
  });

  it('reads what French Excel saves (Windows-1252) with the right accents', () => {
    const text = 'Élodie;Cédric;Noël;Cœur d’Œuf;Prix 5 €\n1;2;3;4;5\n';
    const decoded = decodeFileBytes('excel.csv', cp1252(text));
    expect(decoded).toEqual({ text, encoding: 'windows-1252' });
    const { profile } = readBallotFile('excel.csv', decoded.text);
    expect(profile.candidates).toEqual(['Élodie', 'Cédric', 'Noël', 'Cœur d’Œuf', 'Prix 5 €']);
    expect(decoded.text).not.toContain('\ufffd');
  });

  it('refuses bytes that are neither UTF-8 nor plausible Windows-1252, asking for CSV UTF-8', () => {
    // 0x81 is undefined in Windows-1252; 0xA4 0xA6 give "¤¦", no name is written so.
    for (const bytes of [Uint8Array.from([0x41, 0x81, 0x42, 0x0a]), Uint8Array.from([0x41, 0xa4, 0xa6, 0x0a, 0x31])]) {
      const error = refusal(bytes);
      expect(error.code).toBe('files.decode.unknown');
      expect(error.message).toContain('class.csv');
      expect(error.message).toContain('CSV UTF-8');
    }
  });

  it('refuses a workbook and a binary file with what they are', () => {
    expect(refusal(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])).code).toBe('files.decode.workbook');
    expect(refusal(Uint8Array.from([0x41, 0, 0, 0, 0x42, 0x43, 0x44, 0, 0, 0x45])).code).toBe('files.decode.binary');
  });

  it('refuses a UTF-16 file whose bytes are broken instead of showing replacement characters', () => {
    // A lone high surrogate (D800) in little-endian UTF-16 after its byte-order mark.
    const error = refusal(Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x00, 0xd8, 0x42, 0]));
    expect(error.code).toBe('files.decode.badBytes');
    expect(error.params.encoding).toBe('UTF-16 LE');
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeFileBytes('a.csv', new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('on any bytes, reads text without replacement characters it did not find, or refuses with a FileDecodeError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        let decoded;
        try {
          decoded = decodeFileBytes('any.csv', bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(FileDecodeError);
          return;
        }
        // U+FFFD only where the file itself holds one (its UTF-8 or UTF-16 bytes).
        const holds = (seq: number[]) => bytes.some((_, i) => seq.every((b, j) => bytes[i + j] === b));
        if (decoded.text.includes('\ufffd'))
          expect(holds([0xef, 0xbf, 0xbd]) || holds([0xfd, 0xff]) || holds([0xff, 0xfd])).toBe(true);
        expect(decoded.text).not.toContain('\u0000');
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back any text written in UTF-8 or UTF-16 with a mark', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => !s.includes('\u0000') && !s.startsWith('\ufeff')),
        (text) => {
          expect(decodeFileBytes('a.csv', withBom([0xef, 0xbb, 0xbf], utf8(text))).text).toBe(text);
          expect(decodeFileBytes('a.csv', withBom([0xff, 0xfe], utf16(text, 'le'))).text).toBe(text);
        },
      ),
    );
  });
});
