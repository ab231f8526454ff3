/**
 * A small text classifier: TF-IDF weighted features (features.ts) and multinomial Naive Bayes.
 * Pure and deterministic; trains in one pass over the examples, so it can be built at hub start.
 */
import { featureCounts } from './features.js';

export interface Example {
  readonly text: string;
  readonly label: string;
}

export interface Prediction {
  /** Labels by probability, most likely first; the probabilities sum to 1. */
  readonly ranked: readonly { label: string; p: number }[];
}

export interface TextClassifier {
  readonly labels: readonly string[];
  predict(text: string): Prediction;
}

export interface TrainingOptions {
  /** Additive smoothing of the per-class feature weights. */
  alpha?: number;
  /**
   * Divides the log-likelihoods before the softmax: Naive Bayes counts correlated n-grams as
   * independent evidence, which makes its raw probabilities far too sure.
   */
  temperature?: number;
}

/** Log-scaled term frequency times inverse document frequency, L2-normalised per text. */
function tfidf(counts: ReadonlyMap<string, number>, idf: (f: string) => number): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [f, n] of counts) {
    const w = (1 + Math.log(n)) * idf(f);
    if (w <= 0) continue;
    v.set(f, w);
    norm += w * w;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [f, w] of v) v.set(f, w * scale);
  return v;
}

export function trainClassifier(examples: readonly Example[], options: TrainingOptions = {}): TextClassifier {
  const alpha = options.alpha ?? 0.1;
  const temperature = options.temperature ?? 1;
  if (examples.length === 0) throw new Error('a classifier needs at least one training example');
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  // Each feature is numbered once; the counting that follows runs over typed arrays (string-keyed
  // maps per feature and per example were most of the training time).
  const featureId = new Map<string, number>();
  const counted = examples.map((e) => {
    const counts = featureCounts(e.text);
    const features = new Int32Array(counts.size);
    const tf = new Float64Array(counts.size);
    let i = 0;
    for (const [f, k] of counts) {
      let id = featureId.get(f);
      if (id === undefined) featureId.set(f, (id = featureId.size));
      features[i] = id;
      tf[i++] = 1 + Math.log(k);
    }
    return { features, tf, label: labelIndex.get(e.label)! };
  });

  const n = counted.length;
  const df = new Int32Array(featureId.size);
  for (const { features } of counted) for (const id of features) df[id]!++;
  const idfById = Float64Array.from(df, (d) => Math.log((n + 1) / (d + 1)) + 1);
  const idf = (f: string) => {
    const id = featureId.get(f);
    return id === undefined ? 0 : idfById[id]!;
  };

  // Weight of each feature in each class (a flat row of the labels per feature), and each class's
  // total. The weights are tfidf() of each example: every one is positive (idf ≥ 1, 1 + log n ≥ 1).
  const weights = new Float64Array(featureId.size * labels.length);
  const totals = new Float64Array(labels.length);
  for (const { features, tf, label } of counted) {
    let norm = 0;
    for (let i = 0; i < features.length; i++) {
      const w = tf[i]! * idfById[features[i]!]!;
      norm += w * w;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < features.length; i++) {
      const w = tf[i]! * idfById[features[i]!]! * scale;
      weights[features[i]! * labels.length + label]! += w;
      totals[label]! += w;
    }
  }
  const vocabulary = featureId.size;
  const logDenominator = totals.map((t) => Math.log(t + alpha * vocabulary));
  // Log-likelihoods are taken when a question uses the feature, not for the whole vocabulary at
  // training: a question has tens of features, the vocabulary thousands (training < 200 ms).
  return {
    labels,
    predict(text) {
      // Uniform prior: how often a kind of question appears in the training phrases says nothing
      // about how often citizens ask it. Features never seen in training are left out.
      const scores = new Float64Array(labels.length);
      for (const [f, x] of tfidf(featureCounts(text), idf)) {
        const id = featureId.get(f);
        if (id === undefined) continue;
        const at = id * labels.length;
        for (let c = 0; c < labels.length; c++)
          scores[c]! += x * (Math.log(weights[at + c]! + alpha) - logDenominator[c]!);
      }
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp((s - max) / temperature));
      const sum = exp.reduce((a, b) => a + b, 0);
      const ranked = labels
        .map((label, c) => ({ label, p: exp[c]! / sum }))
        .sort((a, b) => b.p - a.p || a.label.localeCompare(b.label));
      return { ranked };
    },
  };
}
