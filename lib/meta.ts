// Kept equal to package.json by tests/plugin.test.ts; a constant, because the relative path to
// package.json differs between lib/ and dist/lib/.
export const name = "eslint-plugin-docker-config";
export const version = "0.1.0";
export const namespace = "docker-config";
