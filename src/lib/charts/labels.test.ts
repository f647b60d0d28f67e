import { describe, expect, it } from 'vitest';
import { charsThatFit, textWidth, truncateLabel, wrapLabel } from './labels';

describe('fitting labels', () => {
  it('leaves a label that fits as it is', () => {
    expect(truncateLabel('Valby', 10)).toBe('Valby');
    expect(wrapLabel('Socialforvaltningen', 24)).toEqual(['Socialforvaltningen']);
  });

  it('shortens a long label with an ellipsis, at a word end when one is near', () => {
    expect(truncateLabel('Mennesker med handicap', 16)).toBe('Mennesker med…');
    expect(truncateLabel('Integrationsforvaltningen', 10)).toBe('Integrati…');
    expect([...truncateLabel('Integrationsforvaltningen', 10)]).toHaveLength(10);
  });

  it('wraps a long administration name after its hyphen onto two lines', () => {
    expect(wrapLabel('Beskæftigelses- og Integrationsforvaltningen', 28)).toEqual(['Beskæftigelses- og', 'Integrationsforvaltningen']);
    expect(wrapLabel('Sundheds- og Omsorgsforvaltningen', 20)).toEqual(['Sundheds- og', 'Omsorgsforvaltningen']);
  });

  it('ends the last line with an ellipsis when two lines are not enough', () => {
    const lines = wrapLabel('Frivillige sociale organisationer i Vesterbro og Kongens Enghave', 20);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Frivillige sociale');
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(20);
  });

  it('cuts a single word longer than a line', () => {
    expect(wrapLabel('Integrationsforvaltningen', 12)).toEqual(['Integration…']);
    expect(wrapLabel('Integrationsforvaltningen og mere', 12)[0]).toBe('Integration…');
  });

  it('estimates widths generously and from characters, not bytes', () => {
    expect(textWidth('æøå', 10)).toBe(textWidth('abc', 10));
    expect(charsThatFit(200, 14)).toBe(24);
    expect(charsThatFit(1, 14)).toBe(1);
  });
});

describe('breaking at hyphens', () => {
  it('keeps a hyphenated name whole when it fits, and breaks after its hyphen when not', () => {
    expect(wrapLabel('Nørrebro-Bispebjerg', 24)).toEqual(['Nørrebro-Bispebjerg']);
    expect(wrapLabel('Vesterbro-Kongens Enghave', 12)).toEqual(['Vesterbro-', 'Kongens…']);
  });
});
