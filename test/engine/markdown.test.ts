import { describe, expect, it } from 'vitest';
import { extractProse, tableCells } from '../../server/src/engine/markdown';
import { ForwardFinder, isWhitespaceCode, lineEndOf, lineEndOffset, lineOfOffset, lineStartOffsets, trimSpan } from '../../server/src/engine/text';
import { blockTexts, prose } from './markdown-invariants';

/** The prose view of `md`, after checking the invariants. */
const p = (md: string): string => prose(md).prose;

/** As many spaces as `s` has code units: what masking `s` leaves. */
const blank = (s: string): string => ' '.repeat(s.length);

describe('extractProse: blocks', () => {
  it('keeps a plain paragraph as it is', () => {
    const doc = prose('The ministry said on Tuesday that talks would resume.');
    expect(doc.prose).toBe(doc.source);
    expect(doc.blocks).toEqual([{ index: 0, start: 0, end: doc.source.length, kind: 'paragraph', level: 0, quoteDepth: 0, inList: false }]);
  });

  it('masks ATX heading markers and records the level', () => {
    const doc = prose('## Talks resume ##\n\nBody text.');
    expect(doc.prose).toBe('   Talks resume   \n\nBody text.');
    expect(doc.blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 2],
      ['paragraph', 0],
    ]);
    expect(blockTexts(doc)).toEqual(['Talks resume', 'Body text.']);
  });

  it('masks the underline of setext headings', () => {
    const doc = prose('Port reopens\n============\n\nSub head\n---\n');
    expect(doc.prose).toBe('Port reopens\n            \n\nSub head\n   \n');
    expect(doc.blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1],
      ['heading', 2],
    ]);
  });

  it('masks list bullets, numbers and task boxes and flags list blocks', () => {
    const doc = prose('- First point.\n* Second point.\n\n1. One.\n2) Two.\n\n- [ ] To check.\n- [x] Checked.\n');
    expect(doc.prose).toBe('  First point.\n  Second point.\n\n   One.\n   Two.\n\n      To check.\n      Checked.\n');
    expect(doc.blocks.every((b) => b.inList)).toBe(true);
  });

  it('masks block quote markers, nested, and counts the depth', () => {
    const doc = prose('> Outer quote.\n> > Inner quote\n> > goes on.\n');
    expect(doc.prose).toBe('  Outer quote.\n    Inner quote\n    goes on.\n');
    expect(doc.blocks.map((b) => b.quoteDepth)).toEqual([1, 2]);
  });

  it('reads lazy continuation lines of a block quote', () => {
    const doc = prose('> Quoted line\nlazy continuation.\n');
    expect(doc.prose).toBe('  Quoted line\nlazy continuation.\n');
    expect(doc.blocks).toHaveLength(1);
  });

  it('masks fenced and indented code, thematic breaks and HTML blocks', () => {
    const md = 'Text.\n\n```js\nconst a = 1;\n```\n\n    indented code\n\n***\n\n<div class="x">\nhtml\n</div>\n\nEnd.';
    const doc = prose(md);
    expect(blockTexts(doc)).toEqual(['Text.', 'End.']);
    expect(doc.prose.replace(/[ \n]/g, '')).toBe('Text.End.');
  });

  it('masks an unclosed fence to the end of the document', () => {
    expect(blockTexts(prose('Before.\n\n~~~\nnever closed\n\nStill code.'))).toEqual(['Before.']);
  });

  it('turns each table cell into a block and masks pipes and the delimiter row', () => {
    const doc = prose('| Country | Troops |\n|:--------|-------:|\n| Russia  | 11,000 |\n| DPRK | 1,000 |\n');
    expect(blockTexts(doc)).toEqual(['Country', 'Troops', 'Russia', '11,000', 'DPRK', '1,000']);
    expect(doc.blocks.every((b) => b.kind === 'table-cell')).toBe(true);
    expect(doc.prose.split('\n')[1]!.trim()).toBe('');
    expect(doc.prose).not.toContain('|');
  });

  it('keeps escaped pipes inside a table cell, without the backslash', () => {
    const doc = prose('a | b\n--|--\nx \\| y | z\n');
    expect(blockTexts(doc)).toEqual(['a', 'b', 'x  | y', 'z']);
  });

  it('splits table rows as markdown-it does', () => {
    const row = '| a | b \\| c |   ';
    expect(tableCells(row, 0, row.length).map(([s, e]) => row.slice(s, e))).toEqual(['a', 'b \\| c']);
    const bare = 'a|b';
    expect(tableCells(bare, 0, bare.length).map(([s, e]) => bare.slice(s, e))).toEqual(['a', 'b']);
  });

  it('drops blocks that hold no prose, such as a lone image', () => {
    expect(prose('![chart](chart.png)\n\nText.').blocks).toHaveLength(1);
  });

  it('masks link reference definitions', () => {
    const doc = prose('See [the report][r].\n\n[r]: https://example.org/report "Report"\n');
    expect(blockTexts(doc)).toEqual(['See  the report    .']);
    expect(doc.links[0]!.href).toBe('https://example.org/report');
  });
});

