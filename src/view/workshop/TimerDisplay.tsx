import { useEffect, useRef } from 'react';
import { useApp } from '../../store/useStore';
import { clockText, roomTimerOf, timeLeft } from '../../model/rounds';
import { useServerNow } from './useServerNow';

/**
 * The room's timer, the same on every screen to the second (server time), large on the
 * projector and in presentation. At zero it says so clearly, and beeps once if asked to.
 */
export function TimerDisplay({ large = false, sound = false }: { large?: boolean; sound?: boolean }) {
  const timer = useApp((s) => roomTimerOf(s.doc.board));
  const now = useServerNow();
  const left = timer ? timeLeft(timer, now) : 0;
  const over = timer !== null && timer.total > 0 && left === 0 && (timer.running || timer.remaining === 0);
  const rang = useRef<number | null>(null);
  useEffect(() => {
    if (!over || !sound || !timer || rang.current === timer.endsAt) return;
    rang.current = timer.endsAt;
    beep();
  }, [over, sound, timer]);
  if (!timer || (!timer.running && timer.remaining === 0 && timer.total === 0)) return null;
  const state = over ? 'over' : timer.running ? 'running' : 'paused';
  return (
    <div className={`room-timer room-timer-${state}${large ? ' room-timer-large' : ''}`} role="timer" aria-live={over ? 'assertive' : 'off'} aria-label={over ? 'Time is up' : `Time left ${clockText(left)}${timer.running ? '' : ', paused'}`} data-left={Math.ceil(left / 1000)}>
      {over ? 'Time is up' : clockText(left)}
      {!over && !timer.running && <span className="room-timer-note"> paused</span>}
    </div>
  );
}

/** One short tone (Web Audio; silent where the browser allows none). */
function beep(): void {
  try {
    const context = new AudioContext();
    const tone = context.createOscillator();
    tone.frequency.value = 880;
    tone.connect(context.destination);
    tone.start();
    tone.stop(context.currentTime + 0.4);
    tone.onended = () => void context.close();
  } catch {
    // No sound: the screen says it.
  }
}
