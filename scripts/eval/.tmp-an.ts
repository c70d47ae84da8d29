import path from 'node:path';
import { findAttributions } from '../../server/src/engine/attribution';
import { defaultConfig } from '../../server/src/engine/config';
import { parseDirectives } from '../../server/src/engine/directives';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';
import { loadPolnear, scorePolnear } from './spans';
const arts = loadPolnear(path.resolve(__dirname, '../../../shared/corpora/polnear'), 'dev');
const kinds = new Map<string, string>();
const s = scorePolnear(arts, 'dev', (text) => { const doc = extractProse(text); const ss = splitSentences(doc); const r = findAttributions(doc, ss, parseDirectives(doc, ss), defaultConfig()); for (const a of r.attributions) kinds.set(a.cue.start+':'+a.cue.end, a.cue.kind + '/' + (a.cue.lemma ?? '')); return r; });
const miss = new Map<string, number>(); const fa = new Map<string, number>();
for (const r of s.perArticle) {
  for (const m of r.cues.missed) { const k = r.article.text.slice(m.start, m.end).toLowerCase(); miss.set(k, (miss.get(k) ?? 0) + 1); }
  for (const m of r.cues.spurious) { const k = kinds.get(m.start+':'+m.end) ?? '?'; fa.set(k, (fa.get(k) ?? 0) + 1); }
}
console.log('MISSES', [...miss].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([k, v]) => `${v} ${k}`).join(' | '));
console.log('FA', [...fa].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${v} ${k}`).join(' | '));
let n = 0;
for (const r of s.perArticle) for (const m of r.cues.spurious) { const k = kinds.get(m.start+':'+m.end) ?? ''; if ((k.endsWith('/say') || k.endsWith('/tell')) && n++ < 40) { const t = r.article.text; console.log((t.slice(Math.max(0,m.start-80), m.start) + '⟦' + t.slice(m.start, m.end) + '⟧' + t.slice(m.end, m.end+30)).replace(/\s+/g,' ')); } }
