import { describe, expect, it } from 'vitest';
import { exportFileName, exportMarkdown } from '../../cli/ui/export.ts';
import { initialState, reduce, type UiState } from '../../cli/ui/reducer.ts';
import { Command } from '../../cli/ui/keys.ts';
import { fixtureViewModel } from './fixtures.ts';

const vm = fixtureViewModel();
const run = (state: UiState, ...commands: Command[]) => commands.reduce((s, command) => reduce(vm, s, { type: 'command', command }), state);

describe('Markdown export of the current view', () => {
  it('exports the clusters side by side with the wording changes in bold and omissions named', () => {
    const md = exportMarkdown(vm, initialState(vm));
    expect(md).toMatch(/^# claimdiff review: clusters/);
    expect(md).toMatch(/## Biden–Xi call, April 2024 \(2024-04-02\): CNN, Greater Kashmir, Dutch outlet/);
    expect(md).toMatch(/\| Dutch outlet \| Biden \*\*responded\*\* that “the \*\*United States\*\* will .*without unduly \*\*restricting\*\* trade and investment\.” \| Joe Biden \| white-house \| responded \| 004-dutch\.txt:5:1 \|/);
    expect(md).toMatch(/\| Greater Kashmir \| \*omitted\* \|/);
  });

  it('includes the review decisions', () => {
    const state = run(initialState(vm), Command.Down, Command.Down, Command.Accept, Command.Down, Command.Flag);
    const md = exportMarkdown(vm, state);
    expect(md).toMatch(/### call-2024-04\/2: divergence, accepted/);
    expect(md).toMatch(/### call-2024-04\/3: agreement, flagged as wrong/);
    expect(md).toMatch(/1 accepted, 1 flagged as wrong, 3 not reviewed\./);
    expect(md).toMatch(/\| call-2024-04\/2 \| accepted \| Biden noted/);
  });

  it('exports only what the filter shows', () => {
    const md = exportMarkdown(vm, run(initialState(vm), Command.CycleFilter));
    expect(md).toMatch(/Filter: divergent; channel: all; 1 of 5 clusters\./);
    expect(md).not.toMatch(/TikTok/);
  });

  it('exports the readouts or the sourcing when that pane is shown', () => {
    const readouts = exportMarkdown(vm, run(initialState(vm), Command.NextPane, Command.NextPane));
    expect(readouts).toMatch(/^# claimdiff review: readouts/);
    expect(readouts).toMatch(/### White House readout\n\n- The White House described .* \(CNN, Greater Kashmir\)/);
    const sourcing = exportMarkdown(vm, run(initialState(vm), Command.PrevPane));
    expect(sourcing).toMatch(/\| outlet \| claims \| chinese-state \| narration \| white-house \|/);
    expect(sourcing).toMatch(/\| Dutch outlet \| 2 \| 50% \(1\) \| — \| 50% \(1\) \|/);
  });

  it('exports the open details with each claim\'s paragraph', () => {
    const md = exportMarkdown(vm, run(initialState(vm), Command.Down, Command.Open));
    expect(md).toMatch(/^# claimdiff review: details/);
    expect(md).toMatch(/> \*\*The White House described .*disagreed\.\*\* Biden stressed the need/);
  });

  it('names the file after the view and its filters', () => {
    expect(exportFileName(initialState(vm))).toBe('review-clusters.md');
    expect(exportFileName(run(initialState(vm), Command.CycleFilter, Command.CycleChannel))).toBe('review-clusters-divergent-chinese-state.md');
    expect(exportFileName(run(initialState(vm), Command.Down, Command.Down, Command.Open))).toBe('review-details-call-2024-04-2.md');
    expect(exportFileName(run(initialState(vm), Command.PrevPane))).toBe('review-sourcing.md');
  });

  it('escapes article text so that nothing becomes a table break or HTML', () => {
    const cluster = vm.clusters[0]!;
    const evil = { ...vm, clusters: [{ ...cluster, cells: cluster.cells.map((c) => ({ ...c, claims: c.claims.map((cl) => ({ ...cl, runs: [{ text: 'a | b <script>x</script>', changed: false }] })) })) }] };
    const md = exportMarkdown(evil, initialState(evil));
    expect(md).toContain('a \\| b &lt;script&gt;x&lt;/script&gt;');
  });
});
