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
  const counted = examples.map((e) => ({ counts: featureCounts(e.text), label: labelIndex.get(e.label)! }));

  const df = new Map<string, number>();
  for (const { counts } of counted) for (const f of counts.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = counted.length;
  const idfOf = new Map([...df].map(([f, d]) => [f, Math.log((n + 1) / (d + 1)) + 1]));
  const idf = (f: string) => idfOf.get(f) ?? 0;

  // Weight of each feature in each class, and each class's total.
  const weights = new Map<string, Float64Array>();
  const totals = new Float64Array(labels.length);
  for (const { counts, label } of counted) {
    for (const [f, w] of tfidf(counts, idf)) {
      let row = weights.get(f);
      if (!row) weights.set(f, (row = new Float64Array(labels.length)));
      row[label]! += w;
      totals[label]! += w;
    }
  }
  const vocabulary = weights.size;
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
        const row = weights.get(f);
        if (!row) continue;
        for (let c = 0; c < labels.length; c++)
          scores[c]! += x * (Math.log(row[c]! + alpha) - logDenominator[c]!);
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
