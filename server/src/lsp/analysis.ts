/**
 * Per-document analysis state and the scheduler that keeps it current.
 *
 * The rules the scheduler keeps:
 * - Analysis never runs on a request's path. A change only marks the document
 *   dirty and queues it; the work runs in a later turn of the event loop
 *   (`setImmediate`), one document at a time, so requests and notifications are
 *   read between documents. An open document is analysed incrementally in
 *   slices of a few milliseconds (`DocumentAnalyzer`), so a long analysis does
 *   not hold up the connection either; the workspace check of unopened drafts
 *   runs in a worker thread (`worker.ts`).
 * - Newer versions supersede older ones. A queued job always analyses the
 *   latest text; an analysis whose version is no longer the document's stops
 *   between two slices, and a result that finishes stale is dropped (the newer
 *   version is already queued), so stale diagnostics are never published.
 * - Requests are answered from the latest finished analysis of the document's
 *   current version; a request that arrives before it is ready waits for it
 *   (asynchronously: the connection keeps serving other messages).
 *
 * `DocumentAnalyzer` is the one place that decides how a result is produced:
 * an incremental analyzer per document (engine/incremental.ts), whose result
 * always equals a whole-text analysis.
 */
import { analyze, claimStatusCounts, createIncrementalAnalyzer, findingCount, findingRuns, type IncrementalAnalyzer, type ResolvedConfig } from '../engine';
import type { Analysis, Finding } from '../engine/types';
import { sameData, shownAlike, toDiagnostic, type SourcetraceDiagnostic } from './diagnostics';
import type { TextChange } from './documents';
import { buildLineIndex, coveringChange, lineOf, updateLineIndex, type CoveringChange, type LineIndex } from './positions';
import type { ClaimCounts } from './protocol';
import { trace } from './trace';

/** The configuration a document is analysed with. */
export interface EffectiveConfig {
  /** False when checking is switched off for the document (`sourcetrace.enable`). */
  enabled: boolean;
  config: ResolvedConfig;
  /** A stable string that changes whenever `config` does, for caching. */
  key: string;
  /** Most diagnostics published for the document (`sourcetrace.maxProblems`; 0: no limit); absent: the default. */
  maxProblems?: number;
}

/** One finished analysis of one version of a document. */
export interface AnalysisResult {
  uri: string;
  version: number;
  /** The text that was analysed; every offset in `analysis` refers to it. */
  text: string;
  analysis: Analysis;
  config: EffectiveConfig;
  /**
   * The claims by status, counted when first read (on a long draft the
   * count is milliseconds, which a keystroke need not wait for: the server
   * sends the counts after the diagnostics).
   */
  readonly counts: ClaimCounts;
  /** The line index of `text`, for converting offsets to positions. */
  lines: LineIndex;
  /** The diagnostics of every finding, in the order of `analysis.findings`. */
  diagnostics: SourcetraceDiagnostic[];
  /**
   * Per diagnostic, the claim (the sentence index) of its finding: what the
   * typing hold reads on every keystroke, without the findings themselves
   * (an incremental analysis makes them only when read).
   */
  claims: Int32Array;
}

/** The previous result of the same document and the changes from its text to the new one, oldest first. */
export interface PreviousResult {
  result: AnalysisResult;
  changes: readonly TextChange[];
}

/**
 * Assembles a result: counts, line index and diagnostics of one analysis.
 * With the document's previous result and the changes since, the work of
 * that result is reused where it is known to hold: its line index is updated
 * rather than rebuilt, and a finding that is one of the previous result's,
 * unchanged but for being shifted by the changes, gets that finding's
 * diagnostic object. A diagnostic's data are relative to it, so after a
 * keystroke that adds no line break that is every finding outside the edited
 * lines; the stdio writer then reuses their encoded bytes (wire.ts).
 *
 * When the analysis is the incremental analyzer's next after the previous
 * result's, the findings it moved are known as runs (`findingRuns`): their
 * diagnostics are copied from the previous result without the findings being
 * made or read (on a long draft, making and walking them cost more than the
 * analysis of the keystroke), and only the new findings are converted.
 */
