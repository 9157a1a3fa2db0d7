import type { MapPoint, Note } from '../../model/types';
import { noteAnchor } from '../../model/noteAnchor';
import { wrapText } from '../io/slide/wrapText';
import type { MapLayout } from '../map/mapLayout';

/** A note as drawn: its card's corner and size in px (plot coordinates), its lines. */
export interface NoteCard {
  readonly note: Note;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly font: number;
  readonly lines: readonly string[];
  /** "— Ana" on a shared board; null when nobody is named. */
  readonly byline: string | null;
}

/** An average glyph's width in the app's sans-serif, as a share of the font size: wraps alike on screen and in exports. */
const glyph = 0.56;

/** The card of each note at its anchor (beside what it is attached to), kept inside the plot. */
export function noteCards(notes: readonly Note[], points: ReadonlyMap<string, MapPoint>, layout: MapLayout, at?: ReadonlyMap<string, MapPoint>): NoteCard[] {
  const font = Math.max(12, layout.labelFont * 0.85);
  const pad = font * 0.55;
  const width = font * 13;
  const lineHeight = font * 1.25;
  return notes.map((note) => {
    const anchor = at?.get(note.id) ?? noteAnchor(note, points);
    const text = note.text.trim() === '' ? 'Empty note' : note.text;
    const lines = text.split('\n').flatMap((paragraph) => (paragraph.trim() === '' ? [''] : wrapText(paragraph, width - 2 * pad, (s) => s.length * font * glyph)));
    const byline = note.author ? `— ${note.author}` : null;
    const height = 2 * pad + lineHeight * (lines.length + (byline ? 1 : 0));
    const x = Math.min(Math.max(0, layout.x(anchor.x)), layout.plot - width);
    const y = Math.min(Math.max(0, layout.y(anchor.y)), layout.plot - height);
    return { note, x, y, width, height, font, lines, byline };
  });
}
