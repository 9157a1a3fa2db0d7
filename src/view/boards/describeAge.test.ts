import { describe, expect, it } from 'vitest';
import { describeAge } from './describeAge';

describe('describeAge', () => {
  const now = Date.parse('2026-05-01T12:00:00Z');
  it('says how long ago a board was edited, in words', () => {
    expect(describeAge('2026-05-01T11:59:40Z', now)).toBe('edited just now');
    expect(describeAge('2026-05-01T11:55:00Z', now)).toBe('edited 5 minutes ago');
    expect(describeAge('2026-05-01T09:00:00Z', now)).toBe('edited 3 hours ago');
    expect(describeAge('2026-04-30T12:00:00Z', now)).toBe('edited yesterday');
    expect(describeAge('', now)).toBe('never saved');
  });
});
