/** caption texts (English). Italian: ../it/caption.ts, same keys. */
export const caption = {};
