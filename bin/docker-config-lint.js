#!/usr/bin/env node
// The docker-config-lint command; the code is lib/cli/ (main.ts runs the parts), built to dist/lib/cli/.
import { cli } from "../dist/lib/cli/main.js";

await cli();
