// A one-line progress display for long scans, for a terminal only: the CLI creates it when
// standard error is a TTY. The line is redrawn in place ("\r" + erase line) at most every
// `intervalMs`, and only once the scan has taken `delayMs`, so a quick scan prints nothing; done()
// erases it, so what stays on the screen is exactly what a non-terminal run prints.
import type { ProgressEvent } from "./run.js";

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** Nothing is shown before the scan has run this long. */
  delayMs?: number;
  /** Least time between two redraws of the same phase. */
  intervalMs?: number;
  now?: () => number;
}

export interface ProgressRenderer {
  update(event: ProgressEvent): void;
  /** Erases the line, if one was drawn. */
  done(): void;
}

const CLEAR = "\r\u001b[K";
const fmt = (n: number) => n.toLocaleString("en-US");

export function describeProgress(e: ProgressEvent): string {
  switch (e.phase) {
    case "discover":
      return `aigis: discovering files… ${fmt(e.files)} found`;
    case "read":
      return `aigis: reading ${fmt(e.done)}/${fmt(e.total)} candidate files… ${fmt(e.artifacts)} artifacts`;
    case "evaluate":
      return `aigis: evaluating ${fmt(e.rules)} rules over ${fmt(e.artifacts)} artifacts…${e.chunks ? ` chunk ${fmt(e.chunks.done)}/${fmt(e.chunks.total)}` : ""}`;
    case "evaluated":
      return `aigis: evaluated ${fmt(e.rules)} rules over ${fmt(e.artifacts)} artifacts`;
  }
}

export function isTerminal(stream: unknown): stream is ProgressStream {
  return !!stream && (stream as ProgressStream).isTTY === true;
}

export function progressRenderer(stream: ProgressStream, { delayMs = 300, intervalMs = 100, now = Date.now }: ProgressOptions = {}): ProgressRenderer {
  const start = now();
  let last = -Infinity;
  let lastPhase: ProgressEvent["phase"] | null = null;
  let drawn = false;
  return {
    update(event) {
      const t = now();
      if (t - start < delayMs) return;
      // A new phase is drawn at once (evaluation can take a while with nothing else to show).
      if (event.phase === lastPhase && t - last < intervalMs) return;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(CLEAR + describeProgress(event).slice(0, width));
      drawn = true;
      last = t;
      lastPhase = event.phase;
    },
    done() {
      if (drawn) stream.write(CLEAR);
      drawn = false;
    },
  };
}
