/**
 * L2-regularised logistic regression fitted by Newton's method on standardised features, plus
 * the few helpers that choosing a threshold by cross-validation needs. Deterministic: no
 * random initialisation, folds by index.
 */

/** A fitted model: standardisation, coefficients and intercept. */
export interface LogisticModel {
  mean: number[];
  scale: number[];
  coefficients: number[];
  intercept: number;
}

/** Accuracy, precision, recall and F1 of decisions against labels. */
export interface Scores {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Probability the model gives a feature row. */
export function predict(model: LogisticModel, row: ArrayLike<number>): number {
  let z = model.intercept;
  for (let k = 0; k < model.coefficients.length; k++) z += model.coefficients[k]! * ((row[k]! - model.mean[k]!) / model.scale[k]!);
  return sigmoid(z);
}

/** Solve A x = b for a symmetric positive definite A (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    for (let r = col + 1; r < n; r++) {
      const f = m[r]![col]! / p;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let c = r + 1; c < n; c++) s -= m[r]![c]! * x[c]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/**
 * Fit a logistic regression: features standardised (mean 0, sd 1), penalty `l2`·‖w‖²/2 on the
 * coefficients (not the intercept), Newton iterations until the step is tiny.
 */
export function fitLogistic(rows: ArrayLike<number>[], labels: number[], l2: number): LogisticModel {
  const d = rows[0]!.length;
  const n = rows.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of rows) for (let k = 0; k < d; k++) mean[k]! += row[k]! / n;
  for (const row of rows) for (let k = 0; k < d; k++) scale[k]! += (row[k]! - mean[k]!) ** 2 / n;
  for (let k = 0; k < d; k++) scale[k] = Math.sqrt(scale[k]!) || 1;
  const x = rows.map((row) => [1, ...Array.from({ length: d }, (_, k) => (row[k]! - mean[k]!) / scale[k]!)]);

  let w = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      let z = 0;
      for (let k = 0; k <= d; k++) z += w[k]! * xi[k]!;
      const p = sigmoid(z);
      const r = p - labels[i]!;
      const v = p * (1 - p);
      for (let k = 0; k <= d; k++) {
        gradient[k]! += r * xi[k]!;
        const hk = hessian[k]!;
        for (let l = k; l <= d; l++) hk[l]! += v * xi[k]! * xi[l]!;
      }
    }
    for (let k = 1; k <= d; k++) {
      gradient[k]! += l2 * w[k]!;
      hessian[k]![k]! += l2;
    }
    for (let k = 0; k <= d; k++) for (let l = 0; l < k; l++) hessian[k]![l] = hessian[l]![k]!;
    const step = solve(hessian, gradient);
    w = w.map((wk, k) => wk - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { mean, scale, coefficients: w.slice(1), intercept: w[0]! };
}

/** Accuracy and F1 (positive class 1) of `probabilities ≥ threshold`. */
export function scoreDecisions(probabilities: number[], labels: number[], threshold: number): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  probabilities.forEach((p, i) => {
    const yes = p >= threshold;
    if (yes && labels[i] === 1) tp++;
    else if (yes) fp++;
    else if (labels[i] === 1) fn++;
    else tn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    accuracy: (tp + tn) / Math.max(1, probabilities.length),
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/**
 * The threshold that maximises accuracy on (held-out) probabilities; among equally accurate
 * thresholds, the one nearest 0.5. Candidates are midpoints between consecutive probabilities.
 */
export function bestThreshold(probabilities: number[], labels: number[]): number {
  const sorted = [...new Set(probabilities)].sort((a, b) => a - b);
  let best = 0.5;
  let bestAccuracy = scoreDecisions(probabilities, labels, 0.5).accuracy;
  for (let i = 1; i < sorted.length; i++) {
    const t = (sorted[i - 1]! + sorted[i]!) / 2;
    const { accuracy } = scoreDecisions(probabilities, labels, t);
    if (accuracy > bestAccuracy + 1e-12 || (Math.abs(accuracy - bestAccuracy) <= 1e-12 && Math.abs(t - 0.5) < Math.abs(best - 0.5))) {
      best = t;
      bestAccuracy = accuracy;
    }
  }
  return best;
}

/** Out-of-fold probabilities of k-fold cross-validation (fold of row i: i mod k). */
export function crossValidate(rows: ArrayLike<number>[], labels: number[], l2: number, folds: number): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const trainIdx = rows.map((_, i) => i).filter((i) => i % folds !== f);
    const model = fitLogistic(trainIdx.map((i) => rows[i]!), trainIdx.map((i) => labels[i]!), l2);
    rows.forEach((row, i) => {
      if (i % folds === f) out[i] = predict(model, row);
    });
  }
  return out;
}
