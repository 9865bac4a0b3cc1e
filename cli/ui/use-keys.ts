import { useRef } from 'react';
import { useInput } from 'ink';
import { resolveInput, type KeyAction, Command } from './keys.ts';

/**
 * The one keyboard hook: turns what the terminal sends into key actions (commands, or
 * edits of the search query) and hands them on. The mode is tracked in a ref as well as
 * taken from the state, so keys that arrive before the next render (key repeat, a fast
 * "/" then letters) are still read in the right mode.
 */
export function useKeys(mode: 'normal' | 'search', onAction: (action: KeyAction) => void, isActive = true): void {
  const current = useRef(mode);
  const rendered = useRef(mode);
  if (rendered.current !== mode) {
    rendered.current = mode;
    current.current = mode;
  }
  useInput(
    (input, key) => {
      for (const action of resolveInput(input, key, current.current)) {
        if (action.kind === 'command' && action.command === Command.Search) current.current = 'search';
        if (action.kind === 'submit' || action.kind === 'cancel') current.current = 'normal';
        onAction(action);
      }
    },
    { isActive },
  );
}
