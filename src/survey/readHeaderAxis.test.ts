import { describe, expect, it } from 'vitest';
import { readHeaderAxis } from './readHeaderAxis';
import { axisPhrases } from './axisPhrases';

const phrases = axisPhrases();
const read = (header: string) => readHeaderAxis(header, phrases);

describe('readHeaderAxis', () => {
  it('reads an item and an axis in any order and with any separator', () => {
    for (const header of ['Capsule machine – interactivity', 'Capsule machine: Interactivity', 'Capsule machine (Interactivity)', 'Interactivity - Capsule machine', 'Capsule machine_interactivity', 'Capsule machine | interactivity score', 'Capsule machine interactivity']) {
      expect(read(header), header).toEqual({ axis: 0, item: 'Capsule machine' });
    }
    expect(read('Capsule machine – need')).toEqual({ axis: 1, item: 'Capsule machine' });
    expect(read('Q3 Need: Capsule machine')).toEqual({ axis: 1, item: 'Capsule machine' });
    expect(read('capsule_machine_need')).toEqual({ axis: 1, item: 'capsule machine' });
  });

  it('takes the item from a question naming the axis: Google Forms brackets, SurveyMonkey and Qualtrics sub-answers', () => {
    expect(read('How interactive is each product? [Capsule machine]')).toEqual({ axis: 0, item: 'Capsule machine' });
    expect(read('How much is each a need? [Capsule machine]')).toEqual({ axis: 1, item: 'Capsule machine' });
    expect(read('How immersive is each? – Capsule machine')).toEqual({ axis: 0, item: 'Capsule machine' });
    expect(read('Q1_1 – Capsule machine - Interactivity')).toEqual({ axis: 0, item: 'Capsule machine' });
  });

  it('takes a scale’s legend in brackets off the item, whatever the legend says', () => {
    expect(read('How interactive is each of these products? (1 = Not at all interactive, 7 = Extremely interactive) - Capsule machine')).toEqual({ axis: 0, item: 'Capsule machine' });
    expect(read('Capsule machine – interactivity (1 = very interactive, 5 = passive)')).toEqual({ axis: 0, item: 'Capsule machine' });
    expect(read('How much of a need is each? (0 = not at all, 10 = essential) – Capsule machine')).toEqual({ axis: 1, item: 'Capsule machine' });
  });

  it('takes the item after the axis when question text stands before it (a Qualtrics side by side)', () => {
    expect(read('Rate each product - Interactivity - Capsule machine')).toEqual({ axis: 0, item: 'Capsule machine' });
    expect(read('Please rate each of the following - Need - Drip machine')).toEqual({ axis: 1, item: 'Drip machine' });
  });

  it('reads a header of thousands of spaces, tabs or brackets in linear time', () => {
    for (const header of [`need${' '.repeat(200_000)}x-`, `need${'\t'.repeat(200_000)}x`, `${'('.repeat(100_000)}need`, `${'['.repeat(100_000)}need`, `(${'1 = a '.repeat(50_000)}`]) {
      const start = performance.now();
      read(header);
      expect(performance.now() - start).toBeLessThan(500);
    }
  });

  it('keeps hyphens, brackets and axis words inside an item name', () => {
    expect(read('Drip-machine – need')).toEqual({ axis: 1, item: 'Drip-machine' });
    expect(read('Capsule machine (large) – need')).toEqual({ axis: 1, item: 'Capsule machine (large)' });
    expect(read('Interactive whiteboard – need')).toEqual({ axis: 1, item: 'Interactive whiteboard' });
  });

  it('reads the ideal like any item', () => {
    expect(read('ideal interactivity')).toEqual({ axis: 0, item: 'ideal' });
    expect(read('Ideal – need')).toEqual({ axis: 1, item: 'Ideal' });
    expect(read('Ideal: x')).toEqual({ axis: 0, item: 'Ideal' });
  });

  it('reads a header naming an axis and nothing else as the axis alone, a scale in brackets ignored', () => {
    for (const [header, axis] of [['Interactivity', 0], ['interactivity rating', 0], ['Need score', 1], ['x', 0], ['Y', 1], ['Need (1-7)', 1], ['Perceived need', 1], ['interactivity_rating', 0], ['Q4 - Need - score', 1]] as const) {
      expect(read(header), header).toEqual({ axis });
    }
  });

  it('reads nothing where no axis is named, both are, or no item is left', () => {
    for (const header of ['Capsule machine', 'Respondent ID', 'Interactivity and need', 'How interactive is it?', 'Interactive whiteboard', 'StartDate', '']) {
      expect(read(header), header).toBeNull();
    }
  });

  it('recognises the board’s own axis words', () => {
    const own = axisPhrases({ x: ['Price', 'Cheap', 'Premium'], y: ['Very useful'] });
    expect(readHeaderAxis('Capsule machine – price', own)).toEqual({ axis: 0, item: 'Capsule machine' });
    expect(readHeaderAxis('Capsule machine (very useful)', own)).toEqual({ axis: 1, item: 'Capsule machine' });
  });
});
