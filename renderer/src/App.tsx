/** Start screen; the batch and scorecard views build on the engine's API contract. */
export function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '3rem', maxWidth: 720, margin: '0 auto', lineHeight: 1.5 }}>
      <h1>Preflight</h1>
      <p>Pre-flight checks for short-form vertical video: duration, hook, loop, sound and upload specs.</p>
      <p>
        The desktop scorecard is on its way. Today, check a folder of drafts from a terminal with <code>npx preflight &lt;folder&gt;</code>.
      </p>
    </main>
  );
}
