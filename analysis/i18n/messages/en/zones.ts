/** zones texts (English). Italian: ../it/zones.ts, same keys. */
export const zones = {};
