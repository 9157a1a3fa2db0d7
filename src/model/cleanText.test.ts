import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, isClean } from './cleanText';

const hostile = ['\u202E', '\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u0085', '\u0080', '\u009F', '\u007F', '\u2028', '\u2029', '\u0000', '\u001B', '\uFFFE', '\uD800'];

describe('cleanText', () => {
  it('removes bidirectional overrides and isolates, C1 controls, DEL and the line and paragraph separators', () => {
    expect(cleanText('Invoice\u202Egnp.exe', 'label')).toEqual({ text: 'Invoicegnp.exe', removed: 1 });
    expect(cleanText(`a${hostile.join('')}b`, 'text')).toEqual({ text: 'ab', removed: hostile.length });
    expect(cleanText('كوب قهوة, Café, 咖啡 \u200F☕', 'label').removed).toBe(0);
  });

  it('leaves no unwanted character, whatever the text, and keeps what it is given otherwise', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...hostile), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('label' as const, 'text' as const), (raw, field) => {
        const { text: clean } = cleanText(raw, field);
        expect(isClean(clean, field)).toBe(true);
        // (A lone surrogate is checked by isClean: U+D800 is also half of every valid pair from U+10000.)
        for (const ch of hostile.filter((c) => c !== '\uD800')) expect(clean.includes(ch)).toBe(false);
        expect(cleanText(clean, field)).toEqual({ text: clean, removed: 0 });
      }),
    );
  });
});