export function makeResult(uri: string, version: number, text: string, analysis: Analysis, config: EffectiveConfig, prev?: PreviousResult): AnalysisResult {
  let lines: LineIndex;
  let diagnostics: SourcetraceDiagnostic[];
  let claims: Int32Array;
  const cover = prev && coveringChange(prev.changes);
  if (prev && prev.result.analysis === analysis && prev.result.text === text) {
    // The same analysis of the same text (a version that changed nothing).
    ({ lines, diagnostics, claims } = prev.result);
  } else {
    if (prev && cover) lines = updateLineIndex(prev.result.lines, text, cover);
    else if (prev && prev.result.text === text) lines = prev.result.lines;
    else lines = buildLineIndex(text);
    const moved = prev ? fromRuns(prev.result, analysis, lines) : undefined;
    if (moved) ({ diagnostics, claims } = moved);
    else {
      const { findings } = analysis;
      if (prev && cover) diagnostics = reuse(prev.result, findings, lines, cover);
      else if (prev && prev.result.text === text) diagnostics = reuse(prev.result, findings, lines, { start: text.length + 1, oldEnd: text.length + 1, newEnd: text.length + 1 });
      else diagnostics = findings.map((f) => toDiagnostic(f, lines));
      claims = Int32Array.from(findings, (f) => f.claim);
    }
  }
  let counts: ClaimCounts | undefined;
  return {
    uri,
    version,
    text,
    analysis,
    config,
    get counts() {
      return (counts ??= countClaims(analysis));
    },
    lines,
    diagnostics,
    claims,
  };
}

/**
 * The diagnostics (and their findings' claims) of an analysis whose findings
 * are runs of the previous result's (see `findingRuns`), in the text of
 * `lines`; undefined when they are not, or when a moved run is not where its
 * diagnostics can be copied (then the findings are read, see `reuse`).
 *
 * A moved run wholly before the edit is where it was, line and character; one
 * after it has the characters it had, on lines moved by the number of lines
 * the edit added, when it starts at or after `after`: the first line start
 * after the edit's end from which the lines are the old ones (the edit's end
 * itself when it is a line start in both texts). The data of a moved
 * diagnostic are the same, being relative to its start or to the end of the
 * text (the engine moved every offset of the run alike). New findings are
 * converted.
 */
function fromRuns(prev: AnalysisResult, analysis: Analysis, lines: LineIndex): { diagnostics: SourcetraceDiagnostic[]; claims: Int32Array } | undefined {
  const found = findingRuns(analysis);
  if (!found || found.previous !== prev.analysis || prev.claims.length !== prev.diagnostics.length) return undefined;
  const { edit, runs, count } = found;
  const old = prev.lines;
  const lineStart = (index: LineIndex, offset: number) => index.lineStarts[lineOf(index, offset)] === offset;
  const after = lineStart(lines, edit.newEnd) && lineStart(old, edit.oldEnd) ? edit.newEnd : edit.newEnd >= lines.length ? Infinity : lineStartAfter(lines, edit.newEnd);
  const lineShift = lines.lineStarts.length - old.lineStarts.length;
  const diagnostics = new Array<SourcetraceDiagnostic>(count);
  const claims = new Int32Array(count);
  let i = 0;
  // Where the previous diagnostics of the last moved run ended: new findings are looked for among those after it.
  let was = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if ('findings' in run) {
      const next = runs[r + 1];
      const until = next && 'from' in next ? next.from : prev.diagnostics.length;
      for (const f of run.findings) {
        const d = toDiagnostic(f, lines);
        // A finding of a paragraph analysed again that is described as before keeps its diagnostic (wire.ts reuses its bytes).
        const k = sameAs(prev.diagnostics, was, until, d, lineShift);
        if (k.at >= 0) was = k.at + 1;
        diagnostics[i] = k.diagnostic;
        claims[i++] = f.claim;
      }
      continue;
    }
    was = run.from + run.count;
    const before = run.end < edit.start;
    if (!before && run.start < after) return undefined;
    const same = before || lineShift === 0;
    for (let k = run.from, end = run.from + run.count; k < end; k++) {
      const d = prev.diagnostics[k]!;
      diagnostics[i] = same ? d : onLinesMovedBy(d, lineShift);
      claims[i++] = prev.claims[k]! + run.claimDelta;
    }
  }
  return i === count ? { diagnostics, claims } : undefined;
}

