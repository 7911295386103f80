/** Inline stylesheet: light, high-contrast, and laid out for A4 when printed or turned into a PDF. */
export const REPORT_CSS = `
:root { --pass: #1a7f37; --warn: #9a6700; --fail: #cf222e; --error: #8250df; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); margin: 0; background: #fff; }
main { max-width: 1000px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 10px; }
h3 { font-size: 16px; margin: 0; overflow-wrap: anywhere; }
.meta, .folder, .note { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
.counts { display: flex; gap: 8px; flex-wrap: wrap; margin: 14px 0 6px; }
.count { border: 1px solid var(--line); border-radius: 8px; padding: 6px 12px; min-width: 90px; }
.count b { display: block; font-size: 22px; }
.count.pass b { color: var(--pass); } .count.warn b { color: var(--warn); } .count.fail b { color: var(--fail); } .count.error b { color: var(--error); }
.stack { display: flex; height: 10px; border-radius: 5px; overflow: hidden; background: var(--soft); }
.count.not-checked b { color: var(--muted); } .stack span.not-checked { background: var(--line); }
.stack span.pass { background: var(--pass); } .stack span.warn { background: var(--warn); } .stack span.fail { background: var(--fail); } .stack span.error { background: var(--error); }
.chip { display: inline-block; border-radius: 999px; padding: 1px 10px; font-weight: 600; font-size: 12px; color: #fff; text-transform: uppercase; letter-spacing: .03em; }
.chip.pass { background: var(--pass); } .chip.warn { background: var(--warn); } .chip.fail { background: var(--fail); } .chip.error { background: var(--error); }
.status { font-weight: 600; } .status.pass { color: var(--pass); } .status.warn { color: var(--warn); } .status.fail { color: var(--fail); }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.findings li { margin: 3px 0; }
.card { border: 1px solid var(--line); border-radius: 10px; padding: 16px; margin: 16px 0; break-inside: avoid-page; }
.card header { display: flex; justify-content: space-between; gap: 12px; align-items: flex-start; }
.score { font-size: 28px; font-weight: 700; text-align: right; line-height: 1; }
.score small { display: block; font-size: 11px; font-weight: 400; color: var(--muted); }
.tags { margin: 6px 0 0; font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
.tags code { background: var(--soft); border-radius: 4px; padding: 0 4px; }
.evidence { display: grid; grid-template-columns: auto 1fr; gap: 14px; margin: 14px 0; align-items: start; }
.evidence h4, .panel h4 { margin: 0 0 6px; font-size: 12px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
.frame { height: 160px; border-radius: 6px; border: 1px solid var(--line); display: block; }
.strip { display: grid; grid-template-columns: repeat(var(--frames, 6), 1fr); gap: 4px; }
.strip figure { margin: 0; text-align: left; min-width: 0; }
.strip img { width: 100%; max-height: 150px; object-fit: contain; object-position: left top; border-radius: 4px; display: block; }
.strip figcaption, .seam figcaption { font-size: 11px; color: var(--muted); }
.panels { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; margin: 10px 0 14px; }
.panel { border: 1px solid var(--line); border-radius: 8px; padding: 10px; break-inside: avoid; }
.seam { display: flex; flex-wrap: wrap; gap: 6px; align-items: flex-end; }
.seam figure { margin: 0; min-width: 0; flex: 0 1 auto; }
.seam img { height: auto; max-height: 120px; max-width: 100%; border-radius: 4px; border: 1px solid var(--line); display: block; }
.similarity { font-size: 20px; font-weight: 700; margin-left: 8px; flex: 0 0 auto; min-width: 8em; }
.similarity .note { overflow-wrap: normal; word-break: normal; hyphens: none; }
svg.figure { width: 100%; height: auto; display: block; font: 11px system-ui, sans-serif; }
svg .axis { stroke: #8c959f; stroke-width: 1; }
svg .curve { fill: none; stroke: #0969da; stroke-width: 2; }
svg .attention { fill: #ddf4ff; }
svg .cut { stroke: var(--fail); stroke-width: 2; stroke-dasharray: 4 3; } svg .cut-label { fill: var(--fail); }
svg .sound { stroke: #8250df; stroke-width: 2; } svg .sound-label { fill: #8250df; }
svg .tick { fill: var(--muted); }
svg .loud { fill: #54aeff; }
svg .target { stroke: var(--pass); stroke-width: 1.5; stroke-dasharray: 6 3; } svg .target-label { fill: var(--pass); }
svg .band { fill: #eaeef2; stroke: #fff; stroke-width: 2; } svg .band-label { fill: var(--muted); }
svg .sweet { fill: var(--pass); } svg .sweet-label { fill: var(--pass); font-weight: 600; }
svg .now { stroke: var(--ink); fill: var(--ink); stroke-width: 3; } svg .tick-line { stroke: var(--muted); stroke-width: 1; } svg .now-label { font-weight: 700; fill: var(--ink); }
.error-box { background: #fbefff; border-radius: 8px; padding: 10px 12px; }
footer { margin-top: 30px; font-size: 12px; color: var(--muted); }
.glossary h2 { font-size: 14px; color: var(--ink, inherit); }
.glossary dt { font-weight: 600; margin-top: 4px; }
.glossary dd { margin: 0 0 2px; }
@media print {
  body { font-size: 10.5px; }
  h1 { font-size: 20px; } h2 { font-size: 15px; } h3 { font-size: 13px; }
  .frame { height: 100px; } .strip img { max-height: 90px; } .seam img { max-height: 80px; }
  th, td { padding: 2px 6px; } th, .note, .meta, .folder, .tags, .evidence h4, .panel h4 { font-size: 9px; }
  .evidence { margin: 8px 0; gap: 10px; } .panels { margin: 6px 0 8px; gap: 10px; } .panel { padding: 6px 8px; }
  .findings { margin: 6px 0; }
  main { max-width: none; padding: 0; }
  /* One analysed draft per page: a card can be handed on alone; its parts never split. */
  .card { break-before: page; break-inside: auto; margin: 0; border: none; padding: 0; }
  .card.error-card { break-before: auto; break-inside: avoid; margin-top: 14px; }
  .evidence, .panels, .panel, tr, .findings li { break-inside: avoid; }
  td { font-size: 8.5px; line-height: 1.3; } .strip figcaption, .seam figcaption { font-size: 8px; } .similarity { font-size: 16px; }
  .findings li { margin: 1px 0; }
  a { color: inherit; text-decoration: none; }
  /* A card with many notes (card-density.ts): smaller pictures, figures and table text, one page still. */
  .card.dense .frame, .card.denser .frame { height: 72px; }
  .card.dense .strip img, .card.denser .strip img { max-height: 64px; }
  .card.dense .seam img, .card.denser .seam img { max-height: 60px; }
  .card.dense svg.figure { max-height: 72px; } .card.denser svg.figure { max-height: 60px; }
  .card.dense td { font-size: 8px; line-height: 1.25; } .card.denser td { font-size: 7.5px; line-height: 1.2; padding: 1px 5px; }
  .card.dense .findings, .card.denser .findings { margin: 4px 0; font-size: 10px; }
  .card.denser .frame { height: 60px; } .card.denser .strip img { max-height: 52px; } .card.denser .seam img { max-height: 50px; }
  .card.dense .evidence, .card.denser .evidence { margin: 4px 0; } .card.dense .panels, .card.denser .panels { margin: 4px 0 6px; }
}
@page { size: A4; margin: 11mm 12mm; }
`;
