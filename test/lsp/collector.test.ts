/**
 * The young-generation collector the bundled server runs between keystrokes
 * (server/src/lsp/collector.ts): when it decides to collect (room left in the
 * young generation against what recent busy spells allocated), that it
 * counts and traces what it did, and that this Node gives it a working minor
 * collection. Figures are given to the planner, never timed.
 */
import { describe, expect, it } from 'vitest';
import { CollectionPlanner, minorCollection, YoungCollector, youngSpace, type YoungSpace } from '../../server/src/lsp/collector';
import { TestClient } from './client';

const MB = 1024 * 1024;

describe('CollectionPlanner', () => {
  it('does not collect before it has seen a busy spell', () => {
    const p = new CollectionPlanner();
    expect(p.due({ used: 7 * MB, available: 1 * MB })).toBe(false);
  });

  it('collects when the next spell like the largest recent one would reach the point where V8 scavenges of its own accord', () => {
    const p = new CollectionPlanner();
    // Capacity 16 MB: V8 schedules a scavenge at 80 %, so the room is what is available less 3.2 MB.
    expect(p.due({ used: 1 * MB, available: 15 * MB })).toBe(false);
    // A spell of 2 MB; room 13 - 3.2 = 9.8 MB: no.
    expect(p.due({ used: 3 * MB, available: 13 * MB })).toBe(false);
    // Another of 2 MB; room 11 - 3.2 = 7.8 MB: no.
    expect(p.due({ used: 5 * MB, available: 11 * MB })).toBe(false);
    // A spell of 5 MB; room 6 - 3.2 = 2.8 MB < 1.25 × 5 MB: yes.
    expect(p.due({ used: 10 * MB, available: 6 * MB })).toBe(true);
  });

  it('does not count a spell during which V8 scavenged, and measures the spell after a collection from the use it left', () => {
    // Capacity 8 MB: V8 schedules a scavenge at 80 %, so 1.6 MB of what is available is no room.
    const p = new CollectionPlanner();
    expect(p.due({ used: 4 * MB, available: 4 * MB })).toBe(false);
    // Use fell: V8 scavenged during the spell, whose allocation is unknown; no spell is known yet.
    expect(p.due({ used: 2 * MB, available: 6 * MB })).toBe(false);
    // A spell of 1 MB; room 5 - 1.6 = 3.4 MB.
    expect(p.due({ used: 3 * MB, available: 5 * MB })).toBe(false);
    p.collected({ used: 0, available: 8 * MB });
    // Measured from the collection, the spell is 3.5 MB (not 0.5): room 4.5 - 1.6 = 2.9 MB < 1.25 × 3.5 MB.
    expect(p.due({ used: 3.5 * MB, available: 4.5 * MB })).toBe(true);
  });

  it('forgets spells older than the last eight', () => {
    const p = new CollectionPlanner();
    let used = 0;
    const at = (u: number): YoungSpace => ({ used: u, available: 16 * MB - u });
    p.due(at(used));
    // One large spell, then eight small ones.
    used += 6 * MB;
    p.due(at(used));
    for (let i = 0; i < 8; i++) {
      used += 0.25 * MB;
      p.due(at(used));
    }
    // Used 8 MB of 16: room 8 - 3.2 = 4.8 MB, enough for 1.25 × 0.25 MB once the 6 MB spell is forgotten.
    expect(p.due(at(used))).toBe(false);
  });
});

describe('YoungCollector', () => {
  it('collects at a quiet point only when due, and counts both', () => {
    let space: YoungSpace = { used: 1 * MB, available: 15 * MB };
    let collections = 0;
    const c = new YoungCollector(
      () => {
        collections++;
        space = { used: 0.25 * MB, available: 15.75 * MB };
      },
      () => space,
    );
    c.quiet();
    space = { used: 3 * MB, available: 13 * MB };
    c.quiet();
    expect(collections).toBe(0);
    space = { used: 12 * MB, available: 4 * MB };
    c.quiet();
    expect(collections).toBe(1);
    expect(c.counts).toEqual({ quiet: 3, collected: 1 });
  });
});

describe('minorCollection', () => {
  it('is available on this Node and empties the young generation of garbage', () => {
    const collect = minorCollection();
    expect(collect).toBeTypeOf('function');
    let garbage: unknown[] | undefined = [];
    for (let i = 0; i < 20_000; i++) garbage.push({ i, text: `item ${i}` });
    const before = youngSpace().used;
    garbage = undefined;
    collect!();
    expect(garbage).toBeUndefined();
    expect(youngSpace().used).toBeLessThan(before);
  });
});

describe('the server’s quiet points', () => {
  it('come once the diagnostics a change asked for are out and nothing is queued', async () => {
    const events: string[] = [];
    const client = await TestClient.inProcess({ server: { typingHoldMs: 0, quiet: () => events.push('quiet') } });
    try {
      const uri = 'file:///quiet.md';
      await client.open(uri, 'Officials said the plan would fail.\n\nIt will cost more, according to reports.\n');
      await client.diagnostics(uri);
      // The quiet point follows the publish in a later turn of the event loop.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const afterOpen = events.length;
      expect(afterOpen).toBeGreaterThan(0);
      await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
      await client.diagnostics(uri);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events.length).toBeGreaterThan(afterOpen);
    } finally {
      await client.dispose();
    }
  });
});
