import cliProgress from 'cli-progress';
import { createDatabase } from '../../db/client';
import { createSearchClient } from '../../search/client';
import type { Entity } from '../../search/documents';
import { type ReindexProgress, reindex } from '../../search/sync/reindex';
import type { Config } from '../lib/config/config';
import { connect } from './connect';

const NAMES: Record<Entity, string> = { activity: 'aktiviteter', association: 'foreninger', contact: 'kontakter', session: 'rådgivningsmøder' };

/** `npm run cli -- reindex`: rebuilds the search indexes beside the live ones and swaps them in. */
export async function runReindex(config: Config): Promise<number> {
  const connection = await connect(config);
  const db = createDatabase(connection.databaseUrl, { max: 3 });
  const client = createSearchClient(connection.meiliUrl, connection.meiliKey);
  const progress = process.stderr.isTTY ? barProgress() : lineProgress();
  const started = Date.now();
  try {
    const counts = await reindex({ db, client, prefix: config.MEILI_INDEX_PREFIX, onProgress: progress.update });
    progress.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Søgeindekset er genopbygget på ${seconds} s: ${counts.activity} aktiviteter, ${counts.association} foreninger, ${counts.contact} kontakter, ${counts.session} rådgivningsmøder.`,
    );
    return 0;
  } finally {
    progress.stop();
    await db.$client.end({ timeout: 2 });
    await connection.close();
  }
}

interface Progress {
  update(p: ReindexProgress): void;
  stop(): void;
}

/** One bar over all documents on a terminal. */
function barProgress(): Progress {
  const bar = new cliProgress.SingleBar(
    { format: 'Genindekserer [{bar}] {percentage}% | {value}/{total} | {phase}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const done: Record<Entity, number> = { activity: 0, association: 0, contact: 0, session: 0 };
  return {
    update: (p) => {
      if (p.total && !started) {
        bar.start(Object.values(p.total).reduce((a, b) => a + b, 0), 0, { phase: phaseText(p) });
        started = true;
      }
      if (p.written) done[p.written.entity] = p.written.written;
      if (started) bar.update(Object.values(done).reduce((a, b) => a + b, 0), { phase: phaseText(p) });
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** Plain lines when the output is a file or a pipe (CI, logs). */
function lineProgress(): Progress {
  let lastPhase = '';
  return {
    update: (p) => {
      const text = phaseText(p);
      if (text !== lastPhase) console.error(`Genindekserer: ${text}`);
      lastPhase = text;
    },
    stop: () => {},
  };
}

function phaseText(p: ReindexProgress): string {
  switch (p.phase) {
    case 'prepare':
      return 'forbereder nye indeks';
    case 'write':
      return p.written ? `skriver ${NAMES[p.written.entity]}` : 'skriver dokumenter';
    case 'wait':
      return 'venter på Meilisearch';
    case 'swap':
      return 'bytter de nye indeks ind';
    case 'done':
      return 'færdig';
  }
}