/**
 * The diagnostics of `findings` in the text of `lines`, made from the
 * previous result's where a finding is one of its findings shifted by the
 * change `cover` (in offsets of the new text: before `cover.start` nothing
 * moved, from `cover.newEnd` on the text moved by `newEnd - oldEnd`).
 *
 * The work per finding is a few comparisons, with no position computed: a
 * finding that ends before the change is where it was, line and character;
 * one that starts on a line after the change's last line has the character
 * it had, on its line moved by the number of lines the change added (from
 * the first line break after the change on, the lines are the old ones,
 * shifted). Such a finding, equal to the previous finding in the same place
 * in every field a diagnostic shows (fix edits relative to the finding, or
 * to the end of the text), has the previous diagnostic, or a copy of it on
 * its new lines. Any other finding is converted.
 *
 * The two lists of findings are in the same order but for what changed, so
 * the one in the same place is looked for next to the last one found first,
 * then in a map made when that fails.
 */
function reuse(prev: AnalysisResult, findings: readonly Finding[], lines: LineIndex, cover: CoveringChange): SourcetraceDiagnostic[] {
  const was = prev.analysis.findings;
  const shift = cover.newEnd - cover.oldEnd;
  const from = cover.start;
  const newLength = lines.length;
  const oldLength = prev.lines.length;
  // Positions from `after` on are the old ones, on lines moved by `lineShift`.
  const after = cover.newEnd >= newLength ? Infinity : lineStartAfter(lines, cover.newEnd);
  const lineShift = lines.lineStarts.length - prev.lines.lineStarts.length;
  let byPlace: Map<string, Map<number, number>> | undefined;
  let next = 0;
  /** The index in `was` of the finding of `ruleId` that started at `at`, or -1. */
  const find = (ruleId: string, at: number): number => {
    const o = was[next];
    if (o && o.start === at && o.ruleId === ruleId) return next;
    byPlace ??= places(was);
    return byPlace.get(ruleId)?.get(at) ?? -1;
  };
  return findings.map((f) => {
    const before = f.end < from;
    if (!before && f.start < after) return toDiagnostic(f, lines);
    const delta = before ? 0 : shift;
    const i = find(f.ruleId, f.start - delta);
    if (i < 0) return toDiagnostic(f, lines);
    next = i + 1;
    const o = was[i]!;
    const d = prev.diagnostics[i]!;
    // A finding the engine kept as it was (the same object) in text that did not move is described as it was.
    if (o === f && before) return d;
    if (!shownAlike(f, o, delta, newLength, oldLength)) return toDiagnostic(f, lines);
    return before || lineShift === 0 ? d : onLinesMovedBy(d, lineShift);
  });
}

/** How far {@link sameAs} looks for a previous diagnostic like a new one. */
const LOOK_AHEAD = 32;

/**
 * The previous diagnostic among `list[from, until)` (the first {@link LOOK_AHEAD})
 * that is `d`, or `d` on lines moved by `lineShift` (then a copy of it on the
 * new lines, sharing its data), and its index; else `d` itself and -1.
 */
function sameAs(list: readonly SourcetraceDiagnostic[], from: number, until: number, d: SourcetraceDiagnostic, lineShift: number): { diagnostic: SourcetraceDiagnostic; at: number } {
  const end = Math.min(until, from + LOOK_AHEAD);
  for (let k = from; k < end; k++) {
    const c = list[k]!;
    if (c.code !== d.code || c.message !== d.message || c.severity !== d.severity || !sameData(c.data, d.data)) continue;
    const a = c.range;
    const b = d.range;
    if (a.start.character !== b.start.character || a.end.character !== b.end.character) continue;
    const by = b.start.line - a.start.line;
    if (b.end.line - a.end.line !== by) continue;
    if (by === 0) return { diagnostic: c, at: k };
    if (by === lineShift) return { diagnostic: onLinesMovedBy(c, by), at: k };
  }
  return { diagnostic: d, at: -1 };
}

