import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanCause, ErrorSummary } from './ErrorSummary';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ErrorSummary', () => {
  it('logs a cause once at once, then once a minute with its count', () => {
    const lines: string[] = [];
    const summary = new ErrorSummary((line) => lines.push(line));
    for (let i = 0; i < 1000; i++) summary.note('malformed message (truncated)');
    expect(lines).toEqual(['malformed message (truncated)']);
    vi.advanceTimersByTime(60_000);
    expect(lines).toEqual(['malformed message (truncated)', 'malformed message (truncated) (999 more in the last 60 s)']);
    summary.note('malformed message (truncated)');
    vi.advanceTimersByTime(60_000);
    expect(lines.length).toBe(3);
    // A quiet minute: forgotten, so the next one is told at once.
    vi.advanceTimersByTime(60_000);
    summary.note('malformed message (truncated)');
    expect(lines.length).toBe(4);
  });

  it('names at most 30 causes a minute, however many a stranger invents', () => {
    const lines: string[] = [];
    const summary = new ErrorSummary((line) => lines.push(line));
    for (let i = 0; i < 10_000; i++) summary.note(`unknown message type ${i}`);
    vi.advanceTimersByTime(60_000);
    expect(lines.length).toBe(32);
    expect(lines.at(-1)).toMatch(/^other events \(9969 more/);
  });
});

describe('cleanCause', () => {
  it('never logs a room id, token or socket id whole, nor a character that forges a line', () => {
    expect(cleanCause('closing connection 1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed (while handling Qm9vWk1hcE9mVGhlV29ybGQx)')).toBe('closing connection … (while handling …)');
    expect(cleanCause('bad\nfake line\u202e\u0085')).toBe('bad?fake line??');
    expect(cleanCause('a b '.repeat(100)).length).toBeLessThanOrEqual(160);
  });
});
