// Writing a fixed file back without losing anything: not over a change another program saved
// since the file was read, with the file's whole mode (setuid, setgid, sticky included), owner and
// group, through a temporary file and a rename where the file system allows it, in place where it
// does not.
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  type Stats,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { describeFsError, FileError } from "./errors.js";
import { sha256, type Snapshot } from "./read.js";

/** Rename errors after which the file is written in place: the path is a mount point (a single-file bind mount, as `docker run -v ~/.docker/config.json:…` makes) or on another device. */
const RENAME_FALLBACK = new Set(["EBUSY", "EXDEV"]);
/** Errors creating the temporary file after which the file may still be writable itself (a read-only directory). */
const TEMP_FALLBACK = new Set(["EACCES", "EPERM"]);

/**
 * Replaces the file `path` was read as (`before`) with `text`. Like docker/cli's own save
 * (`cli/config/configfile/file.go`, `ConfigFile.Save`: a temporary file in the same directory,
 * the old file's permissions copied, then `os.Rename`), so that a reader never sees half a file;
 * unlike it, keeping the setuid/setgid bits (chown before chmod) and falling back to an in-place
 * write, as `eslint --fix` always does, where a rename cannot keep the file as it is: a mount point
 * (EBUSY, EXDEV), a directory it cannot create files in (EACCES), an owner or mode this user cannot
 * give a new file, or more than one hard link. Throws FileError, with the file as it was.
 */
export function writeFixed(path: string, before: Snapshot, text: string): void {
  let target: string;
  try {
    target = realpathSync(path); // replace the file a symbolic link points at, not the link
  } catch (error) {
    throw new FileError(`cannot write ${path}: ${describeFsError(error)}`);
  }
  const bytes = Buffer.from(text, "utf8");
  assertUnchanged(path, target, before);
  const { mode, uid, gid, nlink } = before.stats;
  if (nlink > 1) return writeInPlace(path, target, before, bytes);

  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number;
  try {
    // Created with no permissions for anyone else, then given the original mode: no window where a
    // credentials file is readable by others.
    fd = openSync(temp, "wx", 0o600);
  } catch (error) {
    if (TEMP_FALLBACK.has((error as NodeJS.ErrnoException).code ?? "")) return writeInPlace(path, target, before, bytes);
    throw new FileError(`cannot write ${path}: ${describeFsError(error)}`);
  }
  let renamed = false;
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
    try {
      // Owner first: chown clears the setuid and setgid bits, so the mode comes after it.
      fchownSync(fd, uid, gid);
    } catch {
      // Not permitted for another owner: checked below.
    }
    fchmodSync(fd, mode & 0o7777);
    const made = fstatSync(fd);
    closeSync(fd);
    fd = -1;
    if (made.uid !== uid || made.gid !== gid || (made.mode & 0o7777) !== (mode & 0o7777)) {
      // This user cannot give a new file the old owner, group or mode bits; the old file keeps them.
      rmSync(temp, { force: true });
      return writeInPlace(path, target, before, bytes);
    }
    assertUnchanged(path, target, before);
    try {
      renameSync(temp, target);
      renamed = true;
    } catch (error) {
      if (!RENAME_FALLBACK.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
      rmSync(temp, { force: true });
      return writeInPlace(path, target, before, bytes);
    }
  } catch (error) {
    if (fd !== -1) closeQuietly(fd);
    if (!renamed) rmSync(temp, { force: true });
    if (error instanceof FileError) throw error;
    throw new FileError(`cannot write ${path}: ${describeFsError(error)}`);
  }
}

/**
 * Rewrites the file itself (same inode: mode, owner, links and mounts stay). Not atomic: should
 * the write fail half-way (a full disk), the old bytes are written back.
 */
function writeInPlace(path: string, target: string, before: Snapshot, bytes: Buffer): void {
  let fd: number;
  try {
    fd = openSync(target, "r+");
  } catch (error) {
    throw new FileError(`cannot write ${path}: ${describeFsError(error)}`);
  }
  try {
    if (changed(fstatSync(fd), before) || sha256(readFileSync(fd)) !== before.sha256) throw changedError(path);
    try {
      writeAll(fd, bytes, 0);
      ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } catch (error) {
      let restored = false;
      try {
        writeAll(fd, before.bytes, 0);
        ftruncateSync(fd, before.bytes.length);
        fsyncSync(fd);
        restored = true;
      } catch {
        // reported below
      }
      throw new FileError(`cannot write ${path}: ${describeFsError(error)}${restored ? "" : "; the file may be damaged"}`);
    }
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`cannot write ${path}: ${describeFsError(error)}`);
  } finally {
    closeQuietly(fd);
  }
}

/** Throws unless the file at `target` is still the one read: same inode, size, mtime and content. */
function assertUnchanged(path: string, target: string, before: Snapshot): void {
  let same: boolean;
  try {
    // The content only once the inode is known to be the same regular file (no read of a FIFO).
    same = !changed(statSync(target), before) && sha256(readFileSync(target)) === before.sha256;
  } catch {
    same = false;
  }
  if (!same) throw changedError(path);
}

function changed(now: Stats, before: Snapshot): boolean {
  const then = before.stats;
  return now.ino !== then.ino || now.dev !== then.dev || now.size !== then.size || now.mtimeMs !== then.mtimeMs;
}

function changedError(path: string): FileError {
  return new FileError(`not fixed: ${path} changed while it was being linted (another program wrote it); run again`);
}

function writeAll(fd: number, bytes: Buffer, position?: number): void {
  let done = 0;
  while (done < bytes.length) {
    done += writeSync(fd, bytes, done, bytes.length - done, position === undefined ? null : position + done);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}
