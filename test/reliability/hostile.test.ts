/**
 * Hostile drafts through the whole pipeline: `analyze()` in this process for
 * everything it finishes in about a second, and the built CLI as a real
 * process for the 10 MB single line and for bytes that are not valid UTF-8.
 * Each must be analysed without an error, with every range inside the
 * document (test/engine/markdown.hostile.test.ts covers the prose stage alone
 * on the same shapes, including a 10 MB line of dense prose).
 *
 * Why the 10 MB line goes through the CLI and is made of long sentences: the
 * full pipeline costs about 15 s of CPU per MB of dense news prose (one finding
 * per sentence) on the shared 2-core machine, so a 10 MB line of short
 * sentences takes minutes, too long for `npm test`. The fuzz run
 * (`npm run fuzz`) checks that cost per KB stays linear instead.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { fixEdits, type SourcetraceDiagnostic } from '../../server/src/lsp/diagnostics';
import { buildLineIndex, positionToOffset } from '../../server/src/lsp/positions';
import { ensureBuilt, makeProject, removeProject, runCli } from '../cli/run';
import { rangeViolations } from './drafts';

/** Analyses `text` and checks that every range is in bounds; returns the analysis. */
function check(text: string) {
  const a = analyze(text);
  expect(rangeViolations(text, a)).toEqual([]);
  return a;
}

const NEWS = 'Officials said 40 people had died. “It was chaos,” she said. Prices rose 12%. ';

describe('hostile drafts, analysed in process', () => {
  it('NUL bytes and every C0 and C1 control character', () => {
    let controls = '';
    for (let c = 0; c < 0xa0; c++) if (c < 0x20 || c >= 0x7f) controls += String.fromCharCode(c);
    check(controls.repeat(200) + NEWS);
    check(NEWS.replace(/ /g, '\u0000'));
    check(`${NEWS}\u0000\n\n${NEWS}\u001b[31m${NEWS}\u0085${NEWS}`);
  });

  it('lone surrogates next to ranges, and astral characters that ranges must not split', () => {
    check('\ud800' + NEWS + '\udc00');
    check(NEWS.replace(/ /g, '\udfff'));
    check(NEWS.replace(/ /g, ' 😀'));
    check('🇺🇦 Officials said 👩‍👩‍👧 had died.\ud800Analysts warn\udbff of 𝟘 risks.');
  });

  it('a byte order mark at the start and in the middle', () => {
    check('\ufeff' + NEWS);
    check('\ufeff---\ntitle: x\n---\n' + NEWS);
    check(NEWS + '\ufeff' + NEWS);
  });

  it('CRLF and lone CR line endings, and a mix of the three', () => {
    const paras = [NEWS, '> ' + NEWS, '- ' + NEWS, '# Officials said so', '<!-- sourcetrace-disable-next-line -->', NEWS];
    for (const eol of ['\r\n', '\r', '\n\r', '\r\r\n']) check(paras.join(eol + eol));
    check(paras.map((p, i) => p + ['\r\n', '\r', '\n'][i % 3]).join(''));
  });

  it('10,000-deep nested lists and block quotes', () => {
    check('- '.repeat(10_000) + NEWS + '\n\nAfter. ' + NEWS);
    check('> '.repeat(10_000) + NEWS + '\n\nAfter. ' + NEWS);
    check('> - 1. '.repeat(3_400) + NEWS);
    check(Array.from({ length: 10_000 }, (_, i) => '  '.repeat(i) + '- ' + 'Officials said.').join('\n'));
  });

  it('a 1 MB sentence', () => {
    const text = 'Officials said that ' + 'the very '.repeat(116_000) + 'end.';
    expect(text.length).toBeGreaterThan(1_000_000);
    const a = check(text);
    expect(a.sentences).toHaveLength(1);
  });

  it('50,000 quotation marks, straight and curly, paired and not', () => {
    check('"'.repeat(50_000));
    check('“'.repeat(25_000) + NEWS + '”'.repeat(25_000));
    check('"a" '.repeat(12_500) + 'she said.');
    check('“said” '.repeat(12_500));
  });

  it('unclosed code fences and front matter', () => {
    check('```\n' + NEWS);
    check(NEWS + '\n\n~~~~js\n' + NEWS + '\n```\n' + NEWS);
    check('---\n' + NEWS);
    check('---\nsourcetrace:\n  vagueTerms: [' + NEWS);
    check('---\r\ntitle: "unclosed\r\n' + NEWS);
    check('<!-- ' + NEWS);
    check('<div>\n' + NEWS);
    check('[^1]: ' + NEWS + '\n\n[' + NEWS);
  });

  it('a 5,000-column table', () => {
    const cols = 5_000;
    const table = '|' + ' Officials said |'.repeat(cols) + '\n|' + '---|'.repeat(cols) + '\n|' + ' Prices rose 4%. |'.repeat(cols) + '\n';
    const a = check(table + '\n' + NEWS);
    expect(a.sentences.length).toBeGreaterThan(cols);
  });
});

describe('hostile drafts, through the CLI process', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = makeProject({});
  });
  afterAll(() => removeProject(dir));

  /** Runs `check FILE --format json` and checks every reported range against the file's text. */
  function cliCheck(name: string, content: string | Buffer) {
    fs.writeFileSync(path.join(dir, name), content);
    const r = runCli(['check', name, '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { files: { diagnostics: SourcetraceDiagnostic[]; claims: { start: number; end: number }[] }[] };
    const text = Buffer.isBuffer(content) ? content.toString('utf8').replace(/^\ufeff/, '') : content.replace(/^\ufeff/, '');
    for (const f of out.files) {
      for (const c of f.claims) expect(c.start >= 0 && c.start <= c.end && c.end <= text.length).toBe(true);
      // A fix's edits are carried relative to the diagnostic (or the end of the text): resolved, they must lie in the text.
      const lines = buildLineIndex(text);
      for (const d of f.diagnostics) {
        for (const fix of d.data.fixes) {
          for (const e of fixEdits(fix, positionToOffset(lines, d.range.start), text.length)) expect(e.start >= 0 && e.start <= e.end && e.end <= text.length).toBe(true);
        }
      }
    }
    return out;
  }

  it('a 10 MB single line (long sentences with attribution cues)', () => {
    const sentence = 'Officials said that ' + 'the very '.repeat(11_500) + 'end. ';
    const text = sentence.repeat(Math.ceil((10 * 1024 * 1024) / sentence.length));
    expect(text.length).toBeGreaterThan(10 * 1024 * 1024);
    const out = cliCheck('ten-mb.md', text);
    expect(out.files[0]!.claims.length).toBe(Math.ceil((10 * 1024 * 1024) / sentence.length));
  }, 240_000);

  it('bytes that are not UTF-8, NUL, a BOM and mixed line endings in one file', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Officials said 40 died.\r\n\u0000Analysts warn.\r'),
      Buffer.from([0xed, 0xa0, 0x80, 0xff, 0xc3]),
      Buffer.from(' It was "bad," she said.\n'),
    ]);
    cliCheck('bytes.md', bytes);
  });
});
