import { randomBytes } from 'node:crypto';

/** A link for `--open` is used within seconds; one printed for a person to copy gets a little longer. */
export const OPEN_LINK_TTL_MS = 60_000;

export type Redemption = 'ok' | 'used' | 'expired' | 'unknown';

/** Past links are remembered (to say "already used") up to this many; older ones are simply unknown. */
const REMEMBERED = 1000;

/**
 * Single-use login nonces. A nonce is never the server's token: it is random on its own, can be
 * traded once for the session cookie, and expires. A copy left in a process list or the browser's
 * history is worth nothing.
 */
export class LoginLinks {
  private readonly links = new Map<string, { expiresAt: number; used: boolean }>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(ttlMs: number = OPEN_LINK_TTL_MS): string {
    const nonce = randomBytes(24).toString('base64url');
    this.links.set(nonce, { expiresAt: this.now() + ttlMs, used: false });
    while (this.links.size > REMEMBERED) this.links.delete(this.links.keys().next().value!);
    return nonce;
  }

  redeem(nonce: string): Redemption {
    const link = this.links.get(nonce);
    if (!link) return 'unknown';
    if (link.used) return 'used';
    link.used = true; // spent even when late: an expired link is never worth trying again
    return this.now() > link.expiresAt ? 'expired' : 'ok';
  }
}
