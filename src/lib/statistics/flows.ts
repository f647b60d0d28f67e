/**
 * Building a flow matrix (who refers to whom) from counted pairs: pure, so the labelling and
 * ordering rules are unit tested without a database.
 */
import { compareDanish } from './sql';
import type { FlowMatrix, FlowParty, Label } from './types';

/** One counted pair from the database: the referral's source, sending and receiving administration. */
export interface FlowCount {
  source: string;
  sender: string | null;
  receiver: string;
  count: number;
}

/** Key of the citizen's own entrance as a sender. */
export const CITIZEN = 'citizen';

const CITIZEN_LABEL: Label = { da: 'Borgeren selv', en: 'The citizen' };
const UNKNOWN: Label & { abbreviation: string } = { da: 'Ukendt forvaltning', en: 'Unknown administration', abbreviation: '?' };

/**
 * The sender of a counted pair: the citizen (source `citizen`, or no sending administration),
 * an administration's case system (`api:<id>`, labelled "… (sagssystem)"), or its staff (`adm:<id>`).
 */
export function senderOf(count: FlowCount, labels: Map<string, Label & { abbreviation: string }>): FlowParty {
  if (count.source === 'citizen' || count.sender === null) return { key: CITIZEN, label: CITIZEN_LABEL };
  const label = labels.get(count.sender) ?? UNKNOWN;
  if (count.source === 'api') {
    return { key: `api:${count.sender}`, label: { da: `${label.da} (sagssystem)`, en: `${label.en} (case system)` } };
  }
  return { key: `adm:${count.sender}`, label: { da: label.da, en: label.en } };
}

/** The order of the axes: administrations by Danish name, each one's case system right after it, the citizen last. */
function compareParties(a: FlowParty, b: FlowParty): number {
  const rank = (p: FlowParty) => (p.key === CITIZEN ? 1 : 0);
  const base = (p: FlowParty) => p.label.da.replace(/ \(sagssystem\)$/, '');
  return rank(a) - rank(b) || compareDanish(base(a), base(b)) || Number(a.key.startsWith('api:')) - Number(b.key.startsWith('api:'));
}

/**
 * A matrix from counted pairs: the senders and receivers that occur (merged when several pairs
 * land in one cell), the non-empty cells, and the total.
 */
export function flowMatrix(counts: FlowCount[], labels: Map<string, Label & { abbreviation: string }>): FlowMatrix {
  const senders = new Map<string, FlowParty>();
  const receivers = new Map<string, FlowParty>();
  const cells = new Map<string, { from: string; to: string; count: number }>();
  for (const count of counts) {
    const from = senderOf(count, labels);
    const label = labels.get(count.receiver) ?? UNKNOWN;
    const to: FlowParty = { key: `adm:${count.receiver}`, label: { da: label.da, en: label.en } };
    senders.set(from.key, from);
    receivers.set(to.key, to);
    const id = `${from.key}>${to.key}`;
    const cell = cells.get(id) ?? { from: from.key, to: to.key, count: 0 };
    cell.count += count.count;
    cells.set(id, cell);
  }
  return {
    senders: [...senders.values()].sort(compareParties),
    receivers: [...receivers.values()].sort(compareParties),
    cells: [...cells.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    total: counts.reduce((n, c) => n + c.count, 0),
  };
}

/** The count in one cell of a matrix, 0 when empty. */
export function cellCount(matrix: FlowMatrix, from: string, to: string): number {
  return matrix.cells.find((c) => c.from === from && c.to === to)?.count ?? 0;
}
