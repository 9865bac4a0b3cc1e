import { describe, expect, it } from 'vitest';
import { clusterLines, detailLines, footerLines, headerLines, helpLines, listLines, readoutLines, sourcingLines, windowStart } from '../../cli/ui/layout.ts';
import { initialState, reduce } from '../../cli/ui/reducer.ts';
import { Command } from '../../cli/ui/keys.ts';
import { cellWidth, plain, type Line } from '../../cli/ui/text.ts';
import { carriedViewModel, crowdedViewModel, fixtureViewModel, largeViewModel } from './fixtures.ts';

const vm = fixtureViewModel();
const text = (lines: Line[]) => lines.map((l) => plain(l.spans)).join('\n');
const limiting = vm.clusters.find((c) => c.id === 'call-2024-04/2')!;

describe('screen layout', () => {
  it('lists clusters under their event with a status mark and one coverage dot per outlet', () => {
    const lines = listLines(vm, initialState(vm), 40, 10).map((l) => plain(l.spans).trimEnd());
    expect(lines[0]).toMatch(/^▸ Biden–Xi call, February 2021/);
    expect(lines[1]).toMatch(/^› · ● “Chinese-U.S. cooperation/);
    expect(lines[2]).toMatch(/^▸ Biden–Xi call, April 2024/);
    expect(lines[3]).toMatch(/^  = ●●○ The White House described/);
    expect(lines[4]).toMatch(/^  ≠ ●○● Biden noted/);
    expect(lines[6]).toMatch(/^  · ○○● The two heads of state/);
  });

  it('draws only the rows that fit, the selection among them, for an event with thousands of clusters', () => {
    const big = largeViewModel(3000);
    let state = initialState(big);
    for (let i = 0; i < 1500; i++) state = reduce(big, state, { type: 'command', command: Command.Down });
    const lines = listLines(big, state, 40, 20);
    expect(lines).toHaveLength(20);
    expect(lines.filter((l) => l.selected)).toHaveLength(1);
    expect(plain(lines.find((l) => l.selected)!.spans)).toMatch(/^›/);
  });

  it('keeps the selected row in the window, near the middle', () => {
    expect(windowStart(0, 10, 100)).toBe(0);
    expect(windowStart(50, 10, 100)).toBe(45);
    expect(windowStart(99, 10, 100)).toBe(90);
  });

  it('shows the limiting/restricting cluster side by side, one column per outlet, Greater Kashmir omitted', () => {
    const lines = clusterLines(vm, limiting, initialState(vm), 90);
    const screen = text(lines);
    expect(screen).toMatch(/│?divergence · call-2024-04\/2 · carried by 2 of 3 outlets/);
    expect(screen).toMatch(/wording: “US technologies” → “American technology”; “limiting” → “restricting”/);
    const header = lines.find((l) => plain(l.spans).includes('Greater Kashmir'))!;
    expect(plain(header.spans)).toMatch(/^CNN\s+Greater Kashmir\s+Dutch outlet\s*$/);
    expect(screen).toMatch(/speaker Joe Biden\s+omitted\s+speaker Joe Biden/);
    expect(screen).toMatch(/cue noted .*cue responded/);
    for (const l of lines) expect(cellWidth(plain(l.spans))).toBeLessThanOrEqual(90);
    const changed = lines.flatMap((l) => l.spans).filter((s) => s.style === 'changed').map((s) => s.text);
    expect(changed).toContain('restricting');
    expect(changed).toContain('limiting');
  });

  it('shows the claim an outlet says inside a longer one in its column, with the cluster it is in', () => {
    const carried = carriedViewModel();
    const single = carried.clusters.find((c) => c.id === 'call-2024-04/4')!;
    const screen = text(clusterLines(carried, single, initialState(carried), 120));
    expect(screen).toMatch(/carried by 2 of 3 outlets/);
    expect(screen).toMatch(/within call-2024-04\/1, a longer claim:/);
    // The CNN column, its wrapped lines read as one text.
    const cnn = screen.split('\n').map((l) => l.slice(0, 41).trim()).join(' ');
    expect(cnn).toMatch(/the one-hour- 45-minute conversation as “candid and constructive” on a range/);
    const row = listLines(carried, initialState(carried), 60, 10).map((l) => plain(l.spans)).find((l) => l.includes('two heads of state'))!;
    expect(row).toContain('◐○●');
  });

  it('keeps columns for the outlets that carry the claim and names the omitting one below, when all do not fit', () => {
    const screen = text(clusterLines(vm, limiting, initialState(vm), 36));
    expect(screen).toMatch(/^CNN\s+Dutch outlet\s*$/m);
    expect(screen).toMatch(/^noted\s+responded\s*$/m);
    expect(screen).toMatch(/^omitted by 1 of 3: Greater Kashmir$/m);
  });

  it('stacks the outlets that carry the claim when even they do not fit side by side', () => {
    const screen = text(clusterLines(vm, limiting, initialState(vm), 26));
    expect(screen).toMatch(/^CNN {2}Joe Biden · white/m);
    expect(screen).toMatch(/^Dutch outlet {2}Joe Biden/m);
  });

  it('counts the outlets carrying a claim instead of drawing a dot for each of twenty', () => {
    const crowded = crowdedViewModel(20);
    const row = listLines(crowded, initialState(crowded), 40, 5).map((l) => plain(l.spans))[1]!;
    expect(row).toMatch(/^› = {2}3\/20 The White House described/);
  });

  it('gives columns to the outlets that carry the claim and names the twenty that omit it', () => {
    const crowded = crowdedViewModel(20);
    const screen = text(clusterLines(crowded, crowded.clusters[0], initialState(crowded), 100));
    expect(screen).toMatch(/^CNN\s+Greater Kashmir\s+Outlet 1\s*$/m);
    expect(screen.replace(/\s*\n/g, ' ')).toMatch(/omitted by 17 of 20: Outlet 2, Outlet 3, .*Outlet 17, Outlet 18 *$/);
  });

  it('opens the details with each claim in its paragraph and its file:line:column', () => {
    const screen = text(detailLines(vm, limiting, 100));
    expect(screen).toMatch(/CNN — 001-cnn\.txt:5:1/);
    expect(screen).toMatch(/Dutch outlet — 004-dutch\.txt:5:1/);
    expect(screen).toMatch(/Greater Kashmir — omitted: covers Biden–Xi call, April 2024/);
    expect(screen).toMatch(/channel white-house \(White House readout\)/);
  });

  it('puts the readouts of the event side by side, with the outlets that carried each part', () => {
    const screen = text(readoutLines(vm, 'call-2024-04', 120));
    expect(screen).toMatch(/White House readout \(2\)\s+Chinese state readout \(1\)/);
    expect(screen).toMatch(/CNN, Greater Kashmir/);
  });

  it('says plainly when an event has no readout to show', () => {
    const empty = { ...vm, readouts: [] };
    expect(text(readoutLines(empty, 'call-2024-04', 80))).toMatch(/No readout reconstructed for this event/);
  });

  it('draws each outlet\'s sourcing as bars whose length follows the share', () => {
    const lines = sourcingLines(vm, 'call-2024-04', 60).map((l) => plain(l.spans));
    const dutch = lines.slice(lines.findIndex((l) => l.startsWith('Dutch outlet')));
    const bar = (l: string) => (l.match(/█/g) ?? []).length;
    expect(dutch[1]).toMatch(/chinese-state .*50%\s+1$/);
    expect(bar(dutch[1]!)).toBe(bar(dutch[2]!));
    const cnn = lines.slice(lines.findIndex((l) => l.startsWith('CNN')));
    expect(cnn[0]).toMatch(/3 claims/);
    expect(bar(cnn[1]!)).toBeGreaterThan(bar(cnn[2]!));
  });

  it('generates the help from the bindings', () => {
    const screen = text(helpLines(80));
    expect(screen).toMatch(/↑ or k\s+move up/);
    expect(screen).toMatch(/Tab or →\s+next pane/);
    expect(screen).toMatch(/q\s+quit/);
  });

  it('fits the header and footer into 80 columns', () => {
    for (const l of [...headerLines(vm, initialState(vm), 80), ...footerLines(vm, initialState(vm), 80)]) expect(cellWidth(plain(l.spans))).toBe(80);
  });

  it('folds a narrow list to its marks, without a letter or two of each claim', () => {
    const rows = listLines(vm, initialState(vm), 9, 10).map((l) => plain(l.spans).trimEnd()).filter((l) => !l.startsWith('▸'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^[› ][ ✓✗]?[=≠·] [●◐○]+$/u);
  });

  it('keeps help and quit in the footer however narrow, dropping keys from the middle whole', () => {
    const keys = (width: number) => plain(footerLines(vm, initialState(vm), width)[1]!.spans).trimEnd();
    expect(keys(200)).toBe('↑↓ move  Tab pane  Enter open  / search  n next  f filter  s channel  e export  a accept  x flag  u undo  ? help  q quit');
    expect(keys(80)).toBe('↑↓ move  Tab pane  Enter open  / search  n next  f filter  ? help  q quit');
    expect(keys(40)).toBe('↑↓ move  Tab pane  ? help  q quit');
  });
});
