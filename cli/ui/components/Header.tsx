import React from 'react';
import { headerLines } from '../layout.ts';
import type { UiState } from '../reducer.ts';
import type { ViewModel } from '../view-model.ts';
import { Lines } from './Lines.tsx';

/** Event, panes, filters and counts. */
export function Header({ vm, state, width, color }: { vm: ViewModel; state: UiState; width: number; color: boolean }) {
  return <Lines lines={headerLines(vm, state, width)} width={width} height={2} color={color} />;
}
