/**
 * A seeded generator of realistic, varied Markdown news drafts for the benchmark.
 *
 * Every sentence is assembled from templates with randomly chosen names,
 * organisations, places, numbers and dates, so a 10 MB draft repeats no
 * paragraph and no tool can get away with caching work per paragraph. The
 * drafts carry everything the engine has to cope with in real copy: attribution
 * cues, vague sources and hedges, quotations with and without a speaker,
 * placeholders, source notes, links, footnotes, emphasis, code, block quotes,
 * lists, tables, headings, front matter and some non-ASCII text (curly quotes,
 * dashes, accented and astral characters).
 *
 * The same seed and size always give the same text, byte for byte.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bump when the generator's output changes, so cached drafts are rebuilt. */
export const GENERATOR_VERSION = 1;

/** The draft sizes the benchmark uses, in bytes of UTF-8. */
export const DRAFT_SIZES = {
  '5KB': 5 * 1024,
  '100KB': 100 * 1024,
  '1MB': 1024 * 1024,
  '10MB': 10 * 1024 * 1024,
} as const;

/** A label of `DRAFT_SIZES`. */
export type SizeLabel = keyof typeof DRAFT_SIZES;

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

// ─── Vocabulary ─────────────────────────────────────────────────────────────

const FIRST = [
  'Anna', 'Ben', 'Chen', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ines', 'James', 'Kwame', 'Laura',
  'Miguel', 'Nadia', 'Olu', 'Priya', 'Quentin', 'Rosa', 'Samuel', 'Tomás', 'Ulla', 'Viktor', 'Wen', 'Yusuf',
  'Zoë', 'José', 'Søren', 'Łukasz', 'Mei', 'Aisha', 'Carlos', 'Fatima', 'Henrik', 'Ingrid', 'Jae-won', 'Katarzyna',
];
const LAST = [
  'Abbott', 'Banerjee', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Haddad', 'Ivanova', 'Jensen',
  'Kowalski', 'Lindqvist', 'Mensah', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka',
  'Usman', 'Varga', 'Wang', 'Xu', 'Yilmaz', 'Zhang', 'Núñez', 'O’Brien', 'Kim', 'Park', 'Moreau', 'Costa',
];
const HONORIFICS = ['Mr', 'Ms', 'Dr', 'Prof.', 'Gen.', 'Sen.', 'Mrs', 'Col.'];
const ROLES = [
  'the finance minister', 'a spokesperson for the ministry', 'the mayor', 'the chief executive',
  'the head of research', 'a senior economist', 'the regional governor', 'the defence secretary',
  'the company’s chief financial officer', 'the union leader', 'the court’s presiding judge', 'the port director',
];
const ORGS = [
  'the Ministry of Defence', 'Reuters', 'the International Monetary Fund', 'Rosneft', 'the World Health Organization',
  'the European Central Bank', 'Citi Research', 'the Office for National Statistics', 'the Associated Press',
  'the World Bank', 'the city council', 'Amnesty International', 'the Federal Reserve', 'Eurostat',
  'the Port Authority', 'the Red Cross', 'Bloomberg', 'the Central Bank of Kenya', 'the UN refugee agency',
  'Statistics Canada', 'the National Weather Service', 'Deutsche Bahn', 'the Supreme Court', 'Greenpeace',
];
const PLACES = [
  'Kursk Oblast', 'Lagos', 'Rotterdam', 'Valparaíso', 'Busan', 'Gdańsk', 'Nairobi', 'Mumbai', 'Montréal',
  'São Paulo', 'Kraków', 'Hokkaido', 'the Rhine valley', 'Mosul', 'Cape Town', 'Reykjavík', 'Tbilisi', 'Manila',
  'the Sahel', 'Yorkshire', 'Kharkiv', 'Jakarta', 'Lima', 'Almaty',
];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];
const VAGUE_SOURCES = [
  'analysts', 'officials', 'experts', 'observers', 'critics', 'sources familiar with the matter', 'state media',
  'some economists', 'many residents', 'people close to the talks', 'diplomats', 'local reports', 'insiders',
];
const SPEECH = [
  'said', 'confirmed', 'announced', 'told reporters', 'added', 'noted', 'argued', 'warned', 'estimated',
  'claimed', 'wrote', 'stated', 'testified', 'insisted', 'explained',
];
const NOUNS = [
  'refinery', 'bridge', 'hospital', 'railway line', 'grain terminal', 'school', 'power plant', 'airport',
  'water treatment works', 'factory', 'housing project', 'wind farm', 'border crossing', 'steel mill',
];
const ACTS = ['closed', 'reopened', 'was damaged', 'was expanded', 'was sold', 'was inspected', 'was evacuated'];
const TRENDS = ['rose', 'fell', 'climbed', 'dropped', 'edged up', 'slipped', 'doubled', 'halved'];
const MEASURES = [
  'inflation', 'unemployment', 'the jobless rate', 'grain exports', 'hospital admissions', 'rents',
  'fuel prices', 'the budget deficit', 'retail sales', 'emissions', 'tourist arrivals', 'wages',
];
const JUDGEMENTS = [
  'The implications are far-reaching.',
  'One thing is clear: the old model no longer works.',
  'This is a turning point for the region.',
  'The decision marks a dramatic shift in policy.',
  'It is the most ambitious plan in a generation.',
  'The consequences will be felt for years.',
];
const QUESTIONS = [
  'What happens next?',
  'Who pays for it?',
  'Is this the start of a wider trend?',
  'Why now?',
  'Can the city afford to wait?',
];
const TRANSITIONS = [
  'Meanwhile, the debate moves on.',
  'The rest of this article looks at the numbers.',
  'Here is what we know so far.',
  'Read on for the details.',
];
const QUOTE_LINES = [
  'We did not expect it to happen this fast',
  'This is a disaster for the families who live here',
  'Nobody told us anything until it was too late',
  'We have the money, we have the plan, and now we need the time',
  'I have never seen anything like it in thirty years',
  'The numbers speak for themselves',
  'We will not back down',
  'It is too early to say what caused it',
  'Our priority is the safety of the workers',
  'Prices will keep going up unless something changes',
];
const CODE_SNIPPETS = [
  ['json', '{ "region": "PLACE", "value": N, "unit": "tonnes" }'],
  ['sql', 'SELECT region, SUM(value) FROM exports WHERE year = YEAR GROUP BY region;'],
  ['python', 'df = pd.read_csv("exports.csv")\nprint(df[df.year == YEAR].value.sum())'],
  ['', 'curl -s https://data.example.org/api/v1/series?year=YEAR'],
] as const;

