/** Figures finder (figures issue). Foundation stub: the record's figures stay empty until it lands. */
import type { Figure } from '../record.js';

export interface FigureOptions {
  /** ISO publication time of the article: the default period year. */
  publishedAt?: string | null;
}

export function findFigures(_text: string, _options: FigureOptions = {}): Figure[] {
  return [];
}
