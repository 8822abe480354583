/**
 * Reading the CLI's input documents (scenario, trial spec) from a file or stdin, with a size bound: a scenario at
 * its largest (every list full) is well under 2 MB, and parsing a 200 MB file took 1.1 GB of memory and 46 s to
 * end in one error. Larger inputs are refused before they are read.
 */
import { open } from 'node:fs/promises';

export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

const tooLarge = (bytes: number) =>
  new Error(
    `it is ${(bytes / 1024 / 1024).toFixed(1)} MB; scenario and trial files are at most ` +
      `${MAX_INPUT_BYTES / 1024 / 1024} MB`,
  );

export async function readInputFile(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_INPUT_BYTES) throw tooLarge(size);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

export async function readInputStream(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    bytes += b.length;
    if (bytes > MAX_INPUT_BYTES) throw tooLarge(bytes);
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}
