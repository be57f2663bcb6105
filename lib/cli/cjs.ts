// The command's CommonJS dependencies, loaded with require(): Node.js imports a CommonJS module into
// an ES module through a scan of its source for export names, which for `ignore` and `picomatch`
// cost ~45 ms and ~20 ms of the command's start-up on this kind of machine, against ~5 ms for both
// through require() (hyperfine, `node -e 'require("ignore")'` against an ESM import).
import { createRequire } from "node:module";
import type Ignore from "ignore";
import type Picomatch from "picomatch";

const load = createRequire(import.meta.url);

export const picomatch = load("picomatch") as typeof Picomatch;
export const ignore = load("ignore") as typeof Ignore;
