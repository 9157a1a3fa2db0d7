import { useEffect, useState } from 'react';
import { useApp } from '../../store/useStore';

/**
 * The server's time now, as this device best knows it (its clock plus the offset measured from
 * round trips), renewed every `everyMs`: every screen counts down to the same second, whatever
 * its own clock says.
 */
export function useServerNow(everyMs = 250): number {
  const offset = useApp((s) => s.live?.workshop.offsetMs ?? 0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now + offset;
}
