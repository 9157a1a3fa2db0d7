import { current, enablePatches, isDraft, original, produceWithPatches, type Draft, type Patch } from 'immer';
import type { Board, Evidence, Item, Note, PinnedZone } from './types';
import { readEvidence } from '../schema/readEvidence';
import { byCreation } from './records';
import { cellFor, reachFromSpread, resolvedView } from '../evidence/evidenceView';
import { Validator } from '../schema/Validator';
import { readNote } from '../schema/readNote';
import type { Command } from './commands';
import { CommandError } from './CommandError';
import { checkAttractors, checkBoolean, checkColour, checkId, checkKind, checkLabel, checkNotes, checkRange, checkTags, displayOptions, isOneOf, limits, quadrants, ranges } from './rules';
import { mapPoint } from './mapPoint';
import { markGuessed } from './guessedPosition';

enablePatches();

export interface Applied {
  readonly board: Board;
  readonly patches: Patch[];
  readonly inversePatches: Patch[];
}

/**
 * Applies one command. Throws `CommandError` (and changes nothing) when the command is
 * invalid for this board. An empty `patches` means the command changed nothing.
 */
export function applyCommand(board: Board, command: Command): Applied {
  const [next, patches, inversePatches] = produceWithPatches(board, (draft) => mutate(draft, command));
  return { board: next, patches, inversePatches };
}

/** The base items behind a draft: searching them makes no draft of every item passed. */
const baseItems = (draft: Draft<Board>): readonly Item[] => (isDraft(draft.items) ? original(draft.items)! : draft.items) as readonly Item[];

function findItem(draft: Draft<Board>, id: string): Draft<Item> {
  const index = baseItems(draft).findIndex((candidate) => candidate.id === id);
  if (index < 0) throw new CommandError(`No item with id ${id}.`);
  return draft.items[index]!;
}

/** A fresh item with every field checked by the rule book: no extra keys, nothing uncloneable. */
function checkItem(item: Item): Item {
  const kind = checkKind(item.kind);
  return {
    id: checkId(item.id),
    kind,
    label: checkLabel(item.label),
    position: item.position && mapPoint(item.position.x, item.position.y),
    colour: checkColour(item.colour),
    notes: checkNotes(item.notes),
    tags: checkTags(item.tags),
    attractors: checkAttractors(item.attractors),
    weight: checkRange(item.weight, ranges.weight),
    reach: kind === 'persona' ? checkRange(item.reach ?? Number.NaN, ranges.reach) : null,
    locked: checkBoolean(item.locked, 'Locked'),
  };
}

/** Evidence as its one validator (`readEvidence`) reads it, strictly, as a write. */
function checkEvidence(record: Evidence): Evidence {
  const v = new Validator('strict');
  const read = readEvidence(v, record, 'evidence');
  if (v.errors.length > 0) throw new CommandError(`This evidence cannot be kept: ${v.errors[0]!.replace(/^evidence\./, '')}.`);
  return read;
}

/**
 * Puts each evidence-backed item (of `only`, or all) where the view's wave and lens put it: at
 * its cell's mean, or in the tray when it was not measured in that wave; a segment's ideal also
 * takes its share as weight and its spread as reach.
 */
function placeByEvidence(draft: Draft<Board>, only: ReadonlySet<string> | null): void {
  const board = (isDraft(draft) ? current(draft) : draft) as Board;
  const { wave, lens } = resolvedView(board);
  const index = new Map(board.items.map((item, i) => [item.id, i]));
  for (const record of [...board.evidence].sort(byCreation)) {
    if (only && !only.has(record.itemId)) continue;
    const at = index.get(record.itemId);
    if (at === undefined) continue;
    const cell = cellFor(record, wave, lens);
    const item = draft.items[at]!;
    if (item.locked) continue;
    moveTo(item, cell ? cell.mean : null);
    if (cell && record.measure === 'ideal' && item.kind === 'persona') {
      const weight = Math.round(cell.share * 1000) / 1000;
      const reach = Math.round(reachFromSpread(cell.cov) * 1e4) / 1e4;
      if (item.weight !== weight) item.weight = weight;
      if (item.reach !== reach) item.reach = reach;
    }
  }
}

