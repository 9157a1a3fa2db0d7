import { describe, expect, it } from 'vitest';
import { takeFirstVisit } from './firstVisit';

const memory = () => {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
};

describe('takeFirstVisit', () => {
  it('is true once per browser, then false', () => {
    const storage = memory();
    expect(takeFirstVisit(storage)).toBe(true);
    expect(takeFirstVisit(storage)).toBe(false);
  });

  it('is false where storage fails or is missing, so the welcome never repeats on every visit', () => {
    expect(takeFirstVisit({ getItem: () => { throw new Error('blocked'); }, setItem: () => undefined })).toBe(false);
    expect(takeFirstVisit(undefined)).toBe(false);
  });
});
