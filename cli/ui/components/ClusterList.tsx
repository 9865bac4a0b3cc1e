import React from 'react';
import { listLines } from '../layout.ts';
import type { UiState } from '../reducer.ts';
import type { ViewModel } from '../view-model.ts';
import { Lines } from './Lines.tsx';

/** The clusters grouped by event; only the rows that fit are laid out. */
export function ClusterList({ vm, state, width, height, color }: { vm: ViewModel; state: UiState; width: number; height: number; color: boolean }) {
  return <Lines lines={listLines(vm, state, width, height)} width={width} height={height} color={color} />;
}
