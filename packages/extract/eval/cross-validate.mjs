// K-fold cross-validation of the event model on the dev gold sets: for each fold, the model is trained
// on the other folds' articles and decides the fold's candidates, so no article is scored by a model
// that saw it. Used by `pnpm train` (to pick the threshold) and `pnpm eval` (the reported figures).
import { articleCandidates, decideEvents, expandFeatures, trainLogistic } from '../dist/index.js';
import { foldOf, labelOf } from './gold.mjs';

export const FOLDS = 5;
export const TRAINING = { epochs: 300, l2: 0.01, learningRate: 0.05 };

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
export function crossValidatedModels(articles, k = FOLDS, alwaysTrainOn = []) {
  const folds = foldOf(articles, k);
  const models = [];
  for (let fold = 0; fold < k; fold++) {
    const training = [...articles.filter((a) => folds.get(a) !== fold), ...alwaysTrainOn];
    models.push(trainLogistic(examplesOf(training), TRAINING));
  }
  return (article) => models[folds.get(article)];
}

export function predict(articles, modelOf, threshold) {
  return articles.map((a) => ({
    input: a.input,
    events: decideEvents(a.candidates, { model: { ...modelOf(a), threshold } }),
  }));
}
