// An esbuild plugin shared by esbuild.js and the benchmark's core bundle.
const fs = require('node:fs');

/**
 * The yaml package asks `process.env.LOG_TOKENS` for every token and `LOG_STREAM` for every
 * document (debug output). In Node each such read is a call into the runtime, and over a
 * thousand plans they cost seconds; the bundles read neither, so both are false.
 */
const yamlWithoutDebugEnv = {
  name: 'yaml-without-debug-env',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/].*[\\/](parser|composer)\.(js|mjs)$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      return { contents: text.replace(/\b[\w$]+\.env\.(LOG_TOKENS|LOG_STREAM)\b/g, 'false'), loader: 'js' };
    });
  },
};

module.exports = { yamlWithoutDebugEnv };
