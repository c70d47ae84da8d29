/**
 * Loads the injection grammar with vscode-textmate and vscode-oniguruma (the
 * engine VS Code itself uses) into a small stand-in for VS Code's Markdown
 * grammar, and checks the scopes it gives to cues, placeholders, source notes
 * and directives — and that it leaves code and ordinary comments alone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../..');
const INJECTION = 'sourcetrace.markdown.injection';

/**
 * The parts of VS Code's Markdown grammar that matter for the injection's
 * selector: its root scope, fenced code, inline code and HTML comments.
 */
const MARKDOWN_STANDIN = {
  scopeName: 'text.html.markdown',
  patterns: [
    {
      begin: '^(```)\\s*(\\w*)$',
      end: '^(```)$',
      name: 'markup.fenced_code.block.markdown',
    },
    { match: '`[^`]+`', name: 'markup.inline.raw.string.markdown' },
    { begin: '<!--', end: '-->', name: 'comment.block.html' },
  ],
};

let grammar: vsctm.IGrammar;

beforeAll(async () => {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === 'text.html.markdown') return vsctm.parseRawGrammar(JSON.stringify(MARKDOWN_STANDIN), 'markdown.json');
      if (scopeName === INJECTION) {
        const file = path.join(ROOT, 'syntaxes/sourcetrace.injection.tmLanguage.json');
        return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      }
      return null;
    },
    // As VS Code does for a grammar contributed with `injectTo`.
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? [INJECTION] : undefined),
  });
  const g = await registry.loadGrammar('text.html.markdown');
  if (!g) throw new Error('the Markdown stand-in grammar did not load');
  grammar = g;
});

/** Tokenises lines and returns every token as [text, scopes]. */
function tokens(text: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  let state = vsctm.INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push([line.slice(t.startIndex, t.endIndex), t.scopes]);
    state = r.ruleStack;
  }
  return out;
}

/** The scopes of the first token whose text is exactly `piece`. */
function scopesOf(text: string, piece: string): string[] {
  const hit = tokens(text).find(([t]) => t === piece);
  if (!hit) throw new Error(`no token "${piece}" in: ${JSON.stringify(tokens(text).map(([t]) => t))}`);
  return hit[1];
}

describe('sourcetrace injection grammar', () => {
  it('is the grammar package.json contributes, injected into Markdown', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === INJECTION);
    expect(contributed.injectTo).toEqual(['text.html.markdown']);
    expect(fs.existsSync(path.join(ROOT, contributed.path))).toBe(true);
  });

  it('scopes attribution cues in prose', () => {
    const line = 'The ministry said the unit returned, according to Reuters.';
    expect(scopesOf(line, 'said')).toContain('keyword.other.attribution-cue.sourcetrace');
    expect(scopesOf(line, 'according to')).toContain('keyword.other.attribution-cue.sourcetrace');
    expect(scopesOf(line, ' the unit returned, ')).toEqual(['text.html.markdown']);
  });

  it('scopes hedges that hide a source', () => {
    expect(scopesOf('The work was reportedly smaller.', 'reportedly')).toContain('keyword.other.attribution-cue.hedge.sourcetrace');
    expect(scopesOf('A practice that has been documented before.', 'has been documented')).toContain(
      'keyword.other.attribution-cue.hedge.sourcetrace',
    );
  });

  it('leaves nouns that look like cues alone', () => {
    const line = 'The claim in state media reports, an estimate and a note from the United States.';
    expect(tokens(line).every(([, sc]) => sc.length === 1)).toBe(true);
    expect(scopesOf('The ministry stated and noted it, and claimed more.', 'stated')).toContain('keyword.other.attribution-cue.sourcetrace');
  });

  it('does not match cue words inside other words', () => {
    expect(tokens('The saidan and reportedlyx fields.').every(([, s]) => s.length === 1)).toBe(true);
  });

  it('scopes the placeholders fixes insert', () => {
    const line = 'Troops left, according to [SOURCE]; [SPEAKER] said "go"; officials [who?] agreed.';
    for (const p of ['[SOURCE]', '[SPEAKER]', '[who?]']) expect(scopesOf(line, p)).toContain('invalid.illegal.placeholder.sourcetrace');
  });

  it('scopes source notes', () => {
    const line = 'The unit returned. <!-- source: ministry statement, 12 Dec -->';
    expect(scopesOf(line, 'source')).toContain('keyword.other.source-note.sourcetrace');
    expect(scopesOf(line, ' ministry statement, 12 Dec ')).toContain('string.unquoted.source-note.sourcetrace');
    expect(scopesOf(line, '-->')).toContain('comment.block.source-note.sourcetrace');
  });

  it('scopes directives and their rule ids', () => {
    const line = '<!-- sourcetrace-disable-next-line vague-attribution, unattributed-claim -->';
    expect(scopesOf(line, 'sourcetrace-disable-next-line')).toContain('keyword.control.directive.sourcetrace');
    expect(scopesOf(line, 'vague-attribution')).toContain('variable.other.rule-id.sourcetrace');
    expect(scopesOf(line, 'unattributed-claim')).toContain('variable.other.rule-id.sourcetrace');
    expect(scopesOf('<!-- sourcetrace-disable -->', 'sourcetrace-disable')).toContain('keyword.control.directive.sourcetrace');
  });

  it('leaves code and ordinary comments alone', () => {
    const fenced = '```\nthe minister said [SOURCE]\n```';
    expect(scopesOf(fenced, 'the minister said [SOURCE]')).toEqual(['text.html.markdown', 'markup.fenced_code.block.markdown']);
    expect(scopesOf('Run `said --reportedly` now.', '`said --reportedly`')).toEqual(['text.html.markdown', 'markup.inline.raw.string.markdown']);
    expect(scopesOf('<!-- the editor said no -->', ' the editor said no ')).toEqual(['text.html.markdown', 'comment.block.html']);
  });
});
