/**
 * Review decisions on disk: `CORPUS/.claimdiff/review.json` (zod-validated, written
 * atomically). A file that cannot be read back is never overwritten: it is moved aside and
 * the review starts fresh with a warning.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ReviewState, SCHEMA_VERSION, type ReviewDecision, type ReviewVerdict } from '../../engine/schema.ts';
import { writeFileAtomic } from '../write.ts';
import { clusterKey, type ViewModel } from './view-model.ts';

/** Where review state and exports go: the corpus directory's `.claimdiff/`, or the working directory's for loose files. */
export function stateDir(corpusDir: string | null, cwd: string): string {
  return join(corpusDir ?? cwd, '.claimdiff');
}

export interface LoadedReview {
  decisions: ReviewDecision[];
  /** Said to the user when the file could not be used. */
  warning: string | null;
  /** False when a bad file could not be moved aside: saving would destroy it. */
  writable: boolean;
}

/** The first free `review.json.corrupt-N` beside `path`. */
function asideName(path: string): string {
  for (let n = 1; ; n++) if (!existsSync(`${path}.corrupt-${n}`)) return `${path}.corrupt-${n}`;
}

/** Read the decisions saved at `path`; a missing file is an empty review. */
export function loadReview(path: string): LoadedReview {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { decisions: [], warning: null, writable: true };
    return { decisions: [], warning: `${path}: cannot read (${code ?? 'error'}); decisions of this session will not be saved`, writable: false };
  }
  let problem: string;
  try {
    const parsed = ReviewState.safeParse(JSON.parse(text));
    if (parsed.success) return { decisions: parsed.data.decisions, warning: null, writable: true };
    const issue = parsed.error.issues[0]!;
    problem = `field ${issue.path.join('.') || '(root)'}: ${issue.message}`;
  } catch (error) {
    problem = `malformed JSON (${(error as Error).message})`;
  }
  const aside = asideName(path);
  try {
    renameSync(path, aside);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { decisions: [], warning: `${path}: ${problem}; could not move it aside (${code}), so this session's decisions will not be saved`, writable: false };
  }
  return { decisions: [], warning: `${path}: ${problem}; kept as ${aside}, starting a fresh review`, writable: true };
}

/** Write the decisions atomically (a crash mid-write leaves the previous file whole). */
export function saveReview(path: string, decisions: ReviewDecision[]): void {
  const state: ReviewState = { schemaVersion: SCHEMA_VERSION, decisions };
  writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
}


/** The UI's verdicts by cluster key, from saved decisions (those of clusters that no longer exist included). */
export function verdictsOf(decisions: ReviewDecision[]): Record<string, ReviewVerdict> {
  return Object.fromEntries(decisions.map((d) => [clusterKey(d.claimIds), d.verdict]));
}

/**
 * The decisions to save for the UI's verdicts. A verdict on a cluster of this analysis is
 * stored with its claims; one on a cluster that a re-analysis no longer produces is kept as
 * it was loaded, so that no decision is ever lost. Sorted, so the file is deterministic.
 */
export function decisionsOf(vm: ViewModel, verdicts: Record<string, ReviewVerdict>, loaded: ReviewDecision[]): ReviewDecision[] {
  const clusterByKey = new Map(vm.clusters.map((c) => [c.key, c]));
  const loadedByKey = new Map(loaded.map((d) => [clusterKey(d.claimIds), d]));
  const out: ReviewDecision[] = [];
  for (const [key, verdict] of Object.entries(verdicts)) {
    const cluster = clusterByKey.get(key);
    if (cluster) out.push({ clusterId: cluster.id, claimIds: [...cluster.claimIds].sort(), verdict });
    else {
      const old = loadedByKey.get(key);
      if (old) out.push({ ...old, verdict });
    }
  }
  return out.sort((a, b) => (a.clusterId < b.clusterId ? -1 : a.clusterId > b.clusterId ? 1 : clusterKey(a.claimIds) < clusterKey(b.claimIds) ? -1 : 1));
}
