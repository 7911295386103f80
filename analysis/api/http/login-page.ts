import type { Redemption } from './login-links.js';

const MESSAGES: Record<Exclude<Redemption, 'ok'>, string> = {
  used: 'This link was already used; run <code>preflight serve</code> again or use the open window.',
  expired:
    'This link has expired; run <code>preflight serve</code> again (or press Enter in its terminal for a new link) or use the open window.',
  unknown:
    'This login link is not valid for this server; run <code>preflight serve</code> again or use the open window.',
};

/** The page a refused single-use login link shows: plain, static, no script. */
export function loginRefusedPage(outcome: Exclude<Redemption, 'ok'>): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preflight: link not valid</title></head><body><p>${MESSAGES[outcome]}</p></body></html>\n`;
}
