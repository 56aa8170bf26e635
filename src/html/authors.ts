/**
 * Author names, people only: not the site, not "Theo …" sources, not e-mails or profile URLs.
 * "NHẬT XUÂN - NGHI VŨ" → two people; "Hà Thu (tổng hợp)" → "Hà Thu"; "Theo Hồ Hương" → "Hồ Hương".
 */
import { foldText } from './fold-text.js';
import { isSiteName, type SiteNaming } from './title.js';

// "By" (English editions), "Theo", "Bài:", "Bài và ảnh:", "Ảnh:", "Tác giả:", "PV", "Nhóm PV" …: role words before a name.
const LEADING_ROLE = /^(?:by|theo|bài(?: và ảnh)?|ảnh|tác giả|thực hiện|phóng viên|pv|ctv|nhóm pv|nhóm phóng viên|biên tập|nguồn)\s*[:.]?\s+/iu;
const BRACKETED = /\s*[([][^)\]]*[)\]]\s*/gu;
const SPLIT = /\s+[-–—&]\s+|\s*[,;/]\s*|\s+và\s+/u;
// Each word of a Vietnamese name opens with a capital (or the whole name is in capitals).
const NAME_WORD = /^\p{Lu}[\p{L}'’.]*$/u;

function isPersonName(s: string, naming: SiteNaming): boolean {
  if (s.length < 3 || s.length > 40 || /[@\d:/]|www\.|https?/i.test(s)) return false;
  const words = s.split(' ');
  if (words.length > 5) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  return !isSiteName(s, naming);
}

/** Clean, split and filter raw author strings; keeps the page's order and spelling, drops duplicates. */
export function cleanAuthors(raw: Iterable<string>, naming: SiteNaming): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    let text = foldText(r).replace(BRACKETED, ' ');
    // "Bài và ảnh: …" must go before the split on "và".
    for (let i = 0; i < 2 && LEADING_ROLE.test(text); i++) text = text.replace(LEADING_ROLE, '');
    for (let part of text.split(SPLIT)) {
      part = foldText(part);
      for (let i = 0; i < 2 && LEADING_ROLE.test(part); i++) part = part.replace(LEADING_ROLE, '');
      part = part.replace(/[.,:;]+$/, '');
      const key = part.toLowerCase();
      if (seen.has(key) || !isPersonName(part, naming)) continue;
      seen.add(key);
      out.push(part);
    }
  }
  return out;
}
