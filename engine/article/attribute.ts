import type { ClaimMode, Profile } from '../schema.ts';
import type { Segment } from './segment.ts';

/** Who said a segment and how it reached the outlet. */
export interface Attribution {
  speaker: string | null;
  channel: string;
  sourceMention: string | null;
  cue: string | null;
  mode: ClaimMode;
}

/** Attribute every segment of one article, in order (STUB: all narration). */
export function attribute(_text: string, segments: Segment[], profile: Profile): Attribution[] {
  return segments.map(() => ({ speaker: null, channel: profile.defaults.narration, sourceMention: null, cue: null, mode: 'unattributed' }));
}
