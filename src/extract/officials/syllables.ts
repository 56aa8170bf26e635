/**
 * Can a written word be one Vietnamese syllable? Spelling decides: an initial consonant, a vowel
 * nucleus and a final from the closed sets of Vietnamese orthography, marks aside. "Nguyễn",
 * "Khuyến", "Kim" can; "Carlo", "Irving", "Nadella", and a word glued to the next by a lost space
 * ("Ngântại") cannot.
 */
/** Vietnamese syllable without its tone and vowel marks: initial consonant, vowel nucleus, final. */
const SYLLABLE = new RegExp(
  '^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?' +
    '(uyeu|uye|uya|uyu|uoi|uou|uay|oai|oay|oeo|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|ya|a|e|i|o|u|y)' +
    '(ch|nh|ng|c|m|n|p|t)?$',
);

/** Folded to plain letters: marks dropped, "đ" → "d", lower case. */
function plain(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/** Can this word be one Vietnamese syllable ("Nguyễn", "Thị", "Khuyến")? */
export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(plain(word));
}

