// The two kinds of failure the command reports, each as one line on stderr: bad usage stops the run
// before any file is touched; a file (or directory) that cannot be read or written is reported and
// the run goes on with the other files, ending with exit status 2.
import type { Linter } from "eslint";

/** Bad usage: one line on stderr, nothing linted, exit 2. */
export class UsageError extends Error {}

/**
 * One file or directory that cannot be read or written: one line on stderr, the others still
 * linted. `result`: the file's problems as it is on disk, when it was read but could not be fixed.
 */
export class FileError extends Error {
  result?: Linter.LintMessage[];
}

/** A file system error as a few words, never Node's raw message or stack. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "not a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "ENAMETOOLONG":
      return "file name too long";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EBUSY":
      return "device or resource busy";
    case "EIO":
      return "input/output error";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "ENXIO":
      return "no such device or address";
    case undefined:
      return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    default:
      return code;
  }
}

/**
 * A file name as bytes for a one-line message: UTF-8 as it is, any other byte as `\xNN`, control
 * characters escaped, so that a name that is not UTF-8 (or holds a line break) is still named
 * exactly and on one line.
 */
export function displayName(name: Buffer): string {
  let out = "";
  let i = 0;
  while (i < name.length) {
    const byte = name[i] as number;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    const piece = length === 0 ? undefined : name.subarray(i, i + length);
    const text = piece?.length === length ? piece.toString("utf8") : undefined;
    if (text !== undefined && Buffer.from(text, "utf8").equals(piece as Buffer)) {
      out += text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
      i += length;
    } else {
      out += `\\x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
      i += 1;
    }
  }
  return out;
}

/** Whether a name read as bytes is valid UTF-8, so that its string form names the same file. */
export function isUtf8Name(name: Buffer): boolean {
  return Buffer.from(name.toString("utf8"), "utf8").equals(name);
}
