// PLACEHOLDER (replaced by the prose stage): the whole text is one paragraph.
import type { ProseDocument } from './types';

/** Builds the prose view of a Markdown document. */
export function extractProse(source: string): ProseDocument {
  return {
    source,
    prose: source,
    blocks: source.length ? [{ index: 0, start: 0, end: source.length, kind: 'paragraph', level: 0, quoteDepth: 0, inList: false }] : [],
    links: [],
    footnoteRefs: [],
    footnoteDefs: [],
    comments: [],
  };
}
