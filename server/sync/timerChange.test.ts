import { describe, expect, it } from 'vitest';
import { changedTimer } from './timerChange';
import { timerLimitMs } from '../../src/schema/readRound';
import type { RoomTimer } from '../../src/model/types';

const running: RoomTimer = { id: 'timer:room', running: true, endsAt: 10_000 + 300_000, remaining: 300_000, total: 300_000, createdAt: '' };
const minute = 60_000;

describe('changedTimer', () => {
  it('pauses with what is left, and resumes from it on the clock of the resume', () => {
    const paused = changedTimer(running, 'pause', 10_000 + 100_000, minute);
    expect(paused).toMatchObject({ running: false, remaining: 200_000 });
    expect(changedTimer(paused, 'resume', 500_000, minute)).toMatchObject({ running: true, endsAt: 700_000, remaining: 200_000 });
  });

  it('adds a minute running or paused, and to the total', () => {
    expect(changedTimer(running, 'add', 20_000, minute)).toMatchObject({ endsAt: running.endsAt + minute, total: 360_000 });
    const paused = changedTimer(running, 'pause', 10_000, minute);
    expect(changedTimer(paused, 'add', 10_000, minute)).toMatchObject({ running: false, remaining: 360_000 });
  });

  it('adds no minute past the limit a timer reads with', () => {
    const long = { ...running, total: timerLimitMs - minute / 2 };
    expect(changedTimer(long, 'add', 20_000, minute)).toBe(long);
  });

  it('stops at zero, and a stopped timer does not resume', () => {
    const stopped = changedTimer(running, 'stop', 50_000, minute);
    expect(stopped).toMatchObject({ running: false, remaining: 0 });
    expect(changedTimer(stopped, 'resume', 60_000, minute).running).toBe(false);
  });
});
