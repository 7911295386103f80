/** app texts (English). Italian: ../it/app.ts, same keys. */
export const app = {};
