import { describe, expect, it } from 'vitest';
import { LoginLinks, OPEN_LINK_TTL_MS } from '../../../../analysis/api/http/login-links.js';

describe('LoginLinks', () => {
  it('redeems a nonce once, then says it was used', () => {
    const links = new LoginLinks();
    const nonce = links.issue();
    expect(links.redeem(nonce)).toBe('ok');
    expect(links.redeem(nonce)).toBe('used');
    expect(links.redeem('never-issued')).toBe('unknown');
  });

  it('expires a nonce within a minute by default', () => {
    let now = 1_000;
    const links = new LoginLinks(() => now);
    const nonce = links.issue();
    now += OPEN_LINK_TTL_MS + 1;
    expect(OPEN_LINK_TTL_MS).toBeLessThanOrEqual(60_000);
    expect(links.redeem(nonce)).toBe('expired');
    expect(links.redeem(nonce)).toBe('used');
  });

  it('makes a different, unguessable nonce each time', () => {
    const links = new LoginLinks();
    const a = links.issue();
    expect(a).toMatch(/^[\w-]{32}$/);
    expect(links.issue()).not.toBe(a);
  });
});