/** A note as the one note validator (`readNote`) reads it, strictly, as a write: its first problem refuses the command. */
function checkNote(note: Note): Note {
  const v = new Validator('strict');
  const read = readNote(v, note, 'note');
  if (v.errors.length > 0) throw new CommandError(`This note cannot be kept: ${v.errors[0]!.replace(/^note\./, '')}.`);
  return read;
}

function noteIndex(draft: Draft<Board>, id: string): number {
  const index = draft.notes.findIndex((note) => note.id === id);
  if (index < 0) throw new CommandError(`No note with id ${id}.`);
  return index;
}

/** A note attaches to an item or a pinned zone on the board. */
function checkAttachable(draft: Draft<Board>, id: string | null): void {
  if (id !== null && !baseItems(draft).some((item) => item.id === id) && !draft.pinnedZones.some((zone) => zone.id === id)) {
    throw new CommandError('A note attaches to an item or a pinned zone on the board.');
  }
}

function checkZone(zone: PinnedZone): PinnedZone {
  if (typeof zone.pinnedAt !== 'string' || zone.pinnedAt.length > limits.timestamp) throw new CommandError('A pinned zone needs the time it was pinned.');
  return {
    id: checkId(zone.id),
    label: checkLabel(zone.label, 'Zone name'),
    position: mapPoint(zone.position.x, zone.position.y),
    index: checkRange(zone.index, ranges.zoneIndex),
    note: checkNotes(zone.note, 'Zone notes'),
    pinnedAt: zone.pinnedAt,
  };
}

/**
 * Puts an item at `position` (clamped to the square; null: back to the tray); untouched when
 * it is there already. A move by someone clears the "not placed by anyone" mark; `guessed` sets it.
 */
function moveTo(item: Draft<Item>, position: Item['position'], guessed = false): void {
  const to = position && mapPoint(position.x, position.y);
  if (to === null) item.position = null;
  else if (!item.position || item.position.x !== to.x || item.position.y !== to.y) item.position = to;
  const tags = markGuessed(item.tags, guessed && to !== null);
  if (tags !== item.tags) item.tags = tags as Draft<string[]>;
}

/** The fields a single item's editor and a multi-selection's share: set only where they change. */
function setShared(item: Draft<Item>, { colour, weight }: { colour?: string | undefined; weight?: number | undefined }): void {
  if (colour !== undefined && item.colour !== checkColour(colour)) item.colour = checkColour(colour);
  if (weight !== undefined && item.weight !== checkRange(weight, ranges.weight)) item.weight = checkRange(weight, ranges.weight);
}

