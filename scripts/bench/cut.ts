/**
 * Would cutting a draft in two pay? Analyses the first half of a draft's
 * blocks, then the second half from an empty discourse state with what each
 * block reads of the state noted (`StateAccess`), and counts the blocks of
 * the second half that read something the first half had set: a name key, a
 * head or run-cache entry, the list of recent persons, the last thing or
 * group. After a stitch, the incremental analyzer would analyse all those
 * again (and whatever they change in turn), on one thread.
 *
 *   npx tsx scripts/bench/cut.ts .bench/drafts/draft-10MB-s20261127-v1.md
 *
 * docs/performance.md ("One large draft on two threads") gives the figures.
 */
import { readFileSync } from 'node:fs';
import { analyzeBlock, blockInput, blockShares, DiscourseState } from '../../server/src/engine/attribution';
import type { StateAccess } from '../../server/src/engine/attribution/discourse';
import { buildLexicon } from '../../server/src/engine/lexicon';
import { prepare } from '../../server/src/engine/prepare';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx scripts/bench/cut.ts DRAFT');
  process.exit(2);
}
const p = prepare(readFileSync(file, 'utf8'), undefined);
const shares = blockShares(p.doc, p.sentences, p.directives);
const lex = buildLexicon(p.config);
const n = p.doc.blocks.length;
const mid = Math.floor(n / 2);

/** Analyses blocks `from` to `to` on `state`, noting what each reads. */
function run(from: number, to: number, state: DiscourseState): StateAccess[] {
  const accesses: StateAccess[] = [];
  for (let bi = from; bi < to; bi++) {
    const access: StateAccess = { keys: new Set(), recentDepth: 0 };
    state.access = access;
    if (shares.blocks[bi]!.sentences.to > shares.blocks[bi]!.sentences.from) analyzeBlock(blockInput(p.doc, p.sentences, shares, bi), state, lex);
    state.access = undefined;
    accesses.push(access);
  }
  return accesses;
}

const first = new DiscourseState();
run(0, mid, first);
let keys = 0;
let recent = 0;
let last = 0;
let any = 0;
for (const a of run(mid, n, new DiscourseState())) {
  const key = [...a.keys].some((tagged) => {
    const name = tagged.slice(2);
    const tag = tagged.slice(0, 2);
    return (tag === 'k:' ? first.byKey : tag === 'h:' ? first.byHead : first.runCache).has(name);
  });
  const persons = a.recentDepth > 0 && first.recentIds.length > 0;
  const thing = a.lastThing === 'read' || a.lastGroup === 'read';
  keys += key ? 1 : 0;
  recent += persons ? 1 : 0;
  last += thing ? 1 : 0;
  any += key || persons || thing ? 1 : 0;
}
const pct = (x: number) => `${((100 * x) / (n - mid)).toFixed(0)} %`;
console.log(`${n} blocks; of the ${n - mid} after the middle, read what the first half set: ${any} (${pct(any)}); a name key ${keys}, the recent persons ${recent}, the last thing or group ${last}`);
