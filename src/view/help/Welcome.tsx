interface Props {
  /** Opens a new blank board of the user's own. */
  readonly onStart: () => void;
  readonly onClose: () => void;
}

/**
 * The first minute: what a P/A map is, in three lines, and two things to try, over the
 * sample board. Not modal: the sample stays in reach behind it.
 */
export function Welcome({ onStart, onClose }: Props) {
  return (
    // Named "Welcome", not by its heading: a region named "…Map" would be taken for the map.
    <section className="welcome" aria-label="Welcome">
      <h2>Welcome to P/A Map</h2>
      <ul className="welcome-what">
        <li>A Psycho-Aesthetics map places <strong>products</strong> (circles) and <strong>customer groups</strong> (diamonds) on two axes: how involved people are, passive to immersive (left to right), and the need met, essential to aspirational (bottom to top).</li>
        <li>Where groups sit and no product serves them are <strong>opportunity zones</strong>: the shaded, numbered areas, ranked by the demand they leave unmet. Faint lettered circles with a dotted edge mark open ground, far from every product.</li>
        <li>This sample is your own copy: change anything. Boards ▾ → Reset the sample brings it back.</li>
      </ul>
      <p className="welcome-try-title">Two things to try</p>
      <ol className="welcome-try">
        <li>Drag a product into zone 1 and watch the ranking change.</li>
        <li>Open the Zones tab to read why each zone ranks where it does.</li>
      </ol>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={onStart}>Start your own board</button>
        <button type="button" onClick={onClose}>Explore the sample</button>
      </div>
    </section>
  );
}