/** The offset where the first line after the one holding `offset` starts; Infinity on the last line. */
function lineStartAfter(lines: LineIndex, offset: number): number {
  return lines.lineStarts[lineOf(lines, offset) + 1] ?? Infinity;
}

/** A copy of diagnostic `d` on lines `by` lines further down, its data shared (they are relative to it). */
function onLinesMovedBy(d: SourcetraceDiagnostic, by: number): SourcetraceDiagnostic {
  const { start, end } = d.range;
  return { ...d, range: { start: { line: start.line + by, character: start.character }, end: { line: end.line + by, character: end.character } } };
}

/** The indexes of findings by rule, then by start offset. */
function places(findings: readonly Finding[]): Map<string, Map<number, number>> {
  const byRule = new Map<string, Map<number, number>>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    let byStart = byRule.get(f.ruleId);
    if (!byStart) byRule.set(f.ruleId, (byStart = new Map()));
    byStart.set(f.start, i);
  }
  return byRule;
}

/**
 * Counts claims by status, as the code lens and the status bar show them
 * (without assembling the claims or making the findings of an incremental
 * analysis: see `claimStatusCounts` and `findingCount`).
 */
export function countClaims(analysis: Analysis): ClaimCounts {
  const by = claimStatusCounts(analysis);
  return {
    claims: by.A + by.V + by.U,
    attributed: by.A,
    vague: by.V,
    unattributed: by.U,
    findings: findingCount(analysis),
  };
}

/**
 * Longest document checked as you type, in UTF-16 code units (about 300,000
 * words, far beyond any news draft). A longer one is left to the CLI (which
 * checks the 10 MB benchmark draft in about 10 s of CPU): what the server
 * keeps to analyse as you type is the limit. The incremental analyzer keeps
 * about 60 MB per MB of draft, its analysis included, and the diagnostics of
 * every finding about 5 MB more; with this limit lifted, the server had an
 * RSS of about 970 MB once the 10 MB draft's first diagnostics arrived, 90 s
 * after opening it on a loaded machine (docs/performance.md, "The twelfth
 * session's `speed` lane").
 */
export const MAX_LIVE_CHARS = 2_000_000;

/**
 * Why a draft is not analysed as you type, if it is not: `disabled` when
 * `sourcetrace.enable` is off for it, `too-long` over {@link MAX_LIVE_CHARS}.
 * The one test the analyzer, the too-long note and the status share.
 */
export function notCheckedReason(text: string, config: EffectiveConfig): 'disabled' | 'too-long' | undefined {
  if (!config.enabled) return 'disabled';
  return text.length > MAX_LIVE_CHARS ? 'too-long' : undefined;
}

/** Runs the engine on one text: in this thread, or in a worker (see `worker.ts`). */
export type AnalyzeFn = (text: string, config: ResolvedConfig) => Promise<Analysis>;

/** Runs the engine in this thread (tests, and hosts without worker threads). */
export const analyzeInThread: AnalyzeFn = async (text, config) => analyze(text, { config });

/**
 * Milliseconds the incremental analysis runs before it lets the event loop
 * read the connection again. A keystroke's analysis usually fits in one slice;
 * a long one (the first analysis of a long draft) takes many, and a newer
 * version of the document cancels it between two.
 */
export const SLICE_MS = 8;

/**
 * Produces analyses, reusing earlier work where the result is known to be the
 * same. By default each document has an incremental analyzer
 * (engine/incremental.ts) in this thread: after an edit it re-analyses only
 * the paragraphs whose results can change, and its result equals a whole-text
 * analysis. It runs in slices of {@link SLICE_MS}, so the connection is read
 * between them, and stops early when the document moved on. With a `run`
 * function (tests, a custom engine), whole texts are analysed with it instead,
 * cached by text and configuration.
 */
export class DocumentAnalyzer {
  private readonly last = new Map<string, { text: string; key: string; analysis: Analysis }>();
  private readonly incremental = new Map<string, { key: string; analyzer: IncrementalAnalyzer }>();

  constructor(private readonly run?: AnalyzeFn) {}

