/**
 * Progress of a run on stderr: on a TTY one line redrawn in place (a bar when the input size is
 * known, docs/s, MB/s, errors, ETA); otherwise a plain log line every few seconds.
 */
export interface ProgressSnapshot {
  documents: number;
  errors: number;
  /** Bytes of documents read (decompressed), for MB/s. */
  bytes: number;
  /** On-disk input bytes read so far, and in all (null while still being measured). */
  position: number;
  total: number | null;
  elapsedMs: number;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Seconds left, from the on-disk position and its rate; null when unknown. */
export function etaSeconds(p: ProgressSnapshot): number | null {
  if (!p.total || p.position <= 0 || p.elapsedMs <= 0) return null;
  const rate = p.position / p.elapsedMs;
  return Math.max(0, (p.total - p.position) / rate / 1000);
}

export function formatProgress(p: ProgressSnapshot, bar: boolean): string {
  const seconds = p.elapsedMs / 1000;
  const docsPerSec = seconds > 0 ? p.documents / seconds : 0;
  const mbPerSec = seconds > 0 ? p.bytes / 1048576 / seconds : 0;
  const eta = etaSeconds(p);
  const fraction = p.total ? Math.min(1, p.position / p.total) : null;
  const parts = [
    `${p.documents} docs`, `${docsPerSec.toFixed(1)} docs/s`, `${mbPerSec.toFixed(1)} MB/s`, `${p.errors} errors`,
    `ETA ${eta === null ? '--:--' : clock(eta)}`,
  ];
  const percent = fraction === null ? '' : `${(fraction * 100).toFixed(0).padStart(3)}% `;
  if (!bar) return `baochi: ${percent}${parts.join(', ')}`;
  const width = 24;
  const filled = fraction === null ? 0 : Math.round(fraction * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}${parts.join('  ')}`;
}

export interface ProgressReporter {
  update(p: ProgressSnapshot): void;
  /** Clear the bar (TTY) before the summary is printed. */
  done(): void;
}

/** A reporter for `stream`: redrawn bar on a TTY, else a line per `logEveryMs`. */
export function progressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean }, logEveryMs = 5000): ProgressReporter {
  if (stream.isTTY) {
    let drawn = false;
    return {
      update(p) {
        stream.write(`\r\x1b[2K${formatProgress(p, true)}`);
        drawn = true;
      },
      done() {
        if (drawn) stream.write('\r\x1b[2K');
      },
    };
  }
  let last = 0;
  return {
    update(p) {
      if (p.elapsedMs - last < logEveryMs) return;
      last = p.elapsedMs;
      stream.write(formatProgress(p, false) + '\n');
    },
    done() {},
  };
}
