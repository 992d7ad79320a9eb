/**
 * The same honest reading as decodeFileBytes() (decode.ts), for a file read a chunk at a
 * time: the encoding is chosen from the first bytes (a byte-order mark, a workbook's ZIP
 * signature, UTF-16's NUL bytes), then each chunk is decoded as it comes. Without a mark,
 * UTF-8 is tried first; bytes that are not UTF-8 further on throw `files.decode.badBytes`,
 * and the reader starts again in Windows-1252 (scripts/tally/file.ts), as decodeFileBytes()
 * does with the whole file.
 */
import {
  ENCODING_LABELS,
  FileDecodeError,
  hasBom,
  isZip,
  utf16ByNuls,
  windows1252,
  type DecoderName,
  type TextEncodingName,
} from './decode.ts';

/** The platform's TextDecoder, with `stream` (declared here: the engine's pure build has no DOM or Node types). */
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(bytes?: Uint8Array, options?: { stream?: boolean }): string };

interface HeadEncoding {
  readonly encoding: DecoderName;
  /** Said by a byte-order mark (or UTF-16's NULs): no second try in Windows-1252. */
  readonly certain: boolean;
}

/** The encoding the first bytes of a file show (a few kilobytes are enough, as in decode.ts). */
export function encodingOfHead(file: string, head: Uint8Array): HeadEncoding {
  if (hasBom(head, 0xef, 0xbb, 0xbf)) return { encoding: 'utf-8', certain: true };
  if (hasBom(head, 0xff, 0xfe)) return { encoding: 'utf-16le', certain: true };
  if (hasBom(head, 0xfe, 0xff)) return { encoding: 'utf-16be', certain: true };
  if (isZip(head)) throw new FileDecodeError('files.decode.workbook', file);
  const utf16 = utf16ByNuls(head);
  return utf16 ? { encoding: utf16, certain: true } : { encoding: 'utf-8', certain: false };
}

/** Decodes a file chunk by chunk in one encoding; a character cut between two chunks is kept whole. */
export class StreamDecoder {
  private readonly decoder?: { decode(bytes?: Uint8Array, options?: { stream?: boolean }): string };

  constructor(
    private readonly file: string,
    readonly encoding: TextEncodingName,
  ) {
    // Windows-1252 is one byte per character: each chunk is read on its own (decode.ts's table).
    if (encoding !== 'windows-1252') this.decoder = new TextDecoder(encoding, { fatal: true });
  }

  /** The text of the next chunk (`last` for the end of the file, even with no bytes left). */
  decode(bytes: Uint8Array, last = false): string {
    let text: string;
    if (this.decoder === undefined) {
      text = windows1252(this.file, bytes).text;
    } else {
      try {
        text = this.decoder.decode(bytes, { stream: !last });
      } catch {
        throw new FileDecodeError('files.decode.badBytes', this.file, { encoding: ENCODING_LABELS[this.encoding] });
      }
    }
    // No text file in these encodings holds a NUL: it is another kind of file.
    if (text.includes('\u0000')) throw new FileDecodeError('files.decode.binary', this.file);
    return text;
  }
}
