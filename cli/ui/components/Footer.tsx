import React from 'react';
import { footerLines } from '../layout.ts';
import type { UiState } from '../reducer.ts';
import type { ViewModel } from '../view-model.ts';
import { Lines } from './Lines.tsx';

/** The search prompt or the last notice, and the main keys. */
export function Footer({ vm, state, width, color }: { vm: ViewModel; state: UiState; width: number; color: boolean }) {
  return <Lines lines={footerLines(vm, state, width)} width={width} height={2} color={color} />;
}
