/**
 * Expected maximum load E[M] when b balls fall uniformly and independently into n bins: the number of
 * equal-sized flows that a hashed bond puts on its busiest link. Equal transfers over a bond finish
 * when the busiest link finishes, so the time is E[M] × (bytes per flow) ÷ (link speed).
 *
 * Exact for b ≤ EXACT_MAX_BALLS (any n), by counting set partitions of the b balls into blocks of at
 * most c (the bins they share):  P(M ≤ c) = Σ_j S_c(b, j) × n(n − 1)…(n − j + 1) ÷ n^b,  with
 * S_c(b, j) the partitions of b labelled balls into j blocks of size ≤ c, and E[M] = Σ_{c ≥ 0} P(M > c).
 * Beyond, the bins are Poissonized (loads i.i.d. Poisson(b ÷ n)): E[M] ≈ Σ_c 1 − F(c)^n. A property
 * test (packages/core/test/max-load.test.ts) bounds its gap to the exact figure where both apply; the
 * gap shrinks as b grows and the transfer rate b ÷ E[M] it feeds tends to n.
 */

/** Up to this many balls the exact partition count is used: ≤ 64² × c operations per c, a few ms once. */
export const EXACT_MAX_BALLS = 64;

/** Above this Poisson mean the window of c values to sum is replaced by the normal limit. */
const NORMAL_MEAN = 1e7;

/** Stop summing P(M > c) once it falls below this: far below the doubles' resolution of E[M]. */
const TAIL = 1e-16;

const cache = new Map<string, number>();

/** E[max load] of b balls in n bins; b, n whole numbers ≥ 1. Memoized: the optimizer asks the same few pairs often. */
export function expectedMaxLoad(n: number, b: number): number {
  if (b <= 0) return 0;
  if (n <= 1 || b === 1) return b;
  const key = `${n}:${b}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const v = b <= EXACT_MAX_BALLS ? exactMaxLoad(n, b) : poissonMaxLoad(n, b);
  // Never below the average load b ÷ n (the maximum is at least the mean), never above b.
  const out = Math.min(b, Math.max(b / n, v));
  if (cache.size > 4096) cache.clear();
  cache.set(key, out);
  return out;
}

/** Exact E[M] by counting set partitions with blocks ≤ c; independent of n's size. */
export function exactMaxLoad(n: number, b: number): number {
  if (b <= 0) return 0;
  if (n <= 1) return b;
  // Binomial coefficients C(m, j) for m ≤ b: at b = 64 they stay below 2^62, exact enough in doubles.
  const C: Float64Array[] = [];
  for (let m = 0; m <= b; m++) {
    const row = new Float64Array(m + 1);
    row[0] = 1;
    row[m] = 1;
    const prev = C[m - 1];
    if (prev) for (let j = 1; j < m; j++) row[j] = (prev[j - 1] ?? 0) + (prev[j] ?? 0);
    C.push(row);
  }
  // log of n(n − 1)…(n − j + 1) ÷ n^b: the chance that j given blocks land in j distinct bins.
  const logWeight = new Float64Array(b + 1);
  logWeight[0] = -b * Math.log(n);
  for (let j = 1; j <= b; j++) logWeight[j] = j > n ? Number.NEGATIVE_INFINITY : (logWeight[j - 1] ?? 0) + Math.log(n - j + 1);
  // The maximum is at least ⌈b ÷ n⌉: P(M > c) = 1 below it.
  const lo = Math.ceil(b / n);
  let e = lo;
  for (let c = lo; c < b; c++) {
    // S[m][j]: partitions of m labelled balls into j blocks of size ≤ c (the block of ball m has size s).
    const S: Float64Array[] = [Float64Array.of(1, ...new Array<number>(b).fill(0))];
    for (let m = 1; m <= b; m++) {
      const row = new Float64Array(b + 1);
      for (let j = 1; j <= m; j++) {
        let s = 0;
        for (let size = 1; size <= Math.min(c, m); size++) s += (C[m - 1]?.[size - 1] ?? 0) * (S[m - size]?.[j - 1] ?? 0);
        row[j] = s;
      }
      S.push(row);
    }
    let atMost = 0;
    const last = S[b];
    for (let j = 1; j <= Math.min(b, n); j++) {
      const count = last?.[j] ?? 0;
      if (count > 0) atMost += Math.exp(Math.log(count) + (logWeight[j] ?? 0));
    }
    const tail = Math.max(0, 1 - atMost);
    e += tail;
    if (tail < TAIL) break;
  }
  return e;
}

/** Poissonized E[M]: loads i.i.d. Poisson(λ = b ÷ n), E[M] ≈ Σ_c 1 − F(c)^n. */
export function poissonMaxLoad(n: number, b: number): number {
  const lambda = b / n;
  if (lambda > NORMAL_MEAN) return lambda + Math.sqrt(lambda) * expectedMaxNormal(n);
  // Outside [λ − 40√λ, λ + 40√λ + 60] a Poisson(λ) load lies with probability < e^-700: P(M > c) is 1
  // below the window, and n × e^-700 ≈ 0 above it (n ≤ 2^53).
  const spread = 40 * Math.sqrt(lambda);
  const c0 = Math.max(0, Math.floor(lambda - spread));
  const c1 = Math.ceil(lambda + spread + 60);
  const pmf = new Float64Array(c1 - c0 + 1);
  let logPmf = -lambda + c0 * Math.log(lambda) - logGamma(c0 + 1);
  for (let i = 0; i < pmf.length; i++) {
    pmf[i] = Math.exp(logPmf);
    logPmf += Math.log(lambda) - Math.log(c0 + i + 1);
  }
  // Tails summed from the top, so that small tails keep their relative precision.
  let above = 0;
  let e = c0;
  for (let i = pmf.length - 1; i >= 0; i--) {
    // above = P(load > c0 + i)
    const pMax = above >= 1 ? 1 : -Math.expm1(n * Math.log1p(-above));
    e += pMax;
    above += pmf[i] ?? 0;
  }
  return e;
}

/** E[max of n i.i.d. standard normals] = ∫₀^12 (1 − Φⁿ) − ∫_{−12}^0 Φⁿ, Simpson's rule on each half (smooth there). */
export function expectedMaxNormal(n: number): number {
  const simpson = (a: number, b: number, f: (x: number) => number): number => {
    const steps = 2400;
    const h = (b - a) / steps;
    let s = 0;
    for (let i = 0; i <= steps; i++) s += (i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2) * f(a + i * h);
    return (s * h) / 3;
  };
  const phiN = (x: number): number => Math.exp(n * Math.log(Math.max(Number.MIN_VALUE, normalCdf(x))));
  return simpson(0, 12, (x) => 1 - phiN(x)) - simpson(-12, 0, phiN);
}

/** Φ(x) = erfc(−x ÷ √2) ÷ 2, erfc by Numerical Recipes' Chebyshev fit (relative error < 1.2e-7). */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** ln Γ(x) for x ≥ 1 (Lanczos, g = 7). */
function logGamma(x: number): number {
  const g = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const y = x - 1;
  let a = g[0] ?? 1;
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += (g[i] ?? 0) / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}
