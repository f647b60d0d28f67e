import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { BackupFileError, type Manifest, parseManifestLines } from './format';

/**
 * Reads a backup file line by line, decompressing as it goes (a line is a table row, so memory
 * holds one chunk, never the file). A damaged or cut-off gzip stream surfaces as a BackupFileError.
 */
export class BackupReader {
  private readonly chunks: AsyncIterator<Buffer>;
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  /** Lines handed out so far, for the error messages. */
  line = 0;

  constructor(file: string) {
    const gunzip = createGunzip();
    // Errors of either stream end the iteration below with that error.
    pipeline(createReadStream(file), gunzip, () => {});
    this.chunks = (gunzip as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }

  /** The manifest from the first two lines. */
  async manifest(): Promise<Manifest> {
    return parseManifestLines(await this.next(), await this.next());
  }

  /** The next line without its newline; null at the end of the file. */
  async next(): Promise<string | null> {
    const bytes = await this.nextBytes();
    return bytes === null ? null : bytes.toString('utf8');
  }

  /** The next line without its newline, as bytes (for COPY, which takes them as they are). */
  async nextBytes(): Promise<Buffer | null> {
    for (;;) {
      const newline = this.buffer.indexOf(10);
      if (newline !== -1) {
        const line = this.buffer.subarray(0, newline);
        this.buffer = this.buffer.subarray(newline + 1);
        this.line++;
        return line;
      }
      if (this.ended) {
        if (this.buffer.length === 0) return null;
        throw new BackupFileError(`Sikkerhedskopien er ikke hel: den slutter midt i linje ${this.line + 1}.`);
      }
      let result: IteratorResult<Buffer>;
      try {
        result = await this.chunks.next();
      } catch (error) {
        throw readError(error);
      }
      if (result.done) this.ended = true;
      else this.buffer = this.buffer.length === 0 ? result.value : Buffer.concat([this.buffer, result.value]);
    }
  }

  /** Stops reading (the file is closed). */
  async close(): Promise<void> {
    await this.chunks.return?.();
  }
}

/** A file that cannot be read or unpacked, in words an operator can act on. */
function readError(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOENT') return new BackupFileError('Filen findes ikke.');
  if (code === 'EACCES') return new BackupFileError('Filen kan ikke læses (ingen adgang).');
  if (code.startsWith('Z_') || code.startsWith('ERR_ZLIB') || /unexpected end of file|incorrect header check/.test(String(error))) {
    return new BackupFileError('Sikkerhedskopien er beskadiget eller ikke hel (den kan ikke pakkes ud).');
  }
  return error instanceof Error ? error : new Error(String(error));
}
