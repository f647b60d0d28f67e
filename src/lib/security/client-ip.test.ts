import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

describe('clientIp', () => {
  it('uses the socket address when no proxy is trusted, whatever the header says', () => {
    expect(clientIp('10.0.0.9', '1.2.3.4', 0)).toBe('10.0.0.9');
  });

  it('takes the address the trusted proxy saw, not one the client wrote itself', () => {
    expect(clientIp('10.0.0.9', '6.6.6.6, 1.2.3.4', 1)).toBe('1.2.3.4');
    expect(clientIp('10.0.0.9', '6.6.6.6, 1.2.3.4, 10.0.0.2', 2)).toBe('1.2.3.4');
  });

  it('falls back to the socket address without the header', () => {
    expect(clientIp('10.0.0.9', null, 1)).toBe('10.0.0.9');
  });
});
