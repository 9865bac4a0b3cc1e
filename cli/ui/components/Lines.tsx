import React, { memo } from 'react';
import { Box, Text } from 'ink';
import { fit, type Line } from '../text.ts';
import { paint } from '../theme.ts';

export interface LinesProps {
  lines: Line[];
  width: number;
  height: number;
  color: boolean;
}

/** A block of exactly `width` × `height` cells: the laid-out lines, blank lines below, one Text each. */
export const Lines = memo(function Lines({ lines, width, height, color }: LinesProps) {
  const rows = Array.from({ length: height }, (_, i) => lines[i] ?? { spans: [] });
  return (
    <Box flexDirection="column" width={width} height={height} flexShrink={0}>
      {rows.map((l, i) => (
        <Text key={i} wrap="truncate">
          {paint(fit(l.spans, width), color, l.selected === true)}
        </Text>
      ))}
    </Box>
  );
});