describe('extractProse: inline markup', () => {
  it('masks emphasis, strong and strikethrough markers', () => {
    expect(p('A *big* and **bold** and _it_ and ~~gone~~ claim.')).toBe('A  big  and   bold   and  it  and   gone   claim.');
  });

  it('pairs emphasis delimiters as CommonMark does and keeps unpaired ones', () => {
    expect(p('***Both*** and *a **b** c*.')).toBe('   Both    and  a   b   c .');
    expect(p('An *unclosed star and ___.')).toBe('An *unclosed star and ___.');
    expect(p('*foo**bar*')).toBe(' foo**bar ');
    expect(p('__init__ and foo_bar_ stay')).toBe('  init   and foo_bar_ stay');
    expect(p('~one~ and ~~two~~ but ~~~three~~~')).toBe(' one  and   two   but ~~~three~~~');
  });

  it('pairs emphasis inside link text only there', () => {
    expect(p('*[a*](u) b*')).toBe(' [a*](u) b '.replace('[', ' ').replace('](u)', '    '));
  });

  it('keeps asterisks and underscores that cannot be emphasis', () => {
    expect(p('5 * 3 = 15 and snake_case_name stay.')).toBe('5 * 3 = 15 and snake_case_name stay.');
  });

  it('keeps link text and masks the destination and title', () => {
    const doc = prose('According to [the ministry](https://mod.gov.ru/x "MoD"), troops left.');
    expect(doc.prose).toBe('According to  the ministry                             , troops left.');
    expect(doc.links).toHaveLength(1);
    const l = doc.links[0]!;
    expect(doc.source.slice(l.text.start, l.text.end)).toBe('the ministry');
    expect(doc.source.slice(l.start, l.end)).toBe('[the ministry](https://mod.gov.ru/x "MoD")');
    expect(l.href).toBe('https://mod.gov.ru/x');
  });

  it('accepts destinations in angle brackets, with parentheses and escapes', () => {
    const doc = prose('[a](<my page.html>) [b](https://x.org/a_(b)) [c](x\\)y)');
    expect(doc.links.map((l) => l.href)).toEqual(['my page.html', 'https://x.org/a_(b)', 'x)y']);
    expect(doc.prose.replace(/ /g, '')).toBe('abc');
  });

  it('resolves full, collapsed and shortcut reference links', () => {
    const doc = prose('[Reuters][r], [AP][] and [AFP] said; [unknown] did not.\n\n[r]: https://reuters.com\n[ap]: https://apnews.com\n[AFP]: https://afp.com\n');
    expect(doc.links.map((l) => [doc.source.slice(l.text.start, l.text.end), l.href])).toEqual([
      ['Reuters', 'https://reuters.com'],
      ['AP', 'https://apnews.com'],
      ['AFP', 'https://afp.com'],
    ]);
    expect(doc.blocks.map((b) => doc.prose.slice(b.start, b.end))).toEqual(['Reuters    ,  AP    and  AFP  said; [unknown] did not.']);
  });

  it('does not nest links; the inner one wins', () => {
    const doc = prose('[a [b](u) c](v)');
    expect(doc.links.map((l) => l.href)).toEqual(['u']);
  });

  it('masks images entirely, including links in their alt text', () => {
    const doc = prose('Photo ![a [b](c) chart](img.png "t") here.');
    expect(doc.prose).toBe('Photo                                here.');
    expect(doc.links).toEqual([]);
  });

  it('masks autolinks and records them as links', () => {
    const doc = prose('Mail <press@mod.gov> or see <https://mod.gov/a?b=c>.');
    expect(doc.prose).toBe('Mail                 or see                        .');
    expect(doc.links.map((l) => l.href)).toEqual(['press@mod.gov', 'https://mod.gov/a?b=c']);
  });

  it('masks GFM bare URLs but not their trailing punctuation', () => {
    const doc = prose('Read https://example.com/report. Or www.example.org, (https://x.org/a).');
    expect(doc.links.map((l) => l.href)).toEqual(['https://example.com/report', 'www.example.org', 'https://x.org/a']);
    expect(doc.prose).toBe('Read                           . Or                , (               ).');
  });

  it('reads a URL written in link text as part of that link, not a link of its own', () => {
    const doc = prose('See [https://x.org/a](https://x.org/a) and [the page https://x.org/b](u) now.');
    expect(doc.links.map((l) => [doc.source.slice(l.text.start, l.text.end), l.href])).toEqual([
      ['https://x.org/a', 'https://x.org/a'],
      ['the page https://x.org/b', 'u'],
    ]);
    expect(doc.prose.replace(/ +/g, ' ')).toBe('See https://x.org/a and the page now.');
  });

  it('masks code spans whole, matched by backtick run length', () => {
    expect(p('Run `npm test` or ``a ` b`` now.')).toBe('Run ' + blank('`npm test`') + ' or ' + blank('``a ` b``') + ' now.');
    expect(p('An unmatched ` stays.')).toBe('An unmatched ` stays.');
    expect(p('Code `spans\nlines` too.')).toBe('Code       \n       too.');
  });

  it('records each code span whole, in document offsets, as the masker paired it', () => {
    const spans = (text: string) => prose(text).codeSpans.map((c) => text.slice(c.start, c.end));
    expect(spans('Run `npm test` or ``a ` b`` now.')).toEqual(['`npm test`', '``a ` b``']);
    expect(spans('An unmatched ` stays.')).toEqual([]);
    // Over a line break and the block-quote marker of the next line.
    expect(spans('> Code `spans\n> lines` too.')).toEqual(['`spans\n> lines`']);
    // An escaped backtick opens nothing; a backslash inside a span escapes nothing.
    expect(spans('Not \\`this, but `a\\` and ``b\\``.')).toEqual(['`a\\`', '``b\\``']);
    expect(spans('| `x` | y |\n|---|---|\n| z | `w` |')).toEqual(['`x`', '`w`']);
  });

  it('masks backslashes of escapes and hard breaks, keeping the escaped character', () => {
    expect(p('Not \\*emphasis\\* here\\\nnext.')).toBe('Not  *emphasis * here \nnext.');
    expect(p('A \\a stays.')).toBe('A \\a stays.');
  });

  it('keeps the first character of an entity and masks the rest', () => {
    expect(p('Smith &amp; Sons &#169; &#x2014; &bogus x.')).toBe('Smith &' + blank('amp;') + ' Sons &' + blank('#169;') + ' &' + blank('#x2014;') + ' &bogus x.');
  });

  it('masks inline HTML and records inline comments', () => {
    const doc = prose('Troops <b>left</b> <!-- source: MoD briefing --> today.');
    expect(doc.prose).toBe('Troops ' + blank('<b>') + 'left' + blank('</b>') + ' ' + blank('<!-- source: MoD briefing -->') + ' today.');
    const start = doc.source.indexOf('<!--');
    expect(doc.comments).toEqual([{ start, end: start + '<!-- source: MoD briefing -->'.length, body: 'source: MoD briefing' }]);
  });

  it('reads empty and multi-line comments', () => {
    const doc = prose('a <!--> b <!---> c <!-- x\ny --> d');
    expect(doc.comments.map((c) => c.body)).toEqual(['', '', 'x\ny']);
    expect(doc.prose).toBe('a ' + blank('<!-->') + ' b ' + blank('<!--->') + ' c ' + blank('<!-- x') + '\n' + blank('y -->') + ' d');
  });

  it('records comments of HTML blocks, inside and after the first line', () => {
    const doc = prose('Claim.\n<!-- source: A -->\n\n<div>\n<!-- inner -->\n</div>\n');
    expect(doc.comments.map((c) => [c.body, doc.source.slice(c.start, c.end)])).toEqual([
      ['source: A', '<!-- source: A -->'],
      ['inner', '<!-- inner -->'],
    ]);
    expect(blockTexts(doc)).toEqual(['Claim.']);
  });

  it('keeps an unclosed inline comment opener as text', () => {
    expect(p('Text <!-- never closed')).toBe('Text <!-- never closed');
  });

  it('masks footnote references and records them', () => {
    const doc = prose('Losses rose.[^1] Others[^note-2] agree.\n\n[^1]: Ministry statement, 12 Dec.\n');
    expect(doc.prose.split('\n')[0]).toBe('Losses rose.     Others          agree.');
    expect(doc.footnoteRefs.map((f) => f.label)).toEqual(['1', 'note-2']);
    expect(doc.footnoteDefs).toEqual([{ start: 41, end: 74, label: '1', text: 'Ministry statement, 12 Dec.' }]);
  });

  it('reads footnote definitions with indented continuation lines, even when they look like references', () => {
    const md = 'Claim.[^a]\n\n[^a]: https://example.org/source\n    second line\n\n    second paragraph\n\nAfter.\n';
    const doc = prose(md);
    expect(doc.footnoteDefs).toHaveLength(1);
    expect(doc.footnoteDefs[0]!.text).toBe('https://example.org/source\n    second line\n\n    second paragraph');
    expect(blockTexts(doc)).toEqual(['Claim.', 'After.']);
  });

  it('resolves markup across the soft line breaks of a quoted paragraph', () => {
    const doc = prose('> See [the\n> report](https://x.org) *here\n> now*.');
    expect(doc.prose).toBe('  See  the\n  report                  here\n  now .');
    expect(doc.links[0]!.text).toEqual({ start: 7, end: 19 });
  });
});

