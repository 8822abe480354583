/**
 * `--out FILE` written atomically: the text goes to a temporary file in the same folder (same file system, so the
 * rename is atomic), is flushed to disk (fsync), then renamed over FILE. A full disk, a read-only folder or a kill
 * mid-write therefore never leaves a truncated or empty FILE: the old file stays as it was and the temporary file
 * is removed (on SIGTERM/SIGINT too: see `removePendingTemps`, called by the process's signal handlers).
 *
 * The file system is injected (the subset of node:fs/promises used here) so that the fault tests can make any
 * step fail (ENOSPC in the middle of the data, EACCES/EROFS at open or rename).
 */
import { basename, dirname, join } from 'node:path';
import { unlinkSync } from 'node:fs';

export interface AtomicFileHandle {
  write(
    data: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** Written in pieces, so that a signal can be handled between two of them (and a test can fail one). */
const PIECE_BYTES = 1 << 20;

/** Temporary files being written now; removed synchronously by the signal handlers. */
const pending = new Set<string>();

let counter = 0;
function tempPathFor(path: string): string {
  const tag = `${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
  return join(dirname(path), `.${basename(path)}.${tag}.tmp`);
}

export async function writeFileAtomic(fs: AtomicFs, path: string, text: string): Promise<void> {
  const data = new TextEncoder().encode(text);
  const temp = tempPathFor(path);
  // Registered before it exists: a signal can arrive as soon as the file is created, before open() resolves here.
  pending.add(temp);
  let renamed = false;
  let handle: AtomicFileHandle;
  try {
    // 'wx': never follow or reuse an existing file at the temporary name.
    handle = await fs.open(temp, 'wx', 0o644);
  } catch (e) {
    pending.delete(temp);
    throw e;
  }
  try {
    try {
      for (let at = 0; at < data.length;) {
        const { bytesWritten } = await handle.write(data, at, Math.min(PIECE_BYTES, data.length - at), at);
        if (bytesWritten <= 0) throw new Error('the file system accepted no data');
        at += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
    renamed = true;
  } finally {
    pending.delete(temp);
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
  }
}

/** Removes every temporary file still being written (synchronously: called from a signal handler). */
export function removePendingTemps(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}
