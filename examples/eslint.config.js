// The config the README's first command runs on this folder: exactly what a user writes.
import dockerConfig from "eslint-plugin-docker-config";

export default [dockerConfig.configs.recommended];
