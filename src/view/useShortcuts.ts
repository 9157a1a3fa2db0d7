import { useEffect } from 'react';
import type { Actions } from '../store/actions';

/** True when a key press or paste belongs to a text field or an open dialog, not to the map. */
export function keyBelongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog')) return true;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'color', 'range'].includes(target.type);
}

/** Undo, redo, delete, select all, clear the selection (Escape) and the shortcut sheet ("?") from anywhere but a text field. */
export function useShortcuts(actions: Actions, isDragging: () => boolean, author: () => string = () => '') {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (keyBelongsElsewhere(event.target) || event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z' && !event.shiftKey) {
        event.preventDefault();
        actions.undo();
      } else if ((mod && key === 'z' && event.shiftKey) || (event.ctrlKey && key === 'y')) {
        event.preventDefault();
        actions.redo();
      } else if (event.key === '?' && !mod && !event.altKey) {
        event.preventDefault();
        actions.setShortcuts(true);
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && !mod && !isDragging()) {
        event.preventDefault();
        if (!actions.deleteSelectedNote()) actions.deleteSelected();
      } else if ((event.key === '+' || event.key === '=') && !mod && !event.altKey) {
        event.preventDefault();
        actions.zoomBy(1.5);
      } else if ((event.key === '-' || event.key === '_') && !mod && !event.altKey) {
        event.preventDefault();
        actions.zoomBy(1 / 1.5);
      } else if (event.key === '0' && !mod && !event.altKey) {
        event.preventDefault();
        actions.zoomBy(0);
      } else if ((event.key === 'n' || event.key === 'N') && !mod && !event.altKey) {
        event.preventDefault();
        actions.addNote(author());
      } else if (mod && key === 'a' && !event.shiftKey && !event.altKey) {
        event.preventDefault();
        actions.selectAllShown();
      } else if (event.key === 'Escape' && !mod && !isDragging() && actions.clearSelection()) {
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions, isDragging, author]);
}
