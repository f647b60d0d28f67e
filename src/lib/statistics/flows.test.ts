import { describe, expect, it } from 'vitest';
import { CITIZEN, cellCount, flowMatrix } from './flows';

const labels = new Map([
  ['sof', { da: 'Socialforvaltningen', en: 'Social Services', abbreviation: 'SOF' }],
  ['suf', { da: 'Sundheds- og Omsorgsforvaltningen', en: 'Health and Care', abbreviation: 'SUF' }],
  ['oekf', { da: 'Økonomiforvaltningen', en: 'Finance', abbreviation: 'ØKF' }],
]);

describe('a referral flow matrix', () => {
  const matrix = flowMatrix(
    [
      { source: 'staff', sender: 'suf', receiver: 'sof', count: 3 },
      { source: 'api', sender: 'suf', receiver: 'sof', count: 2 },
      { source: 'citizen', sender: null, receiver: 'oekf', count: 1 },
      { source: 'citizen', sender: null, receiver: 'sof', count: 4 },
      { source: 'staff', sender: 'oekf', receiver: 'suf', count: 1 },
    ],
    labels,
  );

  it('keeps staff, case system and citizen as separate senders, in Danish order with the citizen last', () => {
    expect(matrix.senders.map((s) => s.label.da)).toEqual([
      'Sundheds- og Omsorgsforvaltningen',
      'Sundheds- og Omsorgsforvaltningen (sagssystem)',
      'Økonomiforvaltningen',
      'Borgeren selv',
    ]);
    expect(matrix.senders.map((s) => s.key)).toEqual(['adm:suf', 'api:suf', 'adm:oekf', CITIZEN]);
    expect(matrix.senders[1]!.label.en).toBe('Health and Care (case system)');
  });

  it('lists the receivers that occur, by Danish name (Ø after S)', () => {
    expect(matrix.receivers.map((r) => r.key)).toEqual(['adm:sof', 'adm:suf', 'adm:oekf']);
  });

  it('counts each cell and the total', () => {
    expect(cellCount(matrix, 'adm:suf', 'adm:sof')).toBe(3);
    expect(cellCount(matrix, 'api:suf', 'adm:sof')).toBe(2);
    expect(cellCount(matrix, CITIZEN, 'adm:sof')).toBe(4);
    expect(cellCount(matrix, CITIZEN, 'adm:suf')).toBe(0);
    expect(matrix.total).toBe(11);
    expect(matrix.cells[0]).toEqual({ from: CITIZEN, to: 'adm:sof', count: 4 });
  });

  it('adds up pairs that land in the same cell (a sender without administration is the citizen)', () => {
    const merged = flowMatrix(
      [
        { source: 'citizen', sender: null, receiver: 'sof', count: 1 },
        { source: 'staff', sender: null, receiver: 'sof', count: 2 },
      ],
      labels,
    );
    expect(merged.cells).toEqual([{ from: CITIZEN, to: 'adm:sof', count: 3 }]);
  });

  it('is empty without referrals', () => {
    expect(flowMatrix([], labels)).toEqual({ senders: [], receivers: [], cells: [], total: 0 });
  });
});
