import { peopleHere, type LiveState } from '../../store/liveState';
import { useApp } from '../../store/useStore';

/** "Live · 6 people · Saved", "Reconnecting…", "Offline — your changes are kept on this device". */
export function describeLive(live: LiveState): string {
  const role = live.role === 'view' ? 'View only · ' : '';
  if (live.ended) return `Not connected: ${live.ended.message}`;
  const count = peopleHere(live.people);
  switch (live.connection) {
    case 'connecting':
      return `${role}Connecting…`;
    case 'live':
      return `${role}Live · ${count} ${count === 1 ? 'person' : 'people'}${live.role !== 'view' ? (live.stored === true ? ' · Saved' : live.stored === 'failing' ? ' · Not saved: the server cannot store right now; your changes are kept on this device' : ' · Saving…') : ''}`;
    case 'reconnecting':
      return `${role}Reconnecting… Your changes are kept on this device.`;
    case 'offline':
      return `${role}Offline — your changes are kept on this device`;
  }
}

/** The shared board's status line, in place of the local save status. */
export function LiveStatus() {
  const text = useApp((s) => (s.live ? describeLive(s.live) : ''));
  const tone = useApp((s) => (!s.live ? '' : s.live.ended || s.live.stored === 'failing' ? 'error' : s.live.connection === 'live' ? (s.live.stored ? 'saved' : 'saving') : 'unsaved'));
  return (
    <div role="status" className={`save-status save-${tone} live-status`}>
      {text}
    </div>
  );
}