// ─── Building blocks ────────────────────────────────────────────────────────

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The parts of a draft that can vary; one instance per draft keeps footnotes numbered. */
class Writer {
  private footnote = 0;
  private pendingFootnotes: string[] = [];

  constructor(private readonly rng: Rng) {}

  person(): string {
    const r = this.rng;
    const name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
    return r.chance(0.15) ? `${r.pick(HONORIFICS)} ${name}` : name;
  }

  /** A head count: "240", "12,480". */
  count(): string {
    const r = this.rng;
    return r.chance(0.5) ? `${r.int(2, 980)}` : `${r.int(1, 99)},${String(r.int(0, 999)).padStart(3, '0')}`;
  }

  /** An amount of money: "$310 million", "€4.2bn", "£75,000". */
  money(): string {
    const r = this.rng;
    switch (r.int(0, 2)) {
      case 0:
        return `$${r.int(1, 900)} million`;
      case 1:
        return `€${r.int(1, 90)}.${r.int(1, 9)}bn`;
      default:
        return `£${r.int(10, 990)},000`;
    }
  }

  /** A rate: "4.1 per cent", "17%". */
  rate(): string {
    const r = this.rng;
    return r.chance(0.5) ? `${r.int(1, 40)}.${r.int(0, 9)} per cent` : `${r.int(2, 60)}%`;
  }

  /** A date with its preposition: "on 12 March", "in June 2019". */
  date(): string {
    const r = this.rng;
    return r.chance(0.5) ? `on ${r.int(1, 28)} ${r.pick(MONTHS)}` : `in ${r.pick(MONTHS)} ${r.int(1990, 2026)}`;
  }

