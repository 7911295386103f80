/** cli texts (English). Italian: ../it/cli.ts, same keys. */
export const cli = {};
