import React, { memo } from 'react';
import { Box, Text } from 'ink';
import { fit, type Line } from '../text.ts';
import { styleProps } from '../theme.ts';

export interface LinesProps {
  lines: Line[];
  width: number;
  height: number;
  color: boolean;
}

/** A block of exactly `width` × `height` cells: the laid-out lines, blank lines below. */
export const Lines = memo(function Lines({ lines, width, height, color }: LinesProps) {
  const rows = Array.from({ length: height }, (_, i) => lines[i] ?? { spans: [] });
  return (
    <Box flexDirection="column" width={width} height={height} flexShrink={0}>
      {rows.map((l, i) => (
        <Text key={i} wrap="truncate" inverse={l.selected === true}>
          {fit(l.spans, width).map((s, j) => (
            <Text key={j} {...styleProps(s.style, color)}>
              {s.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
});
