#!/usr/bin/env node
// The installed entry point: runs the compiled CLI (npm run build, run by `prepare` on npm ci).
import { main } from '../dist/cli/main.js';

// A reader that stops early (`baochi segment big.txt | head`) closes the pipe: that ends the
// command quietly, as Unix tools do, instead of an unhandled EPIPE.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`baochi: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
