/** glossary texts (English). Italian: ../it/glossary.ts, same keys. */
export const glossary = {};
