import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { Board, Item } from './types';
import type { Command } from './commands';
import { CommandError } from './CommandError';
import { checkColour, checkLabel, checkReach, checkWeight, maxItems } from './checks';
import { mapPoint } from './mapPoint';

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

function findItem(draft: Draft<Board>, id: string): Draft<Item> {
  const item = draft.items.find((candidate) => candidate.id === id);
  if (!item) throw new CommandError(`No item with id ${id}.`);
  return item;
}

function mutate(draft: Draft<Board>, command: Command): void {
  switch (command.type) {
    case 'addItems': {
      if (draft.items.length + command.items.length > maxItems) throw new CommandError(`A board holds at most ${maxItems} items.`);
      const ids = new Set(draft.items.map((item) => item.id));
      for (const item of command.items) {
        if (ids.has(item.id)) throw new CommandError(`Item id ${item.id} is already on the board.`);
        ids.add(item.id);
        draft.items.push({
          ...item,
          label: checkLabel(item.label),
          position: item.position && mapPoint(item.position.x, item.position.y),
        } as Draft<Item>);
      }
      return;
    }
    case 'updateItem': {
      const item = findItem(draft, command.id);
      const { label, colour, notes, weight, reach, tags } = command.changes;
      if (label !== undefined) item.label = checkLabel(label);
      if (colour !== undefined) item.colour = checkColour(colour);
      if (notes !== undefined) item.notes = notes;
      if (weight !== undefined) item.weight = checkWeight(weight);
      if (reach !== undefined && reach !== null) {
        if (item.kind !== 'persona') throw new CommandError('Only persona groups have a reach.');
        item.reach = checkReach(reach);
      }
      if (tags !== undefined) item.tags = [...tags];
      return;
    }
    case 'moveItem': {
      const item = findItem(draft, command.id);
      const to = command.position && mapPoint(command.position.x, command.position.y);
      if (to === null) item.position = null;
      else if (!item.position || item.position.x !== to.x || item.position.y !== to.y) item.position = to;
      return;
    }
    case 'deleteItems': {
      const doomed = new Set(command.ids);
      for (let i = draft.items.length - 1; i >= 0; i--) {
        if (doomed.has(draft.items[i]!.id)) draft.items.splice(i, 1);
      }
      return;
    }
    case 'setTitle':
      draft.title = checkLabel(command.title, 'Board name');
      return;
    case 'setAxisLabel':
      draft.axes[command.axis][command.field] = checkLabel(command.text, 'Axis label');
      return;
    case 'setQuadrantLabel':
      draft.quadrants[command.quadrant] = command.text.trim().slice(0, 200);
      return;
    case 'setBandLabel':
      if (!Number.isInteger(command.index) || command.index < 0 || command.index >= draft.bands.length) {
        throw new CommandError(`No band ${command.index}.`);
      }
      draft.bands[command.index] = command.text.trim().slice(0, 200);
      return;
    case 'setGapSettings': {
      const { coverage, threshold, maxZones } = command.changes;
      if (coverage !== undefined) {
        if (!Number.isFinite(coverage) || coverage <= 0 || coverage > 1) throw new CommandError('Coverage radius must be above 0 and at most 100 %.');
        draft.gapSettings.coverage = coverage;
      }
      if (threshold !== undefined) {
        if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) throw new CommandError('Threshold must be above 0 and at most 100 %.');
        draft.gapSettings.threshold = threshold;
      }
      if (maxZones !== undefined) {
        if (!Number.isInteger(maxZones) || maxZones < 0 || maxZones > 10) throw new CommandError('Number of zones must be a whole number from 0 to 10.');
        draft.gapSettings.maxZones = maxZones;
      }
      return;
    }
    case 'setDisplay':
      Object.assign(draft.display, command.changes);
      return;
    case 'pinZone':
      if (draft.pinnedZones.some((zone) => zone.id === command.zone.id)) throw new CommandError('This zone is already pinned.');
      draft.pinnedZones.push({ ...command.zone, label: checkLabel(command.zone.label, 'Zone name') } as Draft<Board['pinnedZones'][number]>);
      return;
    case 'unpinZone': {
      const index = draft.pinnedZones.findIndex((zone) => zone.id === command.id);
      if (index < 0) throw new CommandError(`No pinned zone with id ${command.id}.`);
      draft.pinnedZones.splice(index, 1);
      return;
    }
  }
}
