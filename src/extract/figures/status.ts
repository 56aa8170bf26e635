/**
 * Status: target (phấn đấu, kế hoạch, chỉ tiêu, mục tiêu), estimate (ước, ước tính, dự kiến), actual
 * (đạt, đã, and by default for reported facts), or null for rules and possibilities (quy định, phạt,
 * nếu, có thể, tiêu chí). Cues are read in the figure's sentence before it; a plan stated earlier in
 * the paragraph ("Năm 2021, ngành … phấn đấu …") carries to the sentences after it.
 */
import type { FigureStatus } from '../../record.js';
import { cueTable, type CueTable } from './lexicon.js';
import { matchPhraseTables, wordsWithin, type PhraseMatch, type SegmentWords } from './phrases.js';

export interface StatusCues {
  target: boolean;
  estimate: boolean;
  actual: boolean;
  condition: boolean;
  modal: boolean;
}

/** The status, condition and modal cue phrases of one sentence, found once. */
export interface SentenceCues {
  status: PhraseMatch[];
  condition: PhraseMatch[];
  modal: PhraseMatch[];
}

let cueTables: readonly CueTable[] | null = null;

/** The cues of the words of one sentence, all three kinds read in one pass. */
export function sentenceCuesOf(words: SegmentWords): SentenceCues {
  cueTables ??= [cueTable('status'), cueTable('condition'), cueTable('modal')];
  const [status, condition, modal] = matchPhraseTables(words, cueTables) as [PhraseMatch[], PhraseMatch[], PhraseMatch[]];
  return { status, condition, modal };
}

export function findSentenceCues(text: string, from: number, to: number): SentenceCues {
  return sentenceCuesOf(wordsWithin(text, from, to));
}

/** Status and condition cues among a sentence's cues that end by `to` (all when `to` is omitted). */
export function statusCuesIn(cues: SentenceCues, to = Infinity): StatusCues {
  const out: StatusCues = { target: false, estimate: false, actual: false, condition: false, modal: false };
  for (const m of cues.status) {
    if (m.end > to) continue;
    if (m.value === 'target') out.target = true;
    else if (m.value === 'estimate') out.estimate = true;
    else if (m.value === 'actual') out.actual = true;
  }
  out.condition = cues.condition.some((m) => m.end <= to);
  out.modal = cues.modal.some((m) => m.end <= to);
  return out;
}

/**
 * Resolve the status from the figure's own cues, a plan carried from the paragraph, and its role in
 * a "từ X lên Y" pair (X the level now, Y the new level: a target when the sentence asks or allows it).
 */
export function resolveStatus(own: StatusCues, carriedTarget: boolean, level: 'from' | 'to' | null, sentence: StatusCues): FigureStatus | null {
  if (level === 'from') return 'actual';
  if (level === 'to') return sentence.modal || sentence.target ? 'target' : 'actual';
  if (own.target) return 'target';
  if (own.estimate) return 'estimate';
  if (carriedTarget) return 'target';
  if (own.actual) return 'actual';
  if (own.condition) return null;
  return 'actual';
}
