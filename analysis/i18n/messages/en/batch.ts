/** batch texts (English). Italian: ../it/batch.ts, same keys. */
export const batch = {};
