/**
 * Viterbi decoding over typed arrays, as CRFsuite's crf1dc_viterbi does it: scores start at
 * -DBL_MAX and a candidate replaces the best only when strictly greater, so the lowest label id
 * wins ties; state scores are added after the best transition is chosen.
 */

const NEG_MAX = -Number.MAX_VALUE;

/** Score and back-pointer tables, reused across calls (decoding is synchronous; one set per thread). */
let scoreBuf = new Float64Array(1024);
let backBuf = new Int32Array(1024);
function tables(size: number): void {
  if (scoreBuf.length >= size) return;
  let cap = scoreBuf.length;
  while (cap < size) cap *= 2;
  scoreBuf = new Float64Array(cap);
  backBuf = new Int32Array(cap);
}

/**
 * Best label sequence for `T` items over `L` labels.
 * @param state `state[t * L + l]`: summed state weights of item t for label l.
 * @param trans `trans[i * L + j]`: weight of the transition from label i to label j.
 * @returns label ids, one per item.
 */
export function viterbi(state: Float64Array, trans: Float64Array, L: number, T: number): Int32Array {
  const labels = new Int32Array(T);
  if (T === 0) return labels;
  tables(T * L);
  const score = scoreBuf.fill(0, 0, T * L);
  const back = backBuf.fill(0, 0, T * L);
  for (let j = 0; j < L; j++) score[j] = state[j]!;
  for (let t = 1; t < T; t++) {
    const prev = (t - 1) * L;
    const cur = t * L;
    for (let j = 0; j < L; j++) {
      let best = NEG_MAX;
      let arg = -1;
      for (let i = 0; i < L; i++) {
        const s = score[prev + i]! + trans[i * L + j]!;
        if (best < s) { best = s; arg = i; }
      }
      if (arg >= 0) back[cur + j] = arg;
      score[cur + j] = best + state[cur + j]!;
    }
  }
  let best = NEG_MAX;
  const last = (T - 1) * L;
  labels[T - 1] = 0;
  for (let i = 0; i < L; i++) {
    if (best < score[last + i]!) { best = score[last + i]!; labels[T - 1] = i; }
  }
  for (let t = T - 2; t >= 0; t--) labels[t] = back[(t + 1) * L + labels[t + 1]!]!;
  return labels;
}

/**
 * Viterbi for a model whose state features also look at the labels of the previous one or two
 * items (vntk's word model was trained with `T[-1][1]` and `T[-2][1]`, the gold tags; vntk itself
 * fills them with "X", which matches no feature). Exact second-order decoding over label pairs.
 * @param hist1 `hist1[p * L + j]`: weight for label j when the previous label is p (p = L: BOS).
 * @param hist2 `hist2[p * L + j]`: the same for the label two items back.
 */
export function viterbiWithHistory(
  state: Float64Array, trans: Float64Array, L: number, T: number, hist1: Float64Array, hist2: Float64Array,
): Int32Array {
  const labels = new Int32Array(T);
  if (T === 0) return labels;
  const B = L; // BOS index in the history tables
  // pair state (i, j) = (label at t-1, label at t); at t = 0 only (BOS, j), kept in row B.
  const P = (L + 1) * L;
  tables(T * P);
  const score = scoreBuf.fill(NEG_MAX, 0, T * P);
  const back = backBuf.fill(-1, 0, T * P);
  for (let j = 0; j < L; j++) score[B * L + j] = state[j]! + hist1[B * L + j]! + hist2[B * L + j]!;
  for (let t = 1; t < T; t++) {
    const prev = (t - 1) * P;
    const cur = t * P;
    for (let i = 0; i < L; i++) {
      for (let j = 0; j < L; j++) {
        let best = NEG_MAX;
        let arg = -1;
        // predecessor pair (h, i): h is the label at t-2 (B when t-2 < 0)
        for (let h = 0; h <= L; h++) {
          const ps = score[prev + h * L + i]!;
          if (ps === NEG_MAX) continue;
          const s = ps + trans[i * L + j]! + hist2[h * L + j]!;
          if (best < s) { best = s; arg = h; }
        }
        if (arg < 0) continue;
        score[cur + i * L + j] = best + state[t * L + j]! + hist1[i * L + j]!;
        back[cur + i * L + j] = arg;
      }
    }
  }
  let best = NEG_MAX;
  let bi = 0;
  let bj = 0;
  const last = (T - 1) * P;
  for (let i = 0; i <= L; i++) {
    for (let j = 0; j < L; j++) {
      const s = score[last + i * L + j]!;
      if (best < s) { best = s; bi = i; bj = j; }
    }
  }
  labels[T - 1] = bj;
  for (let t = T - 1; t >= 1; t--) {
    const h = back[t * P + bi * L + labels[t]!]!;
    labels[t - 1] = bi;
    bi = h;
  }
  return labels;
}