  /** A claim a reader could challenge, without end punctuation. */
  claim(): string {
    const r = this.rng;
    switch (r.int(0, 9)) {
      case 0:
        return `${r.pick(MEASURES)} ${r.pick(TRENDS)} to ${this.rate()} in ${r.pick(MONTHS)}`;
      case 1:
        return `the ${r.pick(NOUNS)} in ${r.pick(PLACES)} ${r.pick(ACTS)} ${this.date()}`;
      case 2:
        return `${this.count()} people were moved out of ${r.pick(PLACES)} after the floods`;
      case 3:
        return `${r.pick(ORGS)} will cut ${r.int(20, 9000)} jobs by ${r.int(2026, 2035)}`;
      case 4:
        return `the new ${r.pick(NOUNS)} will cost ${this.money()} and open in ${r.int(2026, 2032)}`;
      case 5:
        return `${r.pick(MEASURES)} in ${r.pick(PLACES)} are now ${r.int(2, 9)} times higher than a decade ago`;
      case 6:
        return `the contract with ${r.pick(ORGS)} was signed in ${r.pick(MONTHS)} without a public tender`;
      case 7:
        return `talks between ${r.pick(PLACES)} and ${r.pick(PLACES)} broke down over ${r.pick(MEASURES)}`;
      case 8:
        return `at least ${r.int(3, 400)} workers at the ${r.pick(NOUNS)} had not been paid since ${r.pick(MONTHS)}`;
      default:
        return `the ${r.pick(NOUNS)} near ${r.pick(PLACES)} handled ${this.count()} tonnes last year, a record`;
    }
  }

  /** A quotation line with its own end punctuation, inside curly or straight quotes. */
  quote(lines = 1): string {
    const r = this.rng;
    const parts: string[] = [];
    for (let i = 0; i < lines; i++) parts.push(`${r.pick(QUOTE_LINES)}${r.chance(0.3) ? ` in ${r.pick(PLACES)}` : ''}`);
    const body = parts.join('. ');
    return r.chance(0.8) ? `“${body}.”` : `"${body}."`;
  }

  footnoteRef(): string {
    this.footnote += 1;
    const label = this.rng.chance(0.7) ? String(this.footnote) : `note-${this.footnote}`;
    this.pendingFootnotes.push(
      `[^${label}]: ${cap(this.rng.pick(ORGS))}, statement ${this.date()}.`,
    );
    return `[^${label}]`;
  }

  /** How many footnote definitions wait to be written. */
  pendingFootnoteCount(): number {
    return this.pendingFootnotes.length;
  }

  /** The footnote definitions referenced since the last call. */
  takeFootnotes(): string[] {
    const defs = this.pendingFootnotes;
    this.pendingFootnotes = [];
    return defs;
  }

  link(text: string): string {
    const r = this.rng;
    const slug = `${r.pick(NOUNS).replace(/\s+/g, '-')}-${r.int(1000, 99999)}`;
    return `[${text}](https://news.example.org/${r.int(2019, 2026)}/${slug})`;
  }

  /** Emphasises one word of a sentence now and then, with `*`, `_` or `**`. */
  emphasise(sentence: string): string {
    const r = this.rng;
    if (!r.chance(0.12)) return sentence;
    const words = sentence.match(/\b[a-z]{4,}\b/g);
    if (!words) return sentence;
    const w = r.pick(words);
    const mark = r.pick(['*', '_', '**']);
    return sentence.replace(new RegExp(`\\b${w}\\b`), `${mark}${w}${mark}`);
  }

