/**
 * The geometry of a flow chart (who refers to whom): senders in a column at the left, receivers
 * at the right, each a bar as tall as its number of referrals, and a band from sender to receiver
 * as wide as the referrals between them. Pure numbers; components/charts/FlowChart.astro draws
 * them. The matrix table beside the chart has every number.
 */
import { charsThatFit, wrapLabel } from './labels';
import { round } from './scale';

/** A party of the flow (an administration, "Borgeren selv", a case system). */
export interface FlowPartyInput {
  key: string;
  label: string;
}

export interface FlowInput {
  senders: readonly FlowPartyInput[];
  receivers: readonly FlowPartyInput[];
  cells: readonly { from: string; to: string; count: number }[];
}

export interface FlowOptions {
  width?: number;
  fontSize?: number;
  /** Room for the labels on each side. */
  labelWidth?: number;
  /** Height shared by the bars of one side, before gaps; the chart grows when labels need room. */
  plotHeight?: number;
}

export interface FlowNode {
  key: string;
  label: string;
  side: 'sender' | 'receiver';
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label in up to three lines that fit ("… (sagssystem)" must not be cut), then the count on a line of its own. */
  lines: string[];
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface FlowLink {
  from: string;
  to: string;
  count: number;
  /** The band as an SVG path. */
  path: string;
}

export interface FlowLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  nodes: FlowNode[];
  links: FlowLink[];
}

const NODE_WIDTH = 14;
const GAP = 12;
const TOP = 8;

/** Lays out the flow of `input`: parties without referrals are left out, the rest keep their order. */
export function flowLayout(input: FlowInput, options: FlowOptions = {}): FlowLayout {
  const width = options.width ?? 760;
  const fontSize = options.fontSize ?? 14;
  const labelWidth = options.labelWidth ?? 220;
  const lineHeight = round(fontSize * 1.2);
  const cells = input.cells.filter((c) => c.count > 0);
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  const sumBy = (key: 'from' | 'to', party: string) => cells.filter((c) => c[key] === party).reduce((s, c) => s + c.count, 0);
  const senders = input.senders.map((p) => ({ ...p, count: sumBy('from', p.key) })).filter((p) => p.count > 0);
  const receivers = input.receivers.map((p) => ({ ...p, count: sumBy('to', p.key) })).filter((p) => p.count > 0);

  // One unit of height per referral, the same on both sides so that a band fits its two ends.
  const unit = total > 0 ? (options.plotHeight ?? 280) / total : 0;
  // A slot never shorter than its label (up to three lines and the count), so labels never overlap.
  const minSlot = 4 * lineHeight + 4;
  const chars = charsThatFit(labelWidth - 8, fontSize);

  const column = (parties: typeof senders, side: FlowNode['side']): FlowNode[] => {
    let y = TOP;
    const x = side === 'sender' ? labelWidth : width - labelWidth - NODE_WIDTH;
    return parties.map((party) => {
      const height = party.count * unit;
      const slot = Math.max(height, minSlot);
      const lines = [...wrapLabel(party.label, chars, 3), String(party.count)];
      const node: FlowNode = {
        key: party.key,
        label: party.label,
        side,
        count: party.count,
        x,
        y: round(y + (slot - height) / 2),
        width: NODE_WIDTH,
        height: round(height),
        lines,
        labelX: side === 'sender' ? x - 8 : x + NODE_WIDTH + 8,
        labelY: round(y + slot / 2 - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35),
        anchor: side === 'sender' ? 'end' : 'start',
      };
      y += slot + GAP;
      return node;
    });
  };
  const left = column(senders, 'sender');
  const right = column(receivers, 'receiver');

  // Bands leave a sender in the receivers' order and arrive in the senders' order, so they do not cross inside a node.
  const offsets = new Map<FlowNode, number>([...left, ...right].map((n) => [n, 0]));
  const links: FlowLink[] = [];
  for (const from of left) {
    for (const to of right) {
      const count = cells.filter((c) => c.from === from.key && c.to === to.key).reduce((s, c) => s + c.count, 0);
      if (count === 0) continue;
      const band = count * unit;
      const y0 = from.y + offsets.get(from)!;
      const y1 = to.y + offsets.get(to)!;
      offsets.set(from, offsets.get(from)! + band);
      offsets.set(to, offsets.get(to)! + band);
      links.push({ from: from.key, to: to.key, count, path: bandPath(from.x + NODE_WIDTH, y0, to.x, y1, band) });
    }
  }
  const bottom = Math.max(TOP, ...[...left, ...right].map((n) => Math.max(n.y + n.height, n.labelY + fontSize * 0.3 + (n.lines.length - 1) * lineHeight)));
  return { width, height: round(bottom + TOP), fontSize, lineHeight, nodes: [...left, ...right], links };
}

/** A band of thickness `band` from (x0, y0) to (x1, y1), curving halfway between. */
export function bandPath(x0: number, y0: number, x1: number, y1: number, band: number): string {
  const m = round((x0 + x1) / 2);
  const [a, b, c, d] = [round(y0), round(y1), round(y1 + band), round(y0 + band)];
  return `M${round(x0)} ${a}C${m} ${a} ${m} ${b} ${round(x1)} ${b}L${round(x1)} ${c}C${m} ${c} ${m} ${d} ${round(x0)} ${d}Z`;
}
