/** errors texts (English). Italian: ../it/errors.ts, same keys. */
export const errors = {};