  /** One sentence, of a kind drawn from a realistic mix. */
  sentence(): string {
    const r = this.rng;
    const roll = r.next();
    let s: string;
    if (roll < 0.3) {
      // Attributed to a named person or organisation.
      switch (r.int(0, 5)) {
        case 0:
          s = `${cap(this.claim())}, ${this.person()} ${r.pick(SPEECH)}.`;
          break;
        case 1:
          s = `According to ${r.pick(ORGS)}, ${this.claim()}.`;
          break;
        case 2:
          s = `${this.person()}, ${r.pick(ROLES)}, told reporters in ${r.pick(PLACES)} that ${this.claim()}.`;
          break;
        case 3:
          s = `${cap(r.pick(ORGS))} said in a statement ${this.date()} that ${this.claim()}.`;
          break;
        case 4:
          s = `${cap(this.claim())}, a spokesperson for ${r.pick(ORGS)} ${r.pick(SPEECH)}.`;
          break;
        default:
          s = `${cap(this.claim())}, ${r.pick(['he', 'she', 'they'])} ${r.pick(SPEECH)}.`;
      }
    } else if (roll < 0.48) {
      // Vague: a group nobody can check, a hedge, a passive or a reaction.
      switch (r.int(0, 5)) {
        case 0:
          s = `${cap(this.claim())}, ${r.pick(VAGUE_SOURCES)} ${r.pick(SPEECH)}.`;
          break;
        case 1:
          s = `${cap(this.claim().replace(/ (rose|fell|was|will|were|are|had|handled|broke)\b/, ' reportedly $1'))}.`;
          break;
        case 2:
          s = `According to ${r.pick(['reports', 'state media', 'sources', 'some estimates'])}, ${this.claim()}.`;
          break;
        case 3:
          s = `It is believed that ${this.claim()}.`;
          break;
        case 4:
          s = `The decision ${r.pick(['has raised questions', 'has drawn criticism', 'has sparked interest', 'has been noted'])} in ${r.pick(PLACES)}.`;
          break;
        default:
          s = `${cap(r.pick(VAGUE_SOURCES))} ${r.pick(['say', 'believe', 'warn'])} that ${this.claim()}.`;
      }
    } else if (roll < 0.7) {
      s = `${cap(this.claim())}.`;
    } else if (roll < 0.8) {
      // Quotations: with a speaker before or after, over one or two sentences, or with none.
      switch (r.int(0, 3)) {
        case 0:
          s = `${this.quote().replace(/\.(”|")$/, ',$1')} ${this.person()} said.`;
          break;
        case 1:
          s = `${this.person()} said: ${this.quote(r.int(1, 3))}`;
          break;
        case 2:
          s = `${this.quote(2)}`;
          break;
        default:
          s = `“${r.pick(QUOTE_LINES)},” ${r.pick(['she', 'he'])} added, “and ${r.pick(QUOTE_LINES).toLowerCase()}.”`;
      }
    } else if (roll < 0.86) {
      // A link or a footnote carries the source.
      s = r.chance(0.5)
        ? `${cap(this.claim())}, ${this.link(`${r.pick(ORGS)} reported`)}.`
        : `${cap(this.claim())}.${this.footnoteRef()}`;
    } else if (roll < 0.89) {
      s = `${cap(this.claim())}. <!-- source: interview with ${this.person()} ${this.date()} -->`;
    } else if (roll < 0.9) {
      s = `According to [SOURCE], ${this.claim()}.`;
    } else if (roll < 0.95) {
      s = r.pick(JUDGEMENTS);
    } else if (roll < 0.97) {
      s = r.pick(QUESTIONS);
    } else if (roll < 0.99) {
      s = r.pick(TRANSITIONS);
    } else {
      s = `The figure, written \`${r.int(100, 999)}_${r.int(100, 999)}\` in the ${r.pick(['dataset', 'filing'])}, ${r.pick(TRENDS)} again in ${r.pick(MONTHS)} 😮.`;
    }
    return this.emphasise(s);
  }

