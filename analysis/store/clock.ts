/** Timestamps are stored as ISO 8601 UTC text: sortable, readable in any SQLite tool. */
export const nowIso = (): string => new Date().toISOString();
