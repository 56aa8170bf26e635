/**
 * Reads a CRFsuite CRF1d model file (the `model.bin` files vntk ships) into typed arrays.
 *
 * Layout, from CRFsuite's lib/crf/src/crf1d_model.c and lib/cqdb/src/cqdb.c (all little-endian):
 * - a 48-byte header "lCRF" size "FOMC" version numFeatures numLabels numAttrs and five offsets
 *   (features, label CQDB, attribute CQDB, label refs, attribute refs). The header's feature count
 *   is 0 in practice: the real count is in the FEAT chunk.
 * - FEAT chunk: "FEAT" size num, then num 20-byte records {type u32, src u32, dst u32, weight f64};
 *   the doubles sit at unaligned offsets, so they are read with DataView.
 *   type 0 = state feature (attribute src → label dst), type 1 = transition (label src → label dst).
 * - CQDB chunks map strings to ids: a 24-byte header, 256 table refs {offset, num}, tables of
 *   buckets {hash, offset} (twice as many slots as records, empty slots have offset 0), records
 *   {id u32, keySize u32 (NUL included), key}. Offsets are relative to the CQDB chunk.
 * - LFRF/AFRF chunks: "…" size num, then num offsets (absolute) to {count u32, fids u32[count]}.
 */

export interface CrfModel {
  /** Label strings by label id. */
  labels: string[];
  /** Attribute string → attribute id. */
  attributes: Map<string, number>;
  numLabels: number;
  /** State weights, `state[attr * numLabels + label]` (0 where the model has no feature). */
  state: Float64Array;
  /** Transition weights, `trans[from * numLabels + to]`. */
  trans: Float64Array;
}

export class CrfModelError extends Error {}

const FEATURE_SIZE = 20;
const CHUNK_SIZE = 12;
const CQDB_HEADER_SIZE = 24;
const CQDB_NUM_TABLES = 256;

function tag4(view: DataView, offset: number): string {
  return String.fromCharCode(view.getUint8(offset), view.getUint8(offset + 1), view.getUint8(offset + 2), view.getUint8(offset + 3));
}

/** All (key, id) records of the CQDB chunk that starts at `base`. */
function readCqdb(bytes: Uint8Array, view: DataView, base: number): Map<string, number> {
  if (tag4(view, base) !== 'CQDB') throw new CrfModelError(`no CQDB chunk at offset ${base}`);
  const decoder = new TextDecoder('utf-8');
  const out = new Map<string, number>();
  for (let t = 0; t < CQDB_NUM_TABLES; t++) {
    const ref = base + CQDB_HEADER_SIZE + t * 8;
    const tableOffset = view.getUint32(ref, true);
    const slots = view.getUint32(ref + 4, true);
    if (tableOffset === 0) continue;
    for (let s = 0; s < slots; s++) {
      const recordOffset = view.getUint32(base + tableOffset + s * 8 + 4, true);
      if (recordOffset === 0) continue;
      const p = base + recordOffset;
      const id = view.getUint32(p, true);
      const keySize = view.getUint32(p + 4, true); // includes the terminating NUL
      const key = decoder.decode(bytes.subarray(p + 8, p + 8 + Math.max(0, keySize - 1)));
      out.set(key, id);
    }
  }
  return out;
}

/** Parse a CRFsuite model file. Throws CrfModelError on anything that is not one. */
export function readCrfModel(bytes: Uint8Array): CrfModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 48 || tag4(view, 0) !== 'lCRF' || tag4(view, 8) !== 'FOMC') {
    throw new CrfModelError('not a CRFsuite CRF1d model (bad magic)');
  }
  const numLabels = view.getUint32(20, true);
  const numAttrs = view.getUint32(24, true);
  const offFeatures = view.getUint32(28, true);
  const offLabels = view.getUint32(32, true);
  const offAttrs = view.getUint32(36, true);

  const labelIds = readCqdb(bytes, view, offLabels);
  const labels = new Array<string>(numLabels).fill('');
  for (const [key, id] of labelIds) labels[id] = key;
  const attributes = readCqdb(bytes, view, offAttrs);

  if (tag4(view, offFeatures) !== 'FEAT') throw new CrfModelError('no FEAT chunk');
  const numFeatures = view.getUint32(offFeatures + 8, true);
  const state = new Float64Array(numAttrs * numLabels);
  const trans = new Float64Array(numLabels * numLabels);
  for (let f = 0; f < numFeatures; f++) {
    const p = offFeatures + CHUNK_SIZE + f * FEATURE_SIZE;
    const type = view.getUint32(p, true);
    const src = view.getUint32(p + 4, true);
    const dst = view.getUint32(p + 8, true);
    const weight = view.getFloat64(p + 12, true);
    // CRFsuite assigns transition weights (trans[dst] = w) and sums state weights per attribute;
    // a model holds at most one feature per (src, dst) pair, so assignment is exact for both.
    if (type === 0) state[src * numLabels + dst] = weight;
    else if (type === 1) trans[src * numLabels + dst] = weight;
  }
  return { labels, attributes, numLabels, state, trans };
}
