/**
 * What classification records about each claim beyond the `Claim` contract,
 * for the rules to report and fix.
 */
import type { Span } from '../types';
import type { AssertionKind } from './words';

/** Where a source is left to fill in. */
export type PlaceholderKind =
  /** A placeholder token such as "[SOURCE]", "[SPEAKER]" or "[who?]". */
  | 'token'
  /** "according to" followed by nothing identifiable. */
  | 'empty-according-to'
  /** A speech verb whose speaker slot is empty (", said."). */
  | 'empty-cue'
  /** A `<!-- source: -->` note with nothing (or a placeholder) in it. */
  | 'empty-note'
  /** A footnote reference whose definition is missing, empty or a placeholder. */
  | 'empty-footnote';

/** A source slot left unfilled. */
export interface Placeholder extends Span {
  kind: PlaceholderKind;
  /** The text of the slot as written, e.g. "[SOURCE]" or "according to". */
  text: string;
}

/** Classification details of one claim, parallel to `Traced.claims`. */
export interface ClaimDetail {
  /** The kinds of claim the sentence (or its uncovered clause) makes; empty for A and N, and for V without `clause`. */
  kinds: AssertionKind[];
  /**
   * For U because of a second main clause: that clause (trimmed). For V: a
   * main clause that has no source at all, not even the vague one.
   */
  clause?: Span;
  /** Further main clauses with no source after `clause`, each reported as well (trimmed). */
  otherClauses?: Span[];
  /** For V: indexes into the attributions of every vague attribution that decides it. */
  vague: number[];
  /** Source slots left to fill in this sentence. */
  placeholders: Placeholder[];
  /** True when the claim's only sources are placeholders: reported as incomplete, not unattributed. */
  pending: boolean;
  /** Index into `Traced.quotes` of the quotation with no speaker that this sentence is part of. */
  speakerlessQuote?: number;
  /** For sentences inside a multi-sentence quotation: the sentence that names the speaker. */
  quotedFrom?: number;
}
