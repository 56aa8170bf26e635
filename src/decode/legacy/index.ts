/** Legacy Vietnamese encodings: TCVN3, VNI-Windows, VIQR (detection, conversion, test encoders). */
export { repairLegacyText, decodeLegacyBytes, preferLegacyDecoding, type LegacyEncoding, type RepairResult, type RepairOptions } from './repair.js';
export { decodeTcvn3, encodeTcvn3 } from './tcvn3.js';
export { decodeVni, encodeVni } from './vni.js';
export { decodeViqr, encodeViqr, looksLikeViqr } from './viqr.js';
export { isVietnameseSyllable, vietnameseScore, countSyllables, type SyllableCounts } from './syllable.js';
