import React, { useLayoutEffect, useReducer, useRef } from 'react';
import { Box, useApp } from 'ink';
import type { ReviewVerdict } from '../../../engine/schema.ts';
import type { KeyAction } from '../keys.ts';
import { listWidth } from '../layout.ts';
import { reduce, type Action, type UiState } from '../reducer.ts';
import { exportFileName, exportMarkdown } from '../export.ts';
import { useKeys } from '../use-keys.ts';
import { useTerminalSize, type TerminalSize } from '../use-terminal-size.ts';
import type { ViewModel } from '../view-model.ts';
import { line, wrap } from '../text.ts';
import { Header } from './Header.tsx';
import { Footer } from './Footer.tsx';
import { ClusterList } from './ClusterList.tsx';
import { RightPane, rightPaneLines } from './RightPane.tsx';
import { Overlay, overlayLines } from './Overlay.tsx';
import { Lines } from './Lines.tsx';

export interface AppProps {
  vm: ViewModel;
  initial: UiState;
  color: boolean;
  /** Persist the verdicts (called after every change); throws to report a failure. */
  onDecisions?: (verdicts: Record<string, ReviewVerdict>) => void;
  /** Write an export and return its path; throws to report a failure. */
  onExport?: (markdown: string, fileName: string) => string;
  /** A fixed size (tests); otherwise the terminal's, following resizes. */
  size?: TerminalSize;
}

const HEADER = 2;
const FOOTER = 2;
/** Narrower than this, the list and the columns cannot show anything readable. */
const MIN_COLUMNS = 40;

/**
 * The container: holds the reducer, wires the keyboard hook, and runs the side effects the
 * state asks for (saving, exporting, quitting). Everything on screen is drawn by the panes.
 */
export function App({ vm, initial, color, onDecisions, onExport, size }: AppProps) {
  const { exit } = useApp();
  const [state, dispatch] = useReducer((s: UiState, a: Action) => reduce(vm, s, a), initial);
  // Keys can arrive before effects re-subscribe the input handler: read the layout's state through a ref.
  const current = useRef(state);
  current.current = state;
  const terminal = useTerminalSize();
  const { columns, rows } = size ?? terminal;
  const width = columns;
  // One line short of the terminal: a frame as tall as the screen makes Ink clear it on every render.
  const height = rows - 1;
  const tooSmall = width < MIN_COLUMNS || height < HEADER + FOOTER + 3;
  const body = height - HEADER - FOOTER;
  const maxOutlets = Math.max(1, ...vm.events.map((e) => e.outlets.length));
  const left = listWidth(width, state.focus !== 'list', maxOutlets);
  const right = width - left - 1;

  const maxScroll = (s: UiState) => {
    if (s.overlay) return Math.max(0, overlayLines(vm, s, width).length - body);
    if (s.focus !== 'list') return Math.max(0, rightPaneLines(vm, s, right).length - body);
    return 0;
  };

  const onAction = (action: KeyAction) => {
    switch (action.kind) {
      case 'type': return dispatch({ type: 'search-type', text: action.text });
      case 'erase': return dispatch({ type: 'search-erase' });
      case 'submit': return dispatch({ type: 'search-submit' });
      case 'cancel': return dispatch({ type: 'search-cancel' });
      case 'command':
        return dispatch({ type: 'command', command: action.command, maxScroll: maxScroll(current.current) });
    }
  };
  useKeys(state.search.editing ? 'search' : 'normal', onAction);

  // Layout effects run right after the render that changed the state: a verdict is on disk
  // before the next key is read.
  const saved = useRef(state.decisions);
  useLayoutEffect(() => {
    if (saved.current === state.decisions || !onDecisions) return;
    saved.current = state.decisions;
    try {
      onDecisions(state.decisions);
    } catch (error) {
      dispatch({ type: 'notice', text: `Could not save the review: ${(error as Error).message}` });
    }
  }, [state.decisions, onDecisions]);

  useLayoutEffect(() => {
    if (!state.exportRequested) return;
    if (!onExport) return dispatch({ type: 'exported', text: 'Export is not available here' });
    try {
      const path = onExport(exportMarkdown(vm, state), exportFileName(state));
      dispatch({ type: 'exported', text: `Exported to ${path}` });
    } catch (error) {
      dispatch({ type: 'exported', text: `Export failed: ${(error as Error).message}` });
    }
  }, [state, vm, onExport]);

  useLayoutEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  if (tooSmall) {
    const message = wrap([{ text: `claimdiff review needs a terminal of at least ${MIN_COLUMNS}×${HEADER + FOOTER + 4}; this one is ${columns}×${rows}. q quits.`, style: 'warning' }], Math.max(1, width));
    return <Lines lines={message} width={Math.max(1, width)} height={Math.max(1, Math.min(message.length, height))} color={color} />;
  }
  const divider = Array.from({ length: body }, () => line('│', state.focus === 'list' ? 'dim' : 'key'));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Header vm={vm} state={state} width={width} color={color} />
      {state.overlay ? (
        <Overlay vm={vm} state={state} width={width} height={body} color={color} />
      ) : (
        <Box flexDirection="row" height={body}>
          <ClusterList vm={vm} state={state} width={left} height={body} color={color} />
          <Lines lines={divider} width={1} height={body} color={color} />
          <RightPane vm={vm} state={state} width={right} height={body} color={color} />
        </Box>
      )}
      <Footer vm={vm} state={state} width={width} color={color} />
    </Box>
  );
}
