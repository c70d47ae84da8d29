/**
 * A finding's fixes kept packed: one flat array per finding (the recipe)
 * instead of a list of fix objects, each with its list of edit objects, made
 * into `Fix` objects again whenever `finding.fixes` is read.
 *
 * Fixes were most of what an analysis keeps: about 42 of the 141 MB one
 * `analyze()` of the 10 MB benchmark draft kept (55,248 findings, each
 * usually four fixes, each with its edit array and edit objects). The
 * recipe holds the same titles, kinds, offsets and texts as numbers and
 * references to the (pooled) strings in one array; a fix that many findings
 * share (`disableFileFix`) is held as the object it is.
 *
 * `finding.fixes` stays what it was to every reader: an own, enumerable
 * property (an accessor whose getter and setter all findings share, so it
 * costs a finding no field), in the same place among the keys, so a finding
 * reads, spreads, serialises and compares as the plain object it was. Each
 * read makes the fixes anew (equal, not the same objects; the shared fix is
 * the same object); nothing keeps them. Assigning `fixes` makes it a plain
 * data property holding what is assigned, as on any object. The recipe is a non-enumerable symbol-keyed property: neither
 * `JSON.stringify`, spread, `Object.keys` nor structured cloning sees it.
 */
import type { Finding, Fix, TextEdit } from './types';

const KINDS: readonly Fix['kind'][] = ['replace', 'insert', 'remove'];

/** For each fix: its title, a code (kind, `preferred`, number of edits), then `start`, `end`, `newText` per edit; or a shared `Fix` as it is. */
type Recipe = (string | number | Fix)[];

const RECIPE = Symbol('sourcetrace.fixes');

type Packed = Finding & { [RECIPE]?: Recipe };

/** The code of a fix: kind in bits 0–1, `preferred` in bits 2–3 (0 absent, 1 true, 2 false), the number of edits from bit 4. */
function code(fix: Fix): number {
  const pref = fix.preferred === undefined ? 0 : fix.preferred ? 1 : 2;
  return KINDS.indexOf(fix.kind) | (pref << 2) | (fix.edits.length << 4);
}

/** Packs `fixes`; `text` gives the string to keep for a title or an inserted text, `shared` says which fixes to keep as they are. */
function pack(fixes: readonly Fix[], text: (s: string) => string, shared: (fix: Fix) => boolean): Recipe {
  // Sized first: an array grown by `push` keeps spare room, about a fifth of a finding's recipe.
  let n = 0;
  for (const fix of fixes) n += shared(fix) || KINDS.indexOf(fix.kind) < 0 ? 1 : 2 + 3 * fix.edits.length;
  const out: Recipe = new Array<string | number | Fix>(n);
  let i = 0;
  for (const fix of fixes) {
    if (shared(fix) || KINDS.indexOf(fix.kind) < 0) {
      out[i++] = fix;
      continue;
    }
    out[i++] = text(fix.title);
    out[i++] = code(fix);
    for (const e of fix.edits) {
      out[i++] = e.start;
      out[i++] = e.end;
      out[i++] = text(e.newText);
    }
  }
  return out;
}

function unpack(r: Recipe): Fix[] {
  const fixes: Fix[] = [];
  for (let i = 0; i < r.length; ) {
    const head = r[i]!;
    if (typeof head !== 'string') {
      fixes.push(head as Fix);
      i++;
      continue;
    }
    const c = r[i + 1] as number;
    const n = c >>> 4;
    const edits: TextEdit[] = [];
    i += 2;
    for (let k = 0; k < n; k++, i += 3) edits.push({ start: r[i] as number, end: r[i + 1] as number, newText: r[i + 2] as string });
    const pref = (c >>> 2) & 3;
    const fix: Fix = { title: head, kind: KINDS[c & 3]!, edits };
    if (pref !== 0) fix.preferred = pref === 1;
    fixes.push(fix);
  }
  return fixes;
}

const same = (s: string): string => s;
const never = (): boolean => false;

