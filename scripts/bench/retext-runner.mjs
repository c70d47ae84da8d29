// The retext peer of the benchmark: reads one Markdown file, parses it with
// remark, bridges to retext and runs retext-intensify (weak and hedging words),
// then prints one JSON line per message, as a linter's CLI would. Plain ESM so
// that its start-up is what a user of these libraries would pay, no TS loader.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';

const file = process.argv[2];
if (!file) {
  console.error('usage: node retext-runner.mjs FILE.md');
  process.exit(2);
}
const processor = unified()
  .use(remarkParse)
  .use(remarkRetext, unified().use(retextEnglish).use(retextIntensify))
  // remark-retext in bridge mode leaves a Markdown tree; no compiler is needed.
  .use(function noCompile() {
    this.compiler = () => '';
  });
const result = await processor.process({ path: file, value: readFileSync(file, 'utf8') });
const lines = result.messages.map((m) =>
  JSON.stringify({ line: m.line, column: m.column, rule: m.ruleId, message: m.reason }),
);
process.stdout.write(lines.join('\n') + (lines.length ? '\n' : ''));
process.exitCode = result.messages.length ? 1 : 0;
