/** Technical tags every MP4 carries; they say nothing to an editor. */
const TECHNICAL = new Set(['major_brand', 'minor_version', 'compatible_brands']);
const MAX_TAGS = 20;
const MAX_LENGTH = 300;

/**
 * The container tags worth showing (title, artist, comment, encoder, creation_time…), bounded in
 * number and length because they are stored and printed. Values are untrusted text: every writer escapes them.
 */
export function containerMetadata(tags: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags)) {
    if (TECHNICAL.has(key) || Object.keys(out).length >= MAX_TAGS) continue;
    out[key.slice(0, 60)] = value.length > MAX_LENGTH ? `${value.slice(0, MAX_LENGTH - 1)}…` : value;
  }
  return out;
}
