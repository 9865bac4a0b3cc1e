import React from 'react';
import { clusterLines, readoutLines, scrolled, sourcingLines } from '../layout.ts';
import type { UiState } from '../reducer.ts';
import type { ViewModel } from '../view-model.ts';
import { Lines } from './Lines.tsx';

export interface RightPaneProps {
  vm: ViewModel;
  state: UiState;
  width: number;
  height: number;
  color: boolean;
}

/** The lines of the right pane's current tab, unscrolled (the container also needs their count). */
export function rightPaneLines(vm: ViewModel, state: UiState, width: number) {
  const cluster = vm.clusters.find((c) => c.id === state.selectedId);
  switch (state.tab) {
    case 'cluster': return clusterLines(vm, cluster, state, width);
    case 'readouts': return readoutLines(vm, cluster?.eventId ?? vm.events[0]?.id, width);
    case 'sourcing': return sourcingLines(vm, cluster?.eventId ?? vm.events[0]?.id, width);
  }
}

/** The selected cluster side by side, or the event's readouts, or its sourcing profiles. */
export function RightPane({ vm, state, width, height, color }: RightPaneProps) {
  const lines = scrolled(rightPaneLines(vm, state, width), state.scroll, height, width, state.focus !== 'list');
  return <Lines lines={lines} width={width} height={height} color={color} />;
}
