// Reading one file to lint: only a regular file (a FIFO or a device would block or never end), and
// with what --fix needs to tell, just before writing, whether another program changed it since.
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from "node:fs";
import { describeFsError, FileError } from "./errors.js";

/** A file as it was read. */
export interface Snapshot {
  bytes: Buffer;
  /** The bytes as UTF-8 (what the rules see). */
  text: string;
  /** Whether `text` encodes back to exactly `bytes`: a fix may only be written if it does. */
  utf8: boolean;
  stats: Stats;
  sha256: string;
}

/**
 * What a path is when it is not a regular file, in one word (the reason in "cannot read PATH:
 * REASON"; tests/cli.test.ts matches it as one token).
 */
function kind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return "is a directory";
  if (stats.isFIFO()) return "FIFO";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  return "not-a-regular-file";
}

/**
 * Reads `path` (following symbolic links) if it is a regular file. Checked before opening (no
 * open of a device), and again on the open descriptor, which is opened non-blocking: a path
 * swapped for a FIFO in between cannot make the command wait for a writer.
 */
export function readRegularFile(path: string): Snapshot {
  let fd: number;
  try {
    const before = kind(statSync(path));
    if (before !== undefined) throw new FileError(`cannot read ${path}: ${before}`);
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  try {
    const stats = fstatSync(fd);
    const now = kind(stats);
    if (now !== undefined) throw new FileError(`cannot read ${path}: ${now}`);
    const bytes = readFileSync(fd);
    const text = bytes.toString("utf8");
    // What only --fix asks (and a scan's YAML file that holds no pull Secret never needs): on demand.
    let utf8: boolean | undefined;
    let digest: string | undefined;
    return {
      bytes,
      text,
      get utf8() {
        return (utf8 ??= Buffer.byteLength(text, "utf8") === bytes.length && Buffer.from(text, "utf8").equals(bytes));
      },
      stats,
      get sha256() {
        return (digest ??= sha256(bytes));
      },
    };
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`cannot read ${path}: ${describeFsError(error)}`);
  } finally {
    closeSync(fd);
  }
}

export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
