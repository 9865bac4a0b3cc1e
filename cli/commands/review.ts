import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandArgs } from '../args.ts';
import { loadCorpus } from '../corpus.ts';
import { loadProfile } from '../profile.ts';
import { printWarnings } from '../warnings.ts';
import { writeFileAtomic } from '../write.ts';
import { EXIT, UsageError } from '../exit.ts';
import { analyzeParallel } from '../parallel.ts';
import { stagedProgress } from '../progress.ts';
import { buildViewModel } from '../ui/view-model.ts';
import { initialState } from '../ui/reducer.ts';
import { decisionsOf, loadReview, saveReview, stateDir, verdictsOf } from '../ui/review-state.ts';
import { colorEnabled } from '../ui/theme.ts';

/** Switch to the terminal's alternate screen (and back): the review leaves the shell's scrollback as it was. */
const ALT_SCREEN_ON = '\x1b[?1049h\x1b[H';
const ALT_SCREEN_OFF = '\x1b[?1049l';

/** `claimdiff review [CORPUS]`: the interactive review UI. Needs a terminal. */
export async function reviewCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('review', argv, {});
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError('review needs an interactive terminal; without one, run `claimdiff report [CORPUS]` for the Markdown diff report');
  }
  const profile = loadProfile(values.profile as string | undefined);
  const corpus = loadCorpus(positionals);
  if (corpus.docs.length === 0) throw new UsageError('review: no readable article in the corpus');

  const err = process.stderr;
  // A progress bar on stderr (a terminal here) while a large corpus is analysed.
  const bars = stagedProgress({ stream: err });
  const result = await analyzeParallel(corpus.docs, profile, corpus.warnings, { onStage: bars.stage }).finally(() => bars.done());
  const vm = buildViewModel(result, corpus.docs, profile);

  const dir = stateDir(corpus.dir, process.cwd());
  const reviewPath = join(dir, 'review.json');
  const loaded = loadReview(reviewPath);
  const exportDir = corpus.dir ? dir : process.cwd();
  let verdicts = verdictsOf(loaded.decisions);

  // Ink draws only the last frame when CI variables are set; this is an interactive terminal
  // (checked above), so a CI variable inherited by a developer's shell must not blank the UI.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  // React's development build checks and measures every render: several times slower per key.
  process.env.NODE_ENV ??= 'production';
  const { createElement } = await import('react');
  const { render } = await import('ink');
  const { App } = await import('../ui/components/App.tsx');
  process.stdout.write(ALT_SCREEN_ON);
  let app: ReturnType<typeof render> | undefined;
  try {
    app = render(
      createElement(App, {
        vm,
        initial: initialState(vm, verdicts, loaded.warning),
        color: colorEnabled(process.env),
        onDecisions: (next) => {
          verdicts = next;
          if (!loaded.writable) throw new Error(`${reviewPath} was left untouched (see the warning at start)`);
          saveReview(reviewPath, decisionsOf(vm, next, loaded.decisions));
        },
        onExport: (markdown, fileName) => {
          const path = join(exportDir, fileName);
          writeFileAtomic(path, markdown);
          return path;
        },
      }),
      { exitOnCtrlC: true, patchConsole: true },
    );
    await app.waitUntilExit();
  } finally {
    app?.cleanup();
    process.stdout.write(ALT_SCREEN_OFF);
  }

  printWarnings(result.warnings);
  if (loaded.warning) err.write(`claimdiff: warning: ${loaded.warning}\n`);
  const reviewed = Object.values(verdicts);
  const accepted = reviewed.filter((v) => v === 'accepted').length;
  const where = loaded.writable && existsSync(reviewPath) ? `; decisions in ${reviewPath}` : '';
  process.stdout.write(`Review of ${vm.clusters.length} clusters: ${accepted} accepted, ${reviewed.length - accepted} flagged${where}\n`);
  return EXIT.ok;
}
