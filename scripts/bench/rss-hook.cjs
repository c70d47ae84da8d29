// Preloaded with `--require` when GNU time is missing: on exit, writes the
// process's peak resident set size (kilobytes) and its user and system CPU
// time (seconds) to the file named by BENCH_RSS_FILE, in the format of
// `/usr/bin/time -f '%M %U %S'`, so the benchmark reads either the same way.
'use strict';
const fs = require('node:fs');

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      const u = process.resourceUsage();
      fs.writeFileSync(file, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`);
    } catch {
      // Reporting memory must never change how the measured command ends.
    }
  });
}