  /**
   * Analyses `text` for `uri`. Resolves to undefined when `stale()` turned true
   * before the analysis finished (a newer version is on its way).
   */
  async analyze(uri: string, text: string, config: EffectiveConfig, stale: () => boolean = () => false): Promise<Analysis | undefined> {
    if (notCheckedReason(text, config)) {
      this.incremental.delete(uri);
      return emptyAnalysis();
    }
    if (!this.run) return this.analyzeIncrementally(uri, text, config, stale);
    const prev = this.last.get(uri);
    if (prev && prev.text === text && prev.key === config.key) return prev.analysis;
    const analysis = await this.run(text, config.config);
    this.last.set(uri, { text, key: config.key, analysis });
    return analysis;
  }

  private async analyzeIncrementally(uri: string, text: string, config: EffectiveConfig, stale: () => boolean): Promise<Analysis | undefined> {
    let entry = this.incremental.get(uri);
    if (!entry || entry.key !== config.key) {
      entry = { key: config.key, analyzer: createIncrementalAnalyzer({ config: config.config }) };
      this.incremental.set(uri, entry);
    }
    let deadline = performance.now() + SLICE_MS;
    const steps = entry.analyzer.steps(text, () => performance.now() > deadline);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      trace('analysis-slice', uri);
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stale() || this.incremental.get(uri) !== entry) return undefined;
      deadline = performance.now() + SLICE_MS;
    }
  }

  /** Forgets a document. */
  forget(uri: string): void {
    this.last.delete(uri);
    this.incremental.delete(uri);
  }

  /** Forgets every document (after a configuration change, keys differ anyway; this frees memory). */
  clear(): void {
    this.last.clear();
    this.incremental.clear();
  }
}

/** The analysis of a document that is not checked. */
export function emptyAnalysis(): Analysis {
  return { findings: [], sentences: [], claims: [], attributions: [], entities: [], configErrors: [], suppressed: 0 };
}

/** A document as the scheduler needs it: the open-document store provides these. */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** What the scheduler needs from the rest of the server. */
export interface SchedulerHost {
  /** The open document, or undefined once it is closed. */
  document(uri: string): VersionedText | undefined;
  /** The configuration for a document (may pull settings from the client). */
  configFor(uri: string): Promise<EffectiveConfig>;
  /** Called with every result that is current when it finishes. */
  analysed(result: AnalysisResult): void;
  /** Called when analysing a document failed; the engine should never throw, but the server must survive it. */
  failed(uri: string, error: unknown): void;
  /**
   * The changes that made the document's current text from its text at
   * `version`, oldest first, or undefined when they are not known: with them
   * a result reuses the work of the previous one (see {@link makeResult}).
   */
  changesSince?(uri: string, version: number): readonly TextChange[] | undefined;
  /** Called once the result of `version` is kept: older changes will not be asked for again. */
  settled?(uri: string, version: number): void;
  /**
   * Called when the scheduler has nothing left to do: every queued document
   * was analysed and its result handed on, and the messages that came in
   * meanwhile were read (the server collects garbage then: see collector.ts).
   */
  quiet?(): void;
}

interface Waiter {
  version: number;
  resolve(result: AnalysisResult | undefined): void;
}

/** Keeps an up-to-date analysis of every open document, off the request path. */
export class AnalysisScheduler {
  private readonly results = new Map<string, AnalysisResult>();
  private readonly queue = new Set<string>();
  private readonly waiters = new Map<string, Waiter[]>();
  private running = false;
  private readonly analyzer: DocumentAnalyzer;

  /**
   * @param host the rest of the server.
   * @param run how the engine is run; in this thread unless given.
   */
  constructor(
    private readonly host: SchedulerHost,
    run?: AnalyzeFn,
  ) {
    this.analyzer = new DocumentAnalyzer(run);
  }

  /** Queues a document for analysis of its latest version. */
  schedule(uri: string): void {
    // Re-inserting moves the document to the back of the queue: the one the
    // writer is typing in should not wait behind a workspace of others, so it
    // goes first instead.
    this.queue.delete(uri);
    this.queue.add(uri);
    if (!this.running) {
      this.running = true;
      setImmediate(() => void this.work());
    }
  }

  /** Queues every open document, e.g. after a settings change. */
  scheduleAll(uris: Iterable<string>): void {
    for (const uri of uris) this.schedule(uri);
  }

