#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => {
    // Last-resort guard: users never see a stack trace unless they ask for it.
    process.stderr.write(`budget-audit: 内部错误 / internal error: ${err && err.message ? err.message : String(err)}\n`);
    if (process.env.BUDGET_AUDIT_DEBUG) process.stderr.write(String(err && err.stack) + '\n');
    process.exitCode = 2;
  },
);
