import cliProgress from 'cli-progress';

/** Rows done of all rows, and the table being worked on. */
export interface TableProgress {
  table: string;
  done: number;
  total: number;
}

export interface Progress {
  update(p: TableProgress): void;
  stop(): void;
}

/**
 * Progress of a backup or restore over all rows: one bar on a terminal, and one plain line per
 * table when the output is a file or a pipe (CI, logs), as `reindex` does.
 */
export function tableProgress(verb: string): Progress {
  return process.stderr.isTTY ? barProgress(verb) : lineProgress(verb);
}

function barProgress(verb: string): Progress {
  const bar = new cliProgress.SingleBar(
    { format: `${verb} [{bar}] {percentage}% | {value}/{total} rækker | {table}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      if (!started) bar.start(p.total, 0, { table: p.table });
      started = true;
      bar.update(p.done, { table: p.table });
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}

function lineProgress(verb: string): Progress {
  let last = '';
  return {
    update: (p) => {
      if (p.table !== last) console.error(`${verb}: ${p.table}`);
      last = p.table;
    },
    stop: () => {},
  };
}
