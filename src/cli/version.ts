// The tool's version, from package.json (bundled into dist/node/cli.js at build).
import pkg from '../../package.json';

export const TOOL_VERSION: string = pkg.version;
