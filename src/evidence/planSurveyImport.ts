import type { Board, Evidence, Item } from '../model/types';
import { createItem } from '../model/board';
import { newId } from '../model/ids';
import { limits } from '../model/rules';
import type { SurveySummary } from './summariseSurvey';

/** What importing a survey adds to a board: the `putEvidence` command's content. */
export interface SurveyImport {
  readonly items: readonly Item[];
  readonly evidence: readonly Evidence[];
  /** Items of the board that take the survey's evidence, by name as the survey wrote it. */
  readonly matched: readonly string[];
}

const key = (label: string) => label.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A survey's evidence on `board`: a rated item goes to the product of the same name (ignoring
 * case and spacing), a segment's ideal to the persona group of its name; others are new items.
 * An item's survey evidence keeps its other waves; the waves in this file replace theirs.
 */
export function planSurveyImport(board: Board, summary: SurveySummary, study: string, now: string): SurveyImport {
  const byName = new Map<string, Item>();
  for (const item of board.items) {
    const k = `${item.kind}|${key(item.label)}`;
    if (!byName.has(k)) byName.set(k, item);
  }
  const waves = new Set(summary.waves);
  const items: Item[] = [];
  const evidence: Evidence[] = [];
  const matched: string[] = [];
  for (const thing of summary.things) {
    const kind = thing.measure === 'rating' ? 'product' : 'persona';
    const label = thing.name.slice(0, limits.label);
    let item = byName.get(`${kind}|${key(label)}`);
    if (item) matched.push(thing.name);
    else {
      item = createItem(kind, label, null, { tags: thing.measure === 'ideal' ? ['segment'] : [] });
      byName.set(`${kind}|${key(label)}`, item);
      items.push(item);
    }
    const before = board.evidence.find((record) => record.itemId === item.id && record.source === 'survey' && record.measure === thing.measure);
    const kept = before ? before.cells.filter((cell) => !waves.has(cell.wave)) : [];
    evidence.push({
      id: before?.id ?? newId('evidence'),
      itemId: item.id,
      source: 'survey',
      measure: thing.measure,
      study: study.slice(0, limits.label),
      cells: [...kept, ...thing.cells],
      createdAt: before?.createdAt ?? now,
    });
  }
  return { items, evidence, matched };
}
