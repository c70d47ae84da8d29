/**
 * The build's table of literal prefilters (`engine/prefilter.ts`): the
 * prefilter of every pattern the word lists of `engine/classify/words.ts`
 * export, read once at build time by `scripts/build.mjs` and carried by the
 * server and CLI bundles, so that a cold start does not read them again.
 * Lists added to `words.ts` are picked up by the next build.
 */
import * as words from './engine/classify/words';
import { prefilterKey, readPrefilter } from './engine/prefilter';

/** Every pattern `words.ts` exports, alone or in a list, by `prefilterKey`: its prefilter, or 0 for none. */
export function prefilterTable(): Record<string, readonly string[] | 0> {
  const table: Record<string, readonly string[] | 0> = {};
  for (const value of Object.values(words) as unknown[]) {
    const patterns = Array.isArray(value) ? value.filter((v): v is RegExp => v instanceof RegExp) : value instanceof RegExp ? [value] : [];
    for (const re of patterns) table[prefilterKey(re)] = readPrefilter(re) ?? 0;
  }
  return table;
}
