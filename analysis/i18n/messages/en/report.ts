/** report texts (English). Italian: ../it/report.ts, same keys. */
export const report = {};
