/** The page of a shared board before it opens, or when it cannot: what is happening, and the way back. */
export function RoomScreen({ message, detail, busy }: { message: string; detail?: string | undefined; busy: boolean }) {
  return (
    <main className="room-screen" aria-busy={busy}>
      <h1>P/A Map</h1>
      <p role="status" className="room-screen-message">{message}</p>
      {detail && <p className="room-screen-detail">{detail}</p>}
      {!busy && <a href="/">Open my boards</a>}
    </main>
  );
}
