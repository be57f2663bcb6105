#!/usr/bin/env node
// The docker-config-lint command; the code is lib/cli.ts, built to dist/lib/cli.js.
import { cli } from "../dist/lib/cli.js";

await cli();
