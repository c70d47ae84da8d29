/**
 * The genre model (see genre.ts), written by
 * `npx tsx scripts/train/genre.ts --l2 0.01`.
 * Do not edit by hand: rerun the script.
 *
 * Provenance: the 140 articles of eval/polnear-train (PolNeAR v1.0.0 train split,
 * ../shared/corpora/polnear; Newell, Margolin & Ruths, LREC 2018) with the
 * genres of eval/polnear-train/set.json, opinion against the rest. A
 * logistic regression (L2 0.01, 5000 full-batch iterations) over the
 * scaled rates of GENRE_FEATURES (the reading adds the voice guard of genreOf()). Train: opinion read as opinion 38/49, other articles read as opinion 3/91;
 * eval/polnear-dev (not trained on): opinion read as opinion 6/6, other articles read as opinion 2/37.
 * Only feature names and numbers: no corpus text.
 */
import type { GenreModel } from './genre';

/** The shipped genre model. */
export const GENRE_MODEL: GenreModel = {"features":["first-singular","first-plural","second-person","reporting","question","modal","stance","weekday","wire","exclamation","quoted"],"mean":[0,0,0,0,0,0,0,0,0,0,0],"sd":[0.116,0.0821,0.0549,0.189,0.0385,0.0434,0.0305,0.0915,0.0593,0.0069,0.1318],"weights":[0.2728,0.424,-0.0991,-1.5686,0.2298,0.5024,1.2321,-0.8111,-1.2917,0.5847,0.078],"bias":0.0741,"clip":4};
