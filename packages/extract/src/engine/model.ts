import { z } from 'zod';
import { loadDataFile } from '../data-file.js';

/**
 * The learned part of the engine: a logistic regression over the candidates' features that says which
 * candidates are events. `pnpm train` fits it on the dev sets and writes `data/model/event-model.json`;
 * the package reads the committed file, so users need no training data.
 */
export const modelFileSchema = z.object({
  description: z.string(),
  trained_on: z.array(z.string()),
  trained_at: z.string(),
  /** Candidates scored at or above this are events. */
  threshold: z.number().min(0).max(1),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  /**
   * Platt scaling of the weights' score, fitted on cross-validated scores, so that a confidence of 0.8
   * is right about 80% of the time. Defaults to none.
   */
  calibration: z.object({ scale: z.number(), shift: z.number() }).default({ scale: 1, shift: 0 }),
});
export type EventModel = z.infer<typeof modelFileSchema>;

let cached: EventModel | undefined;

export function getEventModel(): EventModel {
  cached ??= loadDataFile('model/event-model.json', modelFileSchema);
  return cached;
}

/** Pairs of features are crossed with the event type, so a cue can weigh differently for each type. */
export function expandFeatures(type: string, features: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of features) {
    out.push(f);
    if (!f.startsWith('type:')) out.push(`${type}|${f}`);
  }
  return out;
}

/** The weights' score of a candidate, before calibration. */
export function logit(model: Pick<EventModel, 'bias' | 'weights'>, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return z;
}

export type Calibration = EventModel['calibration'];

/** The probability that a candidate is an event: its calibrated score. */
export function score(
  model: Pick<EventModel, 'bias' | 'weights'> & { calibration?: Calibration },
  features: readonly string[],
): number {
  const { scale, shift } = model.calibration ?? { scale: 1, shift: 0 };
  return 1 / (1 + Math.exp(-(scale * logit(model, features) + shift)));
}

/** Fits Platt scaling (a one-feature logistic regression on the score) by Newton's method. */
export function fitCalibration(points: readonly { z: number; label: 0 | 1 }[]): Calibration {
  let scale = 1;
  let shift = 0;
  for (let step = 0; step < 50; step++) {
    let gScale = 0;
    let gShift = 0;
    let hss = 1e-6;
    let hsb = 0;
    let hbb = 1e-6;
    for (const { z, label } of points) {
      const p = 1 / (1 + Math.exp(-(scale * z + shift)));
      const w = p * (1 - p);
      gScale += (p - label) * z;
      gShift += p - label;
      hss += w * z * z;
      hsb += w * z;
      hbb += w;
    }
    const det = hss * hbb - hsb * hsb;
    if (Math.abs(det) < 1e-12) break;
    const dScale = (hbb * gScale - hsb * gShift) / det;
    const dShift = (hss * gShift - hsb * gScale) / det;
    scale -= dScale;
    shift -= dShift;
    if (Math.abs(dScale) + Math.abs(dShift) < 1e-9) break;
  }
  return { scale: Math.round(scale * 10000) / 10000, shift: Math.round(shift * 10000) / 10000 };
}

export interface TrainingExample {
  features: string[];
  label: 0 | 1;
}

/** Fits a logistic regression with L2 regularisation by batch gradient descent (Adam). */
export function trainLogistic(
  examples: readonly TrainingExample[],
  { epochs = 300, l2 = 0.01, learningRate = 0.05 } = {},
): Pick<EventModel, 'bias' | 'weights'> {
  const index = new Map<string, number>();
  for (const e of examples) for (const f of e.features) if (!index.has(f)) index.set(f, index.size);
  const n = index.size + 1;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const rows = examples.map((e) => ({
    ids: [...new Set(e.features.map((f) => index.get(f) as number))],
    y: e.label,
  }));
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const grad = new Float64Array(n);
    for (const { ids, y } of rows) {
      let z = w[n - 1] as number;
      for (const i of ids) z += w[i] as number;
      const p = 1 / (1 + Math.exp(-z));
      const g = p - y;
      for (const i of ids) grad[i] = (grad[i] as number) + g;
      grad[n - 1] = (grad[n - 1] as number) + g;
    }
    for (let i = 0; i < n; i++) {
      const gi = (grad[i] as number) / rows.length + (i === n - 1 ? 0 : l2 * (w[i] as number));
      m[i] = beta1 * (m[i] as number) + (1 - beta1) * gi;
      v[i] = beta2 * (v[i] as number) + (1 - beta2) * gi * gi;
      const mHat = (m[i] as number) / (1 - beta1 ** epoch);
      const vHat = (v[i] as number) / (1 - beta2 ** epoch);
      w[i] = (w[i] as number) - (learningRate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of index) {
    const value = w[i] as number;
    if (Math.abs(value) >= 1e-4) weights[f] = Math.round(value * 10000) / 10000;
  }
  return { bias: Math.round((w[n - 1] as number) * 10000) / 10000, weights };
}
