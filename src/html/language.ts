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

/** The BCP-47 code of the story text, and a warning when it contradicts the declaration. */
export function detectLanguage(declared: string, paragraphs: string[]): { language: string; warning: string | null } {
  const sample = paragraphs.slice(0, 6).join(' ').slice(0, 3000);
  if (sample.length < 200) return { language: declared, warning: null };
  const looksVietnamese = vietnameseLetterShare(sample) >= 0.03 || stopWordShare(sample) >= 0.1;
  if (declared !== 'vi' && looksVietnamese) return { language: 'vi', warning: `page declares language "${declared}" but the text is Vietnamese` };
  if (declared === 'vi' && !looksVietnamese && vietnameseLetterShare(sample) === 0) {
    return { language: 'en', warning: 'page declares Vietnamese but the text has no Vietnamese letters; taken as English' };
  }
  return { language: declared, warning: null };
}
