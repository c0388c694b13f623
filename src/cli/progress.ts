import { SingleBar } from "cli-progress";
import type { Locale } from "./locale";
import { t } from "./text/translate";

export interface ProgressUpdate {
  done: number;
  total: number;
  file: string;
}

export interface Progress {
  update: (p: ProgressUpdate) => void;
  stop: () => void;
}

/** A progress bar on stderr, only when stderr is a terminal (a pipe or a log file gets none). */
export function createProgress(locale: Locale, stream: NodeJS.WriteStream = process.stderr): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const bar = new SingleBar({
    stream,
    format: `${t(locale, "rollup.progress")} [{bar}] {value}/{total} {file}`,
    barCompleteChar: "█",
    barIncompleteChar: "░",
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
  });
  let started = false;
  return {
    update: ({ done, total, file }) => {
      if (!started) {
        bar.start(total, done, { file });
        started = true;
      } else bar.update(done, { file });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
