import { useEffect } from 'react';
import type { Actions } from '../store/actions';

/** True when the key press belongs to a text field, not to the app. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'color', 'range'].includes(target.type);
}

/** Undo, redo and delete from anywhere but a text field. */
export function useShortcuts(actions: Actions, isDragging: () => boolean) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z' && !event.shiftKey) {
        event.preventDefault();
        actions.undo();
      } else if ((mod && key === 'z' && event.shiftKey) || (event.ctrlKey && key === 'y')) {
        event.preventDefault();
        actions.redo();
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && !mod && !isDragging()) {
        event.preventDefault();
        actions.deleteSelected();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions, isDragging]);
}
