import React from 'react';
import { detailLines, helpLines, scrolled } from '../layout.ts';
import type { UiState } from '../reducer.ts';
import type { ViewModel } from '../view-model.ts';
import { Lines } from './Lines.tsx';

/** The lines of the open overlay, unscrolled. */
export function overlayLines(vm: ViewModel, state: UiState, width: number) {
  return state.overlay === 'help' ? helpLines(width) : detailLines(vm, vm.clusters.find((c) => c.id === state.selectedId), width);
}

/** The full-width overlay: a cluster's details (each claim in its paragraph) or the keys. */
export function Overlay({ vm, state, width, height, color }: { vm: ViewModel; state: UiState; width: number; height: number; color: boolean }) {
  return <Lines lines={scrolled(overlayLines(vm, state, width), state.scroll, height, width, true)} width={width} height={height} color={color} />;
}
