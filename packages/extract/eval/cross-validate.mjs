// K-fold cross-validation of the event model on the dev gold sets: for each fold, the model is trained
// on the other folds' articles and decides the fold's candidates, so no article is scored by a model
// that saw it. Used by `pnpm train` (to pick the threshold) and `pnpm eval` (the reported figures).
import {
  articleCandidates,
  decideEvents,
  expandFeatures,
  fitCalibration,
  trainLogistic,
} from '../dist/index.js';
import { citesEvidence, foldOf, keyMatch, labelOf } from './gold.mjs';

export const FOLDS = 5;
export const TRAINING = { epochs: 1000, l2: 0.016, learningRate: 0.05 };

/** Candidates of each article, computed once. */
export function withCandidates(articles) {
  return articles.map((a) => ({
    ...a,
    candidates: articleCandidates({
      text: a.article.text,
      title: a.article.title,
      published: a.gold.published ?? null,
    }),
  }));
}

export function examplesOf(articles) {
  return articles.flatMap((a) =>
    a.candidates.map((c) => ({
      features: expandFeatures(c.type, c.features),
      label: labelOf(c, a.gold.events ?? []),
    })),
  );
}

/** Held-out predictions for every article: Map article → model trained without its fold. */
export function crossValidatedModels(
  articles,
  k = FOLDS,
  alwaysTrainOn = [],
  seed = null,
  training = TRAINING,
) {
  const folds = foldOf(articles, k, seed);
  const models = [];
  for (let fold = 0; fold < k; fold++) {
    models.push(
      trainLogistic(
        examplesOf([...articles.filter((a) => folds.get(a) !== fold), ...alwaysTrainOn]),
        training,
      ),
    );
  }
  return (article) => models[folds.get(article)];
}

/** The lowest confidence an event is calibrated from: below it, events are too few and too wrong to matter. */
const CALIBRATION_FLOOR = 0.2;

/**
 * Each event's score under the model that did not see its article, with whether the event is right
 * (strict: a gold event with its key slots and its cited sentence), so that confidence is calibrated on
 * what an analyst sees: events, not candidates.
 */
export function heldOutScores(articles, modelOf) {
  return articles.map((a) => {
    const golds = [...(a.gold.events ?? [])];
    const model = { ...modelOf(a), calibration: undefined, threshold: CALIBRATION_FLOOR };
    return decideEvents(a.candidates, { model }).map((e) => {
      const at = golds.findIndex((g) => keyMatch(g, e) && citesEvidence(g, e.citation.quote));
      if (at >= 0) golds.splice(at, 1);
      const p = Math.min(Math.max(e.confidence, 0.001), 0.999);
      return { z: Math.log(p / (1 - p)), label: at >= 0 ? 1 : 0 };
    });
  });
}

/**
 * Adds Platt scaling to each fold's model, fitted on the held-out scores of the other folds' articles, so
 * that an article's confidence is calibrated without its own labels.
 */
export function withCalibration(articles, modelOf, k = FOLDS, seed = null) {
  const folds = foldOf(articles, k, seed);
  const scores = heldOutScores(articles, modelOf);
  const calibrations = Array.from({ length: k }, (_, fold) =>
    fitCalibration(articles.flatMap((a, i) => (folds.get(a) === fold ? [] : scores[i]))),
  );
  return (article) => ({ ...modelOf(article), calibration: calibrations[folds.get(article)] });
}

export function predict(articles, modelOf, threshold) {
  return articles.map((a) => ({
    input: a.input,
    events: decideEvents(a.candidates, { model: { ...modelOf(a), threshold } }),
  }));
}
