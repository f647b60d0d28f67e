import { describe, expect, it } from 'vitest';
import { bandPath, flowLayout } from './flow';

const input = {
  senders: [
    { key: 'sof', label: 'Socialforvaltningen' },
    { key: 'citizen', label: 'Borgeren selv' },
    { key: 'kff', label: 'Kultur- og Fritidsforvaltningen' },
  ],
  receivers: [
    { key: 'sof', label: 'Socialforvaltningen' },
    { key: 'suf', label: 'Sundheds- og Omsorgsforvaltningen' },
  ],
  cells: [
    { from: 'sof', to: 'suf', count: 6 },
    { from: 'citizen', to: 'sof', count: 3 },
    { from: 'citizen', to: 'suf', count: 1 },
  ],
};

describe('a flow chart of referrals', () => {
  const layout = flowLayout(input, { plotHeight: 200, width: 640, labelWidth: 180 });
  const node = (side: 'sender' | 'receiver', key: string) => layout.nodes.find((n) => n.side === side && n.key === key)!;

  it('leaves out parties without referrals and keeps the order of the rest', () => {
    expect(layout.nodes.map((n) => `${n.side}:${n.key}`)).toEqual(['sender:sof', 'sender:citizen', 'receiver:sof', 'receiver:suf']);
  });

  it('makes each bar as tall as its referrals, on the same scale on both sides', () => {
    // 10 referrals in 200 units: 20 per referral.
    expect(node('sender', 'sof').height).toBe(120);
    expect(node('sender', 'citizen').height).toBe(80);
    expect(node('receiver', 'sof').height).toBe(60);
    expect(node('receiver', 'suf').height).toBe(140);
    expect(node('receiver', 'suf').lines.at(-1)).toBe('7');
  });

  it('puts senders at the left with labels before them, receivers at the right with labels after', () => {
    expect(node('sender', 'sof').x).toBe(180);
    expect(node('sender', 'sof').anchor).toBe('end');
    expect(node('receiver', 'suf').x).toBe(640 - 180 - 14);
    expect(node('receiver', 'suf').labelX).toBe(640 - 180 + 8);
  });

  it('never lets bars or labels of one side overlap', () => {
    for (const side of ['sender', 'receiver'] as const) {
      const nodes = layout.nodes.filter((n) => n.side === side);
      for (let i = 1; i < nodes.length; i++) {
        const above = nodes[i - 1]!;
        expect(nodes[i]!.y).toBeGreaterThanOrEqual(above.y + above.height);
        const lastLineOfAbove = above.labelY + (above.lines.length - 1) * layout.lineHeight;
        expect(nodes[i]!.labelY - layout.fontSize).toBeGreaterThan(lastLineOfAbove);
      }
    }
    for (const n of layout.nodes) expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
  });

  it('draws one band per pair, stacked inside each bar without gaps', () => {
    expect(layout.links.map((l) => [l.from, l.to, l.count])).toEqual([
      ['sof', 'suf', 6],
      ['citizen', 'sof', 3],
      ['citizen', 'suf', 1],
    ]);
    // The citizen's band to SUF arrives below SOF's six (6 × 20 units).
    const suf = node('receiver', 'suf');
    const last = layout.links[2]!.path;
    expect(last).toContain(` ${suf.x} ${suf.y + 120}L`);
  });

  it('writes a band as a closed path curving halfway', () => {
    expect(bandPath(0, 10, 100, 50, 5)).toBe('M0 10C50 10 50 50 100 50L100 55C50 55 50 15 0 15Z');
  });

  it('draws nothing for a year without referrals', () => {
    const empty = flowLayout({ senders: input.senders, receivers: input.receivers, cells: [] });
    expect(empty.nodes).toEqual([]);
    expect(empty.links).toEqual([]);
    expect(Number.isFinite(empty.height)).toBe(true);
  });
});

describe('labels of the flow chart', () => {
  it('keeps a long name with its "(sagssystem)" whole on three lines', () => {
    const layout = flowLayout({
      senders: [{ key: 'api:suf', label: 'Sundheds- og Omsorgsforvaltningen (sagssystem)' }],
      receivers: [{ key: 'bif', label: 'Beskæftigelses- og Integrationsforvaltningen' }],
      cells: [{ from: 'api:suf', to: 'bif', count: 9 }],
    });
    expect(layout.nodes[0]!.lines).toEqual(['Sundheds- og', 'Omsorgsforvaltningen', '(sagssystem)', '9']);
    expect(layout.nodes[1]!.lines).toEqual(['Beskæftigelses- og', 'Integrationsforvaltningen', '9']);
  });
});
