/**
 * What the editor shows about each rule beyond a finding's own message: a
 * short name, why an editor cares and how to fix it in general; and the words
 * for claim statuses and source kinds.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClaimStatus, RuleId, SourceKind } from '../engine/types';
import { ruleDocsUrl } from './diagnostics';

/** The editor-facing description of a rule. */
export interface RuleInfo {
  /** A short name for menus: "vague attribution". */
  name: string;
  /** Why an editor or fact-checker cares, in one or two sentences. */
  why: string;
  /** How to fix it, in general terms (the finding's message is specific). */
  fix: string;
}

/** Descriptions of the known rules; unknown ids get {@link ruleInfo}'s fallback. */
const RULES: Record<RuleId, RuleInfo> = {
  'vague-attribution': {
    name: 'vague attribution',
    why: 'A reader cannot check a source nobody can identify ("analysts", "reports", "it is believed"); a vague source lends a claim authority it has not earned.',
    fix: 'Name who said it (a person, an office, a document or publication), or link the source; if nobody can be named, say why.',
  },
  'unattributed-claim': {
    name: 'unattributed claim',
    why: 'The sentence asserts something a reader could challenge (an event, a number, a cause, a judgement) without saying where it comes from.',
    fix: 'Attribute it ("…, according to the ministry"), link or footnote the source, or leave a `<!-- source: … -->` note for the desk.',
  },
  'incomplete-attribution': {
    name: 'incomplete attribution',
    why: 'A placeholder such as `[SOURCE]` or an empty "according to" is a hole that must not reach print.',
    fix: 'Fill in the source the placeholder stands for.',
  },
  'unattributed-quote': {
    name: 'unattributed quote',
    why: 'A quotation with no speaker anywhere in its paragraph cannot be checked against notes or recordings.',
    fix: 'Say who said it (", the minister said") in the same paragraph.',
  },
};

/** The description of a rule; a generic one for rule ids this build does not know. */
export function ruleInfo(ruleId: string): RuleInfo {
  return (
    (RULES as Record<string, RuleInfo>)[ruleId] ?? {
      name: ruleId.replace(/-/g, ' '),
      why: 'An editor will want this checked before publication.',
      fix: 'See the rule documentation.',
    }
  );
}

const localDocs = new Map<string, string | undefined>();

/**
 * The `file:` URI of a rule's documentation shipped beside the server
 * (`docs/rules/<id>.md` in the vsix and in a checkout), when it is there.
 * Works offline and opens in the editor rather than a browser.
 */
export function localRuleDoc(ruleId: string): string | undefined {
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(ruleId)) return undefined;
  if (localDocs.has(ruleId)) return localDocs.get(ruleId);
  let found: string | undefined;
  // dist/server.js → ../docs; server/src/lsp/*.ts (tests) → ../../../docs.
  for (let dir = __dirname, i = 0; i < 4 && !found; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'docs', 'rules', `${ruleId}.md`);
    if (fs.existsSync(candidate)) found = pathToFileURL(candidate).href;
  }
  localDocs.set(ruleId, found);
  return found;
}

/** Where to read about a rule: the shipped page when there is one, the published one otherwise. */
export function ruleDocLink(ruleId: string): string {
  return localRuleDoc(ruleId) ?? ruleDocsUrl(ruleId);
}

/** A claim status in words. */
export const STATUS_NAMES: Record<ClaimStatus, string> = {
  A: 'attributed',
  V: 'vague',
  U: 'unattributed',
  N: 'nothing to attribute',
};

/** A source kind in words. */
export const SOURCE_KIND_NAMES: Record<SourceKind, string> = {
  person: 'person',
  organization: 'organisation',
  document: 'document',
  publication: 'publication',
  link: 'link',
  footnote: 'footnote',
  note: 'source note',
  vague: 'vague source',
  hedge: 'hedge',
  passive: 'agentless passive',
  reaction: 'agentless reaction',
  placeholder: 'placeholder',
  unresolved: 'unresolved reference',
};