describe('extractProse: front matter, BOM and line breaks', () => {
  it('masks and parses YAML front matter', () => {
    const md = '---\ntitle: Kursk\nsourcetrace:\n  minConfidence: 0.7\n---\nBody.';
    const doc = prose(md);
    expect(doc.frontMatter).toEqual({ start: 0, end: 54, data: { title: 'Kursk', sourcetrace: { minConfidence: 0.7 } } });
    expect(blockTexts(doc)).toEqual(['Body.']);
    expect(doc.prose.slice(0, 54).trim()).toBe('');
  });

  it('accepts ... as the closing fence and a BOM before the opening one', () => {
    const doc = prose('\uFEFF---\na: 1\n...\n# Title');
    expect(doc.frontMatter?.data).toEqual({ a: 1 });
    expect(doc.frontMatter?.start).toBe(1);
    expect(blockTexts(doc)).toEqual(['Title']);
  });

  it('reports invalid YAML without throwing', () => {
    const doc = prose('---\ntitle: [unclosed\nnext: 2\n---\nBody.');
    expect(doc.frontMatter?.data).toBeUndefined();
    expect(doc.frontMatter?.error).toMatch(/at line 3/);
    expect(blockTexts(doc)).toEqual(['Body.']);
  });

  it('reports front matter that is not a mapping', () => {
    expect(prose('---\n- a\n- b\n---\n').frontMatter?.error).toMatch(/mapping/);
    expect(prose('---\n---\nBody.').frontMatter?.data).toEqual({});
  });

  it('does not take an unclosed --- for front matter', () => {
    const doc = prose('---\ntitle: draft\n\nBody text.');
    expect(doc.frontMatter).toBeUndefined();
    expect(blockTexts(doc)).toEqual(['title: draft', 'Body text.']);
  });

  it('does not take a --- after the first line for front matter', () => {
    expect(prose('Intro.\n---\na: 1\n---\n').frontMatter).toBeUndefined();
  });

  it('masks a BOM and still reads the heading behind it', () => {
    const doc = prose('\uFEFF# Title\n\nBody.');
    expect(doc.prose[0]).toBe(' ');
    expect(doc.blocks[0]!.kind).toBe('heading');
  });

  it('keeps offsets exact with CRLF and lone CR line breaks', () => {
    const md = '# Head\r\n\r\n> *Quoted*\r\n> text.\r\rSecond [link](u)\r\nline.';
    const doc = prose(md);
    expect(blockTexts(doc)).toEqual(['Head', 'Quoted \r\n  text.', 'Second  link    \r\nline.']);
    expect(doc.source.slice(doc.links[0]!.text.start, doc.links[0]!.text.end)).toBe('link');
  });

  it('keeps offsets exact after NUL characters (which markdown-it rewrites)', () => {
    const doc = prose('A\u0000b *c*\n\n> \u0000 [d](e)');
    expect(doc.prose).toBe('A\u0000b  c \n\n  \u0000  d    ');
    expect(doc.links[0]!.text).toEqual({ start: 14, end: 15 });
  });

  it('handles tabs in containers', () => {
    const doc = prose('>\tquoted\ttext\n-\titem');
    expect(blockTexts(doc)).toEqual(['quoted\ttext', 'item']);
  });
});