  paragraph(min = 2, max = 6): string {
    const n = this.rng.int(min, max);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.sentence());
    // Hard-wrapped paragraphs happen in real drafts: break some lines.
    return this.rng.chance(0.15) ? out.join('\n') : out.join(' ');
  }

  heading(level: number): string {
    const r = this.rng;
    const title = r.pick([
      () => `${cap(r.pick(NOUNS))} in ${r.pick(PLACES)} ${r.pick(ACTS)}`,
      () => `What the ${r.pick(MEASURES)} figures say`,
      () => `${r.pick(PLACES)}: ${r.pick(MONTHS)} ${r.int(2020, 2026)}`,
      () => `The ${r.pick(ORGS).replace(/^the /, '')} and the ${r.pick(NOUNS)}`,
    ])();
    return `${'#'.repeat(level)} ${cap(title)}`;
  }

  list(): string {
    const r = this.rng;
    const ordered = r.chance(0.35);
    const n = r.int(3, 6);
    const items: string[] = [];
    for (let i = 0; i < n; i++) {
      const marker = ordered ? `${i + 1}.` : r.pick(['-', '*']);
      let item = `${marker} ${this.sentence()}`;
      if (r.chance(0.15)) item += `\n   ${ordered ? '-' : '  -'} ${this.sentence()}`;
      items.push(item);
    }
    return items.join('\n');
  }

  blockQuote(): string {
    const r = this.rng;
    const lines = [`> ${this.quote(r.int(1, 2))}`];
    if (r.chance(0.6)) lines.push('>', `> — ${this.person()}, ${r.pick(ROLES)}`);
    return lines.join('\n');
  }

  table(): string {
    const r = this.rng;
    const rows = [
      '| Region | Value | Change | Source |',
      '|:--|--:|--:|:--|',
    ];
    const n = r.int(3, 7);
    for (let i = 0; i < n; i++) {
      rows.push(`| ${r.pick(PLACES)} | ${r.int(10, 99999)} | ${r.chance(0.5) ? '+' : '−'}${r.int(0, 40)}.${r.int(0, 9)}% | ${cap(r.pick(ORGS))} |`);
    }
    return rows.join('\n');
  }

  code(): string {
    const r = this.rng;
    const [lang, body] = r.pick(CODE_SNIPPETS);
    const text = body.replace('PLACE', r.pick(PLACES)).replace('N', String(r.int(1, 9999))).replace(/YEAR/g, String(r.int(2015, 2026)));
    return r.chance(0.85) ? `\`\`\`${lang}\n${text}\n\`\`\`` : text.split('\n').map((l) => `    ${l}`).join('\n');
  }

  frontMatter(): string {
    const r = this.rng;
    return [
      '---',
      `title: "${cap(this.claim())}"`,
      `author: ${this.person()}`,
      `date: ${r.int(2020, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
      `tags: [${r.pick(MEASURES)}, ${r.pick(PLACES)}]`,
      '---',
    ].join('\n');
  }

  /** One block of a section body, drawn from a realistic mix. */
  block(): string {
    const r = this.rng;
    const roll = r.next();
    if (roll < 0.62) return this.paragraph();
    if (roll < 0.72) return this.list();
    if (roll < 0.79) return this.blockQuote();
    if (roll < 0.84) return this.table();
    if (roll < 0.88) return this.code();
    if (roll < 0.91) return this.heading(3);
    if (roll < 0.93) return '---';
    if (roll < 0.95) return `![${cap(r.pick(NOUNS))} in ${r.pick(PLACES)}](https://img.example.org/${r.int(1, 1e6)}.jpg)`;
    if (roll < 0.97) return `<!-- editor: check the figures with ${this.person()} before publishing -->`;
    return this.paragraph(1, 2);
  }
}

/**
 * Generates one draft of at least `targetBytes` bytes of UTF-8 (it overshoots
 * by at most one block, a few hundred bytes) from a seed.
 */
export function generateDraft(targetBytes: number, seed: number): string {
  const rng = new Rng(seed);
  const w = new Writer(rng);
  const blocks: string[] = [];
  let bytes = 0;
  const push = (b: string): void => {
    blocks.push(b);
    // UTF-8 length without encoding: most text is ASCII, so count the rest exactly.
    bytes += utf8Length(b) + 2;
  };
  if (rng.chance(0.5)) push(w.frontMatter());
  push(w.heading(1));
  push(w.paragraph(3, 5));
  while (bytes < targetBytes) {
    if (rng.chance(0.12)) push(w.heading(2));
    push(w.block());
    // Footnote definitions gather and land now and then, as at the end of a section.
    if (w.pendingFootnoteCount() > 0 && rng.chance(0.3)) push(w.takeFootnotes().join('\n'));
  }
  const rest = w.takeFootnotes();
  if (rest.length) push(rest.join('\n'));
  return blocks.join('\n\n') + '\n';
}

/** The number of bytes `s` takes in UTF-8. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The pathological shapes the linear-cost check feeds the engine. */
export type Shape = 'ordinary' | 'single-paragraph' | 'single-sentence' | 'quotes';

/**
 * Generates a draft of a given shape: an ordinary draft, one paragraph with no
 * blank line, one sentence with no end punctuation until the last character, or
 * prose dense with quotation marks (many balanced, some left open).
 */
export function generateShape(shape: Shape, targetBytes: number, seed: number): string {
  if (shape === 'ordinary') return generateDraft(targetBytes, seed);
  const rng = new Rng(seed);
  const w = new Writer(rng);
  const parts: string[] = [];
  let bytes = 0;
  const add = (s: string, sep: number): void => {
    parts.push(s);
    bytes += utf8Length(s) + sep;
  };
  if (shape === 'single-paragraph') {
    while (bytes < targetBytes) add(w.sentence().replace(/\n/g, ' '), 1);
    return parts.join(' ') + '\n';
  }
  if (shape === 'single-sentence') {
    const joiner = rng.chance(0.5) ? ', and ' : '; ';
    // Clauses only: no end punctuation, no abbreviations with periods.
    while (bytes < targetBytes) add(w.claim().replace(/[.!?]/g, ''), joiner.length);
    return `${cap(parts.join(joiner))}.\n`;
  }
  // Quotes: short quoted fragments, nested quotes and stray marks, in paragraphs.
  const para: string[] = [];
  while (bytes < targetBytes || para.length) {
    if (bytes >= targetBytes) {
      add(`${para.join(' ')}.`, 2);
      break;
    }
    const r = rng.int(0, 5);
    const frag =
      r === 0
        ? `“${rng.pick(QUOTE_LINES).split(' ')[0]}”`
        : r === 1
          ? `"${rng.pick(FIRST)}"`
          : r === 2
            ? `‘${rng.pick(LAST)}’`
            : r === 3
              ? `“she said ‘no’ twice”`
              : r === 4
                ? `”`
                : `"`;
    para.push(frag);
    if (para.length >= 40) {
      add(`${w.person()} said ${para.join(' ')}.`, 2);
      para.length = 0;
    }
  }
  return parts.join('\n\n') + '\n';
}

/** Human-readable size: 5 KB, 1.0 MB. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

/** Writes `text` to `file` atomically (temp file then rename), creating the folder. */
async function writeAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

/**
 * Returns the path of the draft of the given size and seed under `dir`,
 * generating it when it is not there yet. The file name carries the generator
 * version, so a changed generator never reuses stale drafts.
 */
export async function ensureDraft(dir: string, label: string, bytes: number, seed: number): Promise<string> {
  const file = path.join(dir, `draft-${label}-s${seed}-v${GENERATOR_VERSION}.md`);
  if (!existsSync(file)) await writeAtomic(file, generateDraft(bytes, seed));
  return file;
}

/**
 * A generated draft of exactly `words` words (whitespace-separated), cut
 * after the last of them: the "10,000-word draft" of the language-server
 * target.
 */
export function generateWordsDraft(words: number, seed: number): string {
  const text = generateDraft(words * 8 + 4096, seed);
  const re = /\S+/g;
  let count = 0;
  let end = text.length;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (++count === words) {
      end = m.index + m[0].length;
      break;
    }
  }
  return text.slice(0, end) + '\n';
}

/** Returns the path of the `words`-word draft under `dir`, generating it when it is not there yet. */
export async function ensureWordsDraft(dir: string, words: number, seed: number): Promise<string> {
  const file = path.join(dir, `draft-${words}words-s${seed}-v${GENERATOR_VERSION}.md`);
  if (!existsSync(file)) await writeAtomic(file, generateWordsDraft(words, seed));
  return file;
}

/**
 * Returns a folder under `dir` holding `count` distinct drafts of about `bytes`
 * bytes each (seeds `seed`, `seed + 1`, …), generating whatever is missing.
 */
export async function ensureCorpus(dir: string, count: number, bytes: number, seed: number): Promise<string> {
  const folder = path.join(dir, `corpus-${count}x${bytes}-s${seed}-v${GENERATOR_VERSION}`);
  const have = existsSync(folder) ? (await readdir(folder)).filter((f) => f.endsWith('.md')).length : 0;
  if (have !== count) {
    for (let i = 0; i < count; i++) {
      const file = path.join(folder, `draft-${String(i).padStart(4, '0')}.md`);
      if (!existsSync(file)) await writeAtomic(file, generateDraft(bytes, seed + i));
    }
  }
  return folder;
}
