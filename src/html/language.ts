/**
 * The language of the story: the page's declaration (<html lang>, Content-Language) checked against
 * the text, because CMS templates often declare one language for every edition.
 */
import { stopWordShare } from './story-words.js';

// Letters only Vietnamese writes (with their tone marks): a sure sign of Vietnamese text.
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Share of letters that are Vietnamese-only letters. */
function vietnameseLetterShare(text: string): number {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters === 0) return 0;
  return (text.match(VIETNAMESE_LETTERS)?.length ?? 0) / letters;
}

// The commonest English function words: a quarter or more of an English news text's words.
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'an', 'is', 'are', 'was', 'were', 'for', 'on', 'that', 'with', 'as', 'by', 'at', 'from', 'said', 'has', 'have', 'its', 'it', 'be', 'this', 'which', 'will']);

/** Share of words that are English function words. */
function englishWordShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.length) return 0;
  return words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
}

/** The BCP-47 code of the story text, and a warning when it contradicts the declaration. */
export function detectLanguage(declared: string, paragraphs: string[]): { language: string; warning: string | null } {
  const sample = paragraphs.slice(0, 6).join(' ').slice(0, 3000);
  if (sample.length < 200) return { language: declared, warning: null };
  const vietnameseLetters = vietnameseLetterShare(sample); // one pass over the sample, used twice
  const looksVietnamese = vietnameseLetters >= 0.03 || stopWordShare(sample) >= 0.1;
  if (declared !== 'vi' && looksVietnamese) return { language: 'vi', warning: `page declares language "${declared}" but the text is Vietnamese` };
  // English editions print Vietnamese names with their marks ("Đinh Quốc Bảo", "Hà Nội"): a few such
  // letters in text made of English function words is still English.
  if (declared === 'vi' && !looksVietnamese && (vietnameseLetters === 0 || englishWordShare(sample) >= 0.2)) {
    return { language: 'en', warning: 'page declares Vietnamese but the text has no Vietnamese letters; taken as English' };
  }
  return { language: declared, warning: null };
}
