/** Officials finder (officials issue). Foundation stub: the record's officials stay empty until it lands. */
import type { Official } from '../record.js';

export interface OfficialOptions {
  /** Host of the page ("baobacninh.vn"): a hint for the province the article is about. */
  site?: string | null;
  /** Title, lead and captions, to resolve "tỉnh" and to find mentions outside the body. */
  title?: string | null;
  lead?: string | null;
  captions?: string[];
}

export function findOfficials(_text: string, _options: OfficialOptions = {}): Official[] {
  return [];
}
