/** Per-document limits shared by the sources (which refuse to read past them) and the pipeline. */

/** Largest document accepted, in bytes (after gunzip): 20 MiB. Real article pages are under 2 MiB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A size for a one-line reason: "512 B", "4.0 KiB", "30.0 MiB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1048576).toFixed(1)} MiB`;
}

/** The reason given for a document over the limit. */
export function tooLargeReason(size: number, maxBytes: number, afterGunzip = false): string {
  return afterGunzip
    ? `document too large: more than ${formatSize(maxBytes)} after gunzip`
    : `document too large: ${formatSize(size)} > ${formatSize(maxBytes)} limit`;
}
