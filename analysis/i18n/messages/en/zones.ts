/** The interface-area check's texts (English). Italian: ../it/zones.ts, same keys. */
export const zones = {
  title: 'Interface areas',
  label: 'Zones',
  target: 'no busy detail under the interface (top bar, caption, buttons)',
  clear: 'clear',
  busyAreas_one: '{{count}} area',
  busyAreas_other: '{{count}} areas',
  allClear: 'Nothing busy under the {{platform}} interface areas at the start or at the end.',
  clearOpening: 'Nothing busy under the {{platform}} interface areas at the start (the end could not be measured).',
  clearEnding: 'Nothing busy under the {{platform}} interface areas at the end (the start could not be measured).',
  notVertical:
    'Not a full-screen vertical (9:16) frame: the phone shows it letterboxed, so the interface areas of a 9:16 video do not apply.',
  busy: {
    top: 'Detail under the top bar from {{from}} to {{to}} s: text there is hidden by the {{platform}} interface.',
    bottom:
      'Detail under the caption area from {{from}} to {{to}} s: text there is hidden by the {{platform}} interface.',
    right: 'Detail under the buttons from {{from}} to {{to}} s: text there is hidden by the {{platform}} interface.',
  },
  advice: 'Move text, faces and products towards the centre.',
  names: {
    top: 'Top bar',
    bottom: 'Caption area',
    right: 'Buttons',
  },
};
