/**
 * Is this a well-formed Vietnamese syllable? Used to tell decoded legacy text from mojibake:
 * "thủ" is one, "thñ" is not. Onset + vowel nucleus + coda with at most one tone mark, after
 * Đoàn Thiện Thuật, "Ngữ âm tiếng Việt" (the syllable structure every spelling follows).
 */
import { splitVowel } from '../../text/vowels.js';

const ONSETS = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu', 'iêu', 'yêu',
].sort((a, b) => b.length - a.length).join('|');
const CODAS = '(?:ch|ng|nh|[cmnpt])?';
// "oo" only closed: "xoong", "soóc"
const SHAPE = new RegExp(`^${ONSETS}(?:(?:${NUCLEI})${CODAS}|oo(?:ng|c))$`, 'u');

/** Letters without tone marks and the number of tone marks. */
function stripTones(word: string): { bare: string; tones: number } {
  let bare = '';
  let tones = 0;
  for (const ch of word) {
    const v = splitVowel(ch);
    if (v) { bare += v.base; if (v.tone) tones++; } else bare += ch;
  }
  return { bare, tones };
}

export function isVietnameseSyllable(word: string): boolean {
  const { bare, tones } = stripTones(word.toLowerCase());
  return tones <= 1 && SHAPE.test(bare);
}

/** Runs with a non-ASCII letter that are well-formed syllables, and those that are not. */
export interface SyllableCounts { valid: number; broken: number }

/**
 * Counts the runs of a text that hold a non-ASCII character. Runs are split at white space and
 * ASCII punctuation only, so mojibake symbols ("t­íng", "Th¾ng") stay inside their run.
 */
export function countSyllables(text: string): SyllableCounts {
  let valid = 0;
  let broken = 0;
  for (const m of text.matchAll(/[^\s!-@[-`{-~]+/gu)) {
    const run = m[0];
    if (!/[^\x00-\x7f]/.test(run)) continue;
    if (isVietnameseSyllable(run)) valid++;
    else broken++;
  }
  return { valid, broken };
}

/** valid − broken (see countSyllables). */
export function vietnameseScore(text: string): number {
  const c = countSyllables(text);
  return c.valid - c.broken;
}
