/**
 * The lexicon and the tokenizer under the attribution stage: inflection,
 * token tries, tokenization of names, possessives and apostrophes, and the
 * shape of the mined cue list.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, CUE_VERBS, inflect, newTrie, trieAdd, trieMatch } from '../../server/src/engine/lexicon';
import { tokenize } from '../../server/src/engine/lexicon/tokens';

describe('inflect', () => {
  it.each([
    ['confirm', ['confirm', 'confirms', 'confirmed', 'confirmed', 'confirming']],
    ['deny', ['deny', 'denies', 'denied', 'denied', 'denying']],
    ['argue', ['argue', 'argues', 'argued', 'argued', 'arguing']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressed', 'stressing']],
    ['say', ['say', 'says', 'said', 'said', 'saying']],
    ['admit', ['admit', 'admits', 'admitted', 'admitted', 'admitting']],
    ['tell', ['tell', 'tells', 'told', 'told', 'telling']],
  ])('%s', (lemma, forms) => {
    expect(inflect(lemma)).toEqual(forms);
  });

  it('maps every form of a lexicon verb back to its lemma', () => {
    const lex = buildLexicon();
    for (const form of ['said', 'told', 'written', 'acknowledged', 'insisting', 'tweets']) expect(lex.verbForms.has(form)).toBe(true);
    expect(lex.verbForms.get('wrote')?.verb.lemma).toBe('write');
  });
});

describe('token tries', () => {
  it('finds the longest phrase and only whole words', () => {
    const t = newTrie<string>();
    trieAdd(t, 'according to', 'a');
    trieAdd(t, 'according to the', 'b');
    const toks = tokenize('according to the ministry');
    expect(trieMatch(t, toks, 0)).toEqual({ length: 3, value: 'b' });
    expect(trieMatch(t, tokenize('accordingly to'), 0)).toBeUndefined();
  });
});

describe('tokenize', () => {
  it('keeps names whole and splits possessives', () => {
    const toks = tokenize('Kim Jong-un’s U.S. visit, Mr. O’Brien’s.');
    expect(toks.map((t) => t.text)).toEqual(['Kim', 'Jong-un', '’s', 'U.S', '.', 'visit', ',', 'Mr', '.', 'O’Brien', '’s', '.']);
    expect(toks[2]!.lower).toBe("'s");
    expect(toks[0]!.cap).toBe(true);
    expect(toks[2]!.cap).toBe(false);
  });

  it('splits a sentence end glued to the next sentence, and keeps initialisms and decimals whole', () => {
    // "percent.Officials" is two words and a stop: joined, the word before the
    // stop was read as part of the next sentence's subject.
    expect(tokenize('at 2.1 percent.Officials said').map((t) => t.text)).toEqual(['at', '2.1', 'percent', '.', 'Officials', 'said']);
    expect(tokenize('U.S.-based Ph.D e.g.The').map((t) => t.text)).toEqual(['U.S', '.', '-', 'based', 'Ph.D', 'e.g', '.', 'The']);
    expect(tokenize('Amazon.com iPhone.X').map((t) => t.text)).toEqual(['Amazon.com', 'iPhone.X']);
    expect(tokenize('disagree.1 vol.2 No.1 re-run.3').map((t) => t.text)).toEqual(['disagree', '.', '1', 'vol.2', 'No.1', 're-run.3']);
  });

  it('leaves no glued sentence end inside a word, whatever the letters (small letters with no case mapping too)', () => {
    // The attribution stage reads a glued sentence end from the tokens alone
    // (endsGluedSentence in attribution/cues.ts): a word of small letter, full
    // stop, capital and small letter must never reach it. The tokenizer's test
    // looks at each stop's neighbours, one character each, so every small and
    // capital letter is tried in each place next to plain ones.
    const glued = /\p{Ll}\.\p{Lu}\p{Ll}/u;
    const joined: string[] = [];
    let tried = 0;
    for (let n = 0; n < 0x10000; n++) {
      if (n >= 0xd800 && n <= 0xdfff) continue;
      const x = String.fromCharCode(n);
      const drafts = /\p{Ll}/u.test(x) ? [`${x}.Ab`, `a.A${x}`] : /\p{Lu}/u.test(x) ? [`a.${x}b`] : [];
      for (const d of drafts) {
        tried++;
        if (tokenize(d).some((t) => t.kind === 'word' && glued.test(t.text))) joined.push(d);
      }
    }
    expect(joined).toEqual([]);
    expect(tried).toBeGreaterThan(2000);
    expect(tokenize('Kuujjuaĸ.The ministry said').map((t) => t.text)).toEqual(['Kuujjuaĸ', '.', 'The', 'ministry', 'said']);
  });

  it('gives document offsets inside a range', () => {
    const text = 'xx said yy';
    const toks = tokenize(text, 3, 7);
    expect(toks).toHaveLength(1);
    expect(text.slice(toks[0]!.start, toks[0]!.end)).toBe('said');
  });

  it('marks quotation marks and keeps letters of other scripts in words', () => {
    const toks = tokenize('“Ça va,” dit Zoë.');
    expect(toks[0]!.kind).toBe('quote');
    expect(toks[1]!.text).toBe('Ça');
    expect(toks.find((t) => t.text === 'Zoë')).toBeDefined();
  });
});

describe('the cue list mined from PolNeAR', () => {
  it('has a sense and a count for every verb, the most frequent first', () => {
    expect(CUE_VERBS[0]!.lemma).toBe('say');
    for (const v of CUE_VERBS) {
      expect(['speech', 'cognition', 'intent', 'evidence']).toContain(v.sense);
      expect(v.count).toBeGreaterThanOrEqual(0);
    }
    for (let i = 1; i < CUE_VERBS.length; i++) expect(CUE_VERBS[i - 1]!.count).toBeGreaterThanOrEqual(CUE_VERBS[i]!.count);
  });

  it('covers the cues the editorial standard names', () => {
    const lemmas = new Set(CUE_VERBS.map((v) => v.lemma));
    for (const l of ['confirm', 'report', 'state', 'announce', 'estimate', 'tell', 'add', 'note', 'argue', 'claim', 'deny', 'warn', 'write', 'testify']) expect(lemmas.has(l)).toBe(true);
  });
});

describe('tokenize: characters outside the listed ranges', () => {
  // The tokenizer keeps what the case mappings say of each code unit it has
  // met; asked twice, over every code unit, it must still say what the
  // mappings say: a letter has two case forms, a capital is not its own lower case.
  const listed = (n: number): boolean => n <= 0x36f || (n >= 0x2000 && n <= 0x2bff) || (n >= 0x4e00 && n <= 0x9fff);
  it('reads a code unit as a letter, and as a capital, from its case mappings', () => {
    for (let round = 0; round < 2; round++) {
      for (let n = 0x370; n < 0x10000; n++) {
        if (listed(n)) continue;
        const c = String.fromCharCode(n);
        const toks = tokenize(c);
        const letter = c.toLowerCase() !== c.toUpperCase();
        expect(toks.length === 1 && toks[0]!.kind === 'word', `U+${n.toString(16)}`).toBe(letter);
        if (letter) expect(toks[0]!.cap, `U+${n.toString(16)}`).toBe(c !== c.toLowerCase());
      }
    }
  });
});