  /** The latest finished result for a document, whatever its version. */
  latest(uri: string): AnalysisResult | undefined {
    return this.results.get(uri);
  }

  /**
   * The result for the document's current version: at once if it is ready,
   * otherwise when it is. Resolves to undefined when the document is closed.
   */
  current(uri: string): Promise<AnalysisResult | undefined> {
    const doc = this.host.document(uri);
    if (!doc) return Promise.resolve(undefined);
    const r = this.results.get(uri);
    if (r && r.version === doc.version) return Promise.resolve(r);
    if (!this.queue.has(uri)) this.schedule(uri);
    return new Promise((resolve) => {
      const list = this.waiters.get(uri) ?? [];
      list.push({ version: doc.version, resolve });
      this.waiters.set(uri, list);
    });
  }

  /** Drops everything known about a closed document and releases its waiters. */
  forget(uri: string): void {
    this.results.delete(uri);
    this.queue.delete(uri);
    this.analyzer.forget(uri);
    for (const w of this.waiters.get(uri) ?? []) w.resolve(undefined);
    this.waiters.delete(uri);
  }

  /**
   * Drops every cached result (the configuration changed): requests wait for
   * the re-analysis instead of being answered with the old configuration.
   */
  invalidate(): void {
    this.analyzer.clear();
    this.results.clear();
  }

  private async work(): Promise<void> {
    try {
      while (this.queue.size > 0) {
        // Take the most recently scheduled document first.
        const uri = [...this.queue].pop()!;
        this.queue.delete(uri);
        await this.analyzeOne(uri);
        // Yield to the event loop between documents so that incoming
        // messages (newer changes, requests, cancellations) are read.
        await new Promise<void>((r) => setImmediate(r));
      }
    } finally {
      this.running = false;
      if (this.queue.size > 0) this.schedule([...this.queue].pop()!);
      else this.host.quiet?.();
    }
  }

  private async analyzeOne(uri: string): Promise<void> {
    const doc = this.host.document(uri);
    if (!doc) return this.forget(uri);
    const version = doc.version;
    let config: EffectiveConfig;
    try {
      config = await this.host.configFor(uri);
    } catch (e) {
      this.host.failed(uri, e);
      for (const w of this.waiters.get(uri) ?? []) w.resolve(undefined);
      this.waiters.delete(uri);
      return;
    }
    // The settings may have been pulled from the client meanwhile; if the
    // document moved on, the newer version is what matters.
    const now = this.host.document(uri);
    if (!now) return this.forget(uri);
    if (now.version !== version) {
      this.queue.add(uri);
      return;
    }
    const text = now.getText();
    // Taken with the text, so that they lead to exactly this version.
    const before = this.results.get(uri);
    const changes = before && this.host.changesSince?.(uri, before.version);
    const stale = () => this.host.document(uri)?.version !== version;
    trace('analysis-start', uri, version);
    let analysis: Analysis | undefined;
    try {
      analysis = await this.analyzer.analyze(uri, text, config, stale);
    } catch (first) {
      // Once more, from scratch: a worker that died is started again on the
      // next call, and an incremental analyzer starts over. An engine that
      // throws on this text throws again, and the draft shows nothing rather
      // than stale findings.
      this.host.failed(uri, first);
      this.analyzer.forget(uri);
      try {
        analysis = await this.analyzer.analyze(uri, text, config, stale);
      } catch (e) {
        this.host.failed(uri, e);
        analysis = emptyAnalysis();
      }
    }
    // Superseded (the newer version is queued), or stopped early for it.
    trace('analysis-end', uri, version);
    if (!analysis) return;
    const after = this.host.document(uri);
    if (!after || after.version !== version) return; // Superseded: the newer version is queued.
    const result = makeResult(uri, version, text, analysis, config, before && changes ? { result: before, changes } : undefined);
    trace('result', uri, version);
    this.results.set(uri, result);
    this.host.settled?.(uri, version);
    const waiting = this.waiters.get(uri) ?? [];
    const still = waiting.filter((w) => w.version > version);
    for (const w of waiting) if (w.version <= version) w.resolve(result);
    if (still.length) this.waiters.set(uri, still);
    else this.waiters.delete(uri);
    this.host.analysed(result);
  }
}
