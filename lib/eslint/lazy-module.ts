// A parser package loaded when a file first needs it, not when the plugin is imported: the plugin's
// configs name toml-eslint-parser and yaml-eslint-parser, and loading both costs about as much as
// linting one credential file (docker-config-lint's start-up, bench/RESULTS.md). Node.js loads an
// ES module synchronously through require() from 20.19 and 22.12, the versions `engines` allows.
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

/** The module `specifier`, imported on the first call and kept. */
export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(specifier) as T);
}
