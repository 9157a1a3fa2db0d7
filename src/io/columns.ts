import type { PositionScale } from './positionScale';

/** The columns an items table can carry, in the order the CSV export writes them. */
export const columns = ['label', 'kind', 'interactivity', 'need', 'weight', 'reach', 'notes'] as const;

export type Column = (typeof columns)[number];

/**
 * Header words each column answers to (English, German, French, Spanish), compared without
 * case, accents, spaces or punctuation, after a scale or unit is taken off.
 */
const synonyms: Readonly<Record<Column, readonly string[]>> = {
  label: ['label', 'name', 'title', 'item', 'product', 'persona', 'brand', 'productname', 'itemname', 'personaname', 'brandname', 'segment', 'segmentname', 'bezeichnung', 'produkt', 'marke', 'titel', 'nom', 'produit', 'libelle', 'marque', 'titre', 'nombre', 'producto', 'etiqueta', 'marca', 'titulo'],
  kind: ['kind', 'type', 'itemkind', 'itemtype', 'art', 'typ', 'genre', 'tipo', 'clase'],
  interactivity: ['interactivity', 'interaction', 'interactive', 'x', 'passiveimmersive', 'interaktivitat', 'interaktion', 'interactivite', 'interactividad', 'interaccion'],
  need: ['need', 'needs', 'y', 'essentialaspirational', 'bedurfnis', 'bedurfnisse', 'bedarf', 'besoin', 'besoins', 'necesidad', 'necesidades'],
  weight: ['weight', 'size', 'share', 'marketshare', 'presence', 'segmentsize', 'gewicht', 'grosse', 'anteil', 'marktanteil', 'poids', 'taille', 'part', 'partdemarche', 'peso', 'tamano', 'cuota', 'cuotademercado'],
  reach: ['reach', 'spread', 'radius', 'reichweite', 'streuung', 'portee', 'rayon', 'alcance', 'radio'],
  notes: ['notes', 'note', 'comment', 'comments', 'description', 'notizen', 'notiz', 'bemerkung', 'kommentar', 'beschreibung', 'commentaire', 'remarque', 'notas', 'nota', 'comentario', 'descripcion'],
};

/** Words a header may add to a column's name without changing it ("need score", "Interaktivität Wert"). */
const fillers = ['score', 'scores', 'rating', 'ratings', 'level', 'scale', 'value', 'mean', 'avg', 'average', 'wert', 'note', 'valeur', 'moyenne', 'puntuacion', 'valor', 'media', 'percent', 'pct', 'prozent', 'pourcentage', 'porcentaje'];

const plain = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase();
const squash = (text: string) => text.replace(/[^a-z0-9]/g, '');

const byWord = new Map<string, Column>(columns.flatMap((column) => synonyms[column].map((word) => [word, column] as const)));

/** Scales a header can name: "(1-10)", "1–7", "0 to 100", "%". */
const scaleInHeader: readonly [RegExp, PositionScale][] = [
  [/\b1\s*(?:-|–|—|to|bis|a|à)\s*5\b/, '1-5'],
  [/\b1\s*(?:-|–|—|to|bis|a|à)\s*7\b/, '1-7'],
  [/\b1\s*(?:-|–|—|to|bis|a|à)\s*10\b/, '1-10'],
  [/\b0\s*(?:-|–|—|to|bis|a|à)\s*10\b/, '0-10'],
  [/\b0\s*(?:-|–|—|to|bis|a|à)\s*100\b|%|\bpercent\b|\bpct\b|\bprozent\b|\bpourcentage\b|\bporcentaje\b/, 'percent'],
  [/\b0\s*(?:-|–|—|to|bis|a|à)\s*1\b/, '0-1'],
];

/** What a header says: the column it names, if any, and the scale it names, if any. */
export interface HeaderReading {
  readonly column?: Column;
  readonly scale?: PositionScale;
}

/**
 * Reads a header ("Interactivity (1-10)" → interactivity on 1–10, "Need %" → need in %,
 * "need score" → need, "Bedürfnis" → need, "X" → interactivity). A scale in the header is
 * taken off before the name is looked up.
 */
export function readHeader(header: string): HeaderReading {
  const text = plain(header);
  const scale = scaleInHeader.find(([pattern]) => pattern.test(text))?.[1];
  const name = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/\d+\s*(?:-|–|—|to|bis|a|à)\s*\d+/g, ' ').replace(/%/g, ' ');
  const words = name.split(/[^a-z0-9]+/).filter(Boolean);
  const meaningful = words.filter((word) => !fillers.includes(word));
  const column = byWord.get(squash(name)) ?? byWord.get(meaningful.join(''));
  return { ...(column ? { column } : {}), ...(scale && (column === 'interactivity' || column === 'need') ? { scale } : {}) };
}

/** The column a header names, if any ("Need (%)" → need, "X" → interactivity). */
export function matchColumn(header: string): Column | undefined {
  return readHeader(header).column;
}