describe('text utilities', () => {
  it('finds line starts for every kind of break', () => {
    expect(lineStartOffsets('a\nb\r\nc\rd')).toEqual([0, 2, 5, 7]);
    expect(lineStartOffsets('')).toEqual([0]);
    expect(lineStartOffsets('x\n')).toEqual([0, 2]);
  });

  it('finds line ends and the line of an offset', () => {
    const t = 'ab\r\ncd\ne';
    expect(lineEndOffset(t, 0)).toBe(2);
    expect(lineEndOffset(t, 4)).toBe(6);
    const starts = lineStartOffsets(t);
    expect([0, 2, 3, 4, 6, 7, 8, 99].map((o) => lineOfOffset(starts, o))).toEqual([0, 0, 0, 1, 1, 2, 2, 2]);
  });

  it('finds line ends from the line table, before \\r\\n, \\r or \\n', () => {
    const t = 'ab\r\ncd\re\nf';
    const starts = lineStartOffsets(t);
    expect(starts.map((_, l) => lineEndOf(t, starts, l))).toEqual([2, 6, 8, 10]);
  });

  it('answers repeated forward searches from a cache, and searches again when asked behind it', () => {
    const f = new ForwardFinder('a-->b-->c', '-->');
    expect([0, 1, 2, 4, 5, 6, 0].map((p) => f.find(p))).toEqual([1, 1, 5, 5, 5, -1, 1]);
  });

  it('knows Unicode whitespace', () => {
    expect([' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff'].every((c) => isWhitespaceCode(c.charCodeAt(0)))).toBe(true);
    expect(['a', '.', '\u200b', '\u0000'].some((c) => isWhitespaceCode(c.charCodeAt(0)))).toBe(false);
  });

  it('trims spans by Unicode whitespace', () => {
    expect(trimSpan('\u00a0 ab \n', 0, 6)).toEqual({ start: 2, end: 4 });
    expect(trimSpan('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });

  it('is what extractProse uses: line breaks in the prose are where lineStartOffsets says', () => {
    const md = 'a\r\n> b\rc\n';
    const doc = extractProse(md);
    expect(lineStartOffsets(doc.prose)).toEqual(lineStartOffsets(md));
  });
});