function mutate(draft: Draft<Board>, command: Command): void {
  switch (command.type) {
    case 'addItems': {
      if (draft.items.length + command.items.length > limits.items) {
        throw new CommandError(`A board holds at most ${limits.items} items; this one has ${draft.items.length}, so ${command.items.length} more do not fit.`);
      }
      const ids = new Set(baseItems(draft).map((item) => item.id));
      for (const item of command.items.map(checkItem)) {
        if (ids.has(item.id)) throw new CommandError(`Item id ${item.id} is already on the board.`);
        ids.add(item.id);
        draft.items.push(item as Draft<Item>);
      }
      return;
    }
    case 'updateItem': {
      const item = findItem(draft, command.id);
      const { label, colour, notes, weight, reach, tags, attractors } = command.changes;
      if (label !== undefined) item.label = checkLabel(label);
      setShared(item, { colour, weight });
      if (notes !== undefined) item.notes = checkNotes(notes);
      if (reach !== undefined && reach !== null) {
        if (item.kind !== 'persona') throw new CommandError('Only persona groups have a reach.');
        item.reach = checkRange(reach, ranges.reach);
      }
      if (tags !== undefined) item.tags = checkTags(tags);
      if (attractors !== undefined) item.attractors = checkAttractors(attractors);
      return;
    }
    case 'updateItems': {
      // Every id and value is checked before anything changes: a refused command changes nothing.
      const items = command.ids.map((id) => findItem(draft, id));
      const { colour, weight, reach } = command.changes;
      const checked = {
        colour: colour === undefined ? undefined : checkColour(colour),
        weight: weight === undefined ? undefined : checkRange(weight, ranges.weight),
      };
      const checkedReach = reach === undefined || reach === null ? undefined : checkRange(reach, ranges.reach);
      for (const item of items) {
        setShared(item, checked);
        if (checkedReach !== undefined && item.kind === 'persona') item.reach = checkedReach;
      }
      return;
    }
    case 'moveItem':
      moveTo(findItem(draft, command.id), command.position);
      return;
    case 'moveItems': {
      // Every id is checked before anything moves: a refused command changes nothing.
      const items = command.moves.map((move) => findItem(draft, move.id));
      command.moves.forEach((move, i) => moveTo(items[i]!, move.position, command.guessed === true));
      return;
    }
    case 'replaceItems': {
      // Every item is found and checked before any is replaced: a refused command changes nothing.
      const checked = command.items.map(checkItem);
      const indexOf = new Map(baseItems(draft).map((item, index) => [item.id, index]));
      const at = checked.map((item) => {
        const index = indexOf.get(item.id);
        if (index === undefined) throw new CommandError(`No item with id ${item.id}.`);
        return index;
      });
      checked.forEach((item, i) => (draft.items[at[i]!] = item as Draft<Item>));
      return;
    }
    case 'deleteItems': {
      const doomed = new Set(command.ids);
      const items = baseItems(draft);
      if (items.some((item) => doomed.has(item.id))) draft.items = items.filter((item) => !doomed.has(item.id)) as Draft<Item>[];
      // Evidence is about its item: it goes with it (and an undo brings both back).
      if (draft.evidence.some((record) => doomed.has(record.itemId))) draft.evidence = draft.evidence.filter((record) => !doomed.has(record.itemId));
      return;
    }
    case 'setTitle':
      draft.title = checkLabel(command.title, 'Board name');
      return;
    case 'setAxisLabel':
      if (!isOneOf(command.axis, ['x', 'y'] as const) || !isOneOf(command.field, ['title', 'min', 'max'] as const)) throw new CommandError('No such axis label.');
      draft.axes[command.axis][command.field] = checkLabel(command.text, 'Axis label');
      return;
    case 'setQuadrantLabel':
      if (!isOneOf(command.quadrant, quadrants)) throw new CommandError('No such quadrant.');
      draft.quadrants[command.quadrant] = checkLabel(command.text, 'Quadrant name', true);
      return;
    case 'setBandLabel':
      if (!Number.isInteger(command.index) || command.index < 0 || command.index >= draft.bands.length) {
        throw new CommandError(`No band ${command.index}.`);
      }
      draft.bands[command.index] = checkLabel(command.text, 'Band name', true);
      return;
    case 'setGapSettings': {
      const { coverage, threshold, maxZones } = command.changes;
      if (coverage !== undefined) draft.gapSettings.coverage = checkRange(coverage, ranges.coverage);
      if (threshold !== undefined) draft.gapSettings.threshold = checkRange(threshold, ranges.threshold);
      if (maxZones !== undefined) draft.gapSettings.maxZones = checkRange(maxZones, ranges.maxZones);
      return;
    }
    case 'setDisplay':
      for (const option of displayOptions) {
        const value = Object.hasOwn(command.changes, option) ? command.changes[option] : undefined;
        if (value === undefined) continue;
        if (typeof value !== 'boolean') throw new CommandError('A view toggle is on or off.');
        draft.display[option] = value;
      }
      return;
    case 'lockBoard':
      draft.locked = checkBoolean(command.locked, 'Locked');
      return;
    case 'lockItems': {
      const locked = checkBoolean(command.locked, 'Locked');
      const items = command.ids.map((id) => findItem(draft, id));
      for (const item of items) if (item.locked !== locked) item.locked = locked;
      return;
    }
    case 'addNote': {
      if (draft.notes.length >= limits.boardNotes) throw new CommandError(`A board holds at most ${limits.boardNotes} notes.`);
      const note = checkNote(command.note);
      if (draft.notes.some((other) => other.id === note.id)) throw new CommandError(`Note id ${note.id} is already on the board.`);
      checkAttachable(draft, note.attachedTo);
      draft.notes.push(note as Draft<Note>);
      return;
    }
    case 'editNote': {
      const at = noteIndex(draft, command.id);
      draft.notes[at] = checkNote({ ...original(draft.notes[at]!)!, text: command.text } as Note) as Draft<Note>;
      return;
    }
    case 'placeNote': {
      const at = noteIndex(draft, command.id);
      checkAttachable(draft, command.attachedTo);
      const { position, attachedTo, offset } = command;
      draft.notes[at] = checkNote({ ...original(draft.notes[at]!)!, position, attachedTo, offset } as Note) as Draft<Note>;
      return;
    }
    case 'deleteNotes': {
      const doomed = new Set(command.ids);
      if (draft.notes.some((note) => doomed.has(note.id))) draft.notes = draft.notes.filter((note) => !doomed.has(note.id));
      return;
    }
    case 'pinZone':
      if (draft.pinnedZones.length >= limits.pinnedZones) throw new CommandError(`A board keeps at most ${limits.pinnedZones} pinned zones.`);
      if (draft.pinnedZones.some((zone) => zone.id === command.zone.id)) throw new CommandError('This zone is already pinned.');
      draft.pinnedZones.push(checkZone(command.zone) as Draft<PinnedZone>);
      return;
    case 'unpinZone': {
      const index = draft.pinnedZones.findIndex((zone) => zone.id === command.id);
      if (index < 0) throw new CommandError(`No pinned zone with id ${command.id}.`);
      draft.pinnedZones.splice(index, 1);
      return;
    }
    case 'putEvidence': {
      if (draft.items.length + command.items.length > limits.items) throw new CommandError(`A board holds at most ${limits.items} items; ${command.items.length} more do not fit.`);
      const ids = new Set(baseItems(draft).map((item) => item.id));
      for (const item of command.items.map(checkItem)) {
        if (ids.has(item.id)) throw new CommandError(`Item id ${item.id} is already on the board.`);
        ids.add(item.id);
        draft.items.push(item as Draft<Item>);
      }
      const records = command.evidence.map(checkEvidence);
      for (const record of records) {
        if (!ids.has(record.itemId)) throw new CommandError(`Evidence ${record.id} is about an item not on the board.`);
        const at = draft.evidence.findIndex((other) => other.id === record.id);
        if (at >= 0) draft.evidence[at] = record as Draft<Evidence>;
        else draft.evidence.push(record as Draft<Evidence>);
      }
      if (draft.evidence.length > limits.evidence) throw new CommandError(`A board holds evidence for at most ${limits.evidence} items.`);
      placeByEvidence(draft, new Set(records.map((record) => record.itemId)));
      return;
    }
    case 'showEvidence': {
      const wave = checkLabel(command.view.wave, 'Wave', true);
      const lens = checkLabel(command.view.lens, 'Segment', true);
      if (draft.evidenceView.wave !== wave) draft.evidenceView.wave = wave;
      if (draft.evidenceView.lens !== lens) draft.evidenceView.lens = lens;
      placeByEvidence(draft, null);
      return;
    }
    case 'resetToEvidence':
      for (const id of command.ids) findItem(draft, id);
      placeByEvidence(draft, new Set(command.ids));
      return;
    default:
      throw new CommandError('Unknown command.');
  }
}