/** The accessor every packed finding has for `fixes` (one getter and setter for all, so V8 keeps it in the findings' shared map). */
const FIXES: PropertyDescriptor = {
  get(this: Packed): Fix[] {
    return unpack(this[RECIPE]!);
  },
  set(this: Packed, value: Fix[]) {
    delete this[RECIPE];
    Object.defineProperty(this, 'fixes', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
};

/**
 * A finding with these fields whose `fixes` are kept packed (see above).
 * `text` gives the string to keep for each title and inserted text (a pool's
 * equal one), and `shared` tells the fixes kept as they are.
 */
export function packedFinding(fields: Omit<Finding, 'fixes'>, fixes: readonly Fix[], text: (s: string) => string = same, shared: (fix: Fix) => boolean = never): Finding {
  return withRecipe(fields, pack(fixes, text, shared));
}

function withRecipe(fields: Omit<Finding, 'fixes'>, recipe: Recipe): Finding {
  const f = {
    start: fields.start,
    end: fields.end,
    ruleId: fields.ruleId,
    message: fields.message,
    severity: fields.severity,
    confidence: fields.confidence,
    claim: fields.claim,
  } as Packed;
  Object.defineProperty(f, RECIPE, { value: recipe, writable: true, configurable: true });
  Object.defineProperty(f, 'fixes', FIXES);
  return f;
}

/** The recipe of a packed finding (undefined once `fixes` was assigned). */
function recipeOf(f: Finding): Recipe | undefined {
  return (f as Packed)[RECIPE];
}

/**
 * Calls `fn` with every edit of the finding's fixes, in order, without
 * making the fixes of a packed finding; stops and returns true when `fn`
 * does.
 */
export function someEdit(f: Finding, fn: (start: number, end: number, newText: string) => boolean): boolean {
  const r = recipeOf(f);
  if (!r) return f.fixes.some((fx) => fx.edits.some((e) => fn(e.start, e.end, e.newText)));
  for (let i = 0; i < r.length; ) {
    const head = r[i]!;
    if (typeof head !== 'string') {
      if ((head as Fix).edits.some((e) => fn(e.start, e.end, e.newText))) return true;
      i++;
      continue;
    }
    const n = (r[i + 1] as number) >>> 4;
    i += 2;
    for (let k = 0; k < n; k++, i += 3) if (fn(r[i] as number, r[i + 1] as number, r[i + 2] as string)) return true;
  }
  return false;
}

/**
 * The finding moved: `start`, `end` and `claim` as given, and every edit of
 * its fixes given by `move` (which returns the edit's new offsets, or
 * undefined to keep it where it is). The finding itself when nothing moves.
 * A packed finding gives a packed one; its shared fixes are kept as they are
 * (so `move` must keep their edits).
 */
export function movedFinding(f: Finding, start: number, end: number, claim: number, move: (e: TextEdit) => TextEdit | undefined): Finding {
  const r = recipeOf(f);
  if (!r) {
    // A finding made otherwise: what does not move is kept, down to the fix and the edit.
    let fixes = f.fixes;
    for (let i = 0; i < f.fixes.length; i++) {
      const fx = f.fixes[i]!;
      let edits = fx.edits;
      for (let j = 0; j < fx.edits.length; j++) {
        const e = fx.edits[j]!;
        const moved = move(e);
        if (!moved || (moved.start === e.start && moved.end === e.end)) continue;
        if (edits === fx.edits) edits = [...fx.edits];
        edits[j] = moved;
      }
      if (edits === fx.edits) continue;
      if (fixes === f.fixes) fixes = [...f.fixes];
      fixes[i] = { ...fx, edits };
    }
    return start === f.start && end === f.end && claim === f.claim && fixes === f.fixes ? f : { ...f, start, end, claim, fixes };
  }
  let out = r;
  for (let i = 0; i < r.length; ) {
    const head = r[i]!;
    if (typeof head !== 'string') {
      i++;
      continue;
    }
    const n = (r[i + 1] as number) >>> 4;
    i += 2;
    for (let k = 0; k < n; k++, i += 3) {
      const e: TextEdit = { start: r[i] as number, end: r[i + 1] as number, newText: r[i + 2] as string };
      const moved = move(e);
      if (!moved || (moved.start === e.start && moved.end === e.end)) continue;
      if (out === r) out = r.slice();
      out[i] = moved.start;
      out[i + 1] = moved.end;
    }
  }
  if (start === f.start && end === f.end && claim === f.claim && out === r) return f;
  return withRecipe({ start, end, ruleId: f.ruleId, message: f.message, severity: f.severity, confidence: f.confidence, claim }, out);
}

/**
 * Compares the fixes of two packed findings without making them: true when
 * they have the same titles, kinds, preferred flags and numbers of edits in
 * the same order, and edits with the same new texts in places `samePlace`
 * finds alike, the edits of fixes whose title `unseen` accepts not compared.
 * Undefined when either finding's fixes are not packed (compare `fixes`
 * then). A fix kept as it is on one side only is told apart (false), which
 * only costs a caller that reuses on true its shortcut.
 */
export function packedFixesAlike(
  f: Finding,
  o: Finding,
  samePlace: (pStart: number, pEnd: number, qStart: number, qEnd: number) => boolean,
  unseen: (title: string) => boolean,
): boolean | undefined {
  const a = recipeOf(f);
  const b = recipeOf(o);
  if (!a || !b) return undefined;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (typeof x === 'string' && typeof y === 'string') {
      const c = a[i + 1] as number;
      if (x !== y || c !== b[j + 1]) return false;
      const n = c >>> 4;
      i += 2;
      j += 2;
      if (!unseen(x)) for (let k = 0; k < n; k++) if (a[i + 3 * k + 2] !== b[j + 3 * k + 2] || !samePlace(a[i + 3 * k] as number, a[i + 3 * k + 1] as number, b[j + 3 * k] as number, b[j + 3 * k + 1] as number)) return false;
      i += 3 * n;
      j += 3 * n;
      continue;
    }
    if (typeof x === 'string' || typeof y === 'string') return false;
    const p = x as Fix;
    const q = y as Fix;
    if (p.title !== q.title || p.kind !== q.kind || p.preferred !== q.preferred || p.edits.length !== q.edits.length) return false;
    if (!unseen(p.title)) for (let k = 0; k < p.edits.length; k++) if (p.edits[k]!.newText !== q.edits[k]!.newText || !samePlace(p.edits[k]!.start, p.edits[k]!.end, q.edits[k]!.start, q.edits[k]!.end)) return false;
    i++;
    j++;
  }
  return i === a.length && j === b.length;
}
