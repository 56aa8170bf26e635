/**
 * Plain segmented text for a batch of input lines, the work unit of `baochi segment`'s fast path
 * (inline or in worker threads, see line-pool.ts): one output line per input line with `perLine`
 * (`--lines`), else one per sentence; each output line ends with "\n".
 */
import { segmentForms, type SegmentOptions } from './index.js';

export function segmentLinesText(lines: readonly string[], perLine: boolean, options: SegmentOptions): string {
  const out: string[] = [];
  const lineOptions: SegmentOptions = { ...options, oneSentence: true };
  for (const line of lines) {
    if (perLine) out.push(segmentForms(line, lineOptions).map((f) => f.join(' ')).join(' '), '\n');
    else for (const forms of segmentForms(line, options)) out.push(forms.join(' '), '\n');
  }
  return out.join('');
}
