// Preloaded with `--require` when GNU time is missing: on exit, writes the
// process's peak resident set size (kilobytes) to the file named by
// BENCH_RSS_FILE, so the benchmark can report memory without GNU time.
'use strict';
const fs = require('node:fs');

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // Reporting memory must never change how the measured command ends.
    }
  });
}
