import React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, cleanup } from 'ink-testing-library';
import { App, type AppProps } from '../../cli/ui/components/App.tsx';
import { initialState } from '../../cli/ui/reducer.ts';
import { cellWidth } from '../../cli/ui/text.ts';
import { fixtureViewModel, largeViewModel } from './fixtures.ts';

afterEach(() => cleanup());

const vm = fixtureViewModel();
const ANSI = /\x1b\[[0-9;]*m/g;
const COLOR_CODE = /\x1b\[(?:[\d;]*;)?(?:3[0-7]|4[0-7]|9[0-7]|10[0-7])(?:;[\d;]*)?m/;
const tick = () => new Promise((resolve) => setTimeout(resolve, 30));
const screen = (frame: string | undefined) => (frame ?? '').replace(ANSI, '');
const KEYS = { down: '\x1b[B', enter: '\r', esc: '\x1b', tab: '\t' };

function mount(props: Partial<AppProps> = {}) {
  const app = render(<App vm={vm} initial={initialState(vm)} color size={{ columns: 100, rows: 30 }} {...props} />);
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      // Let Ink subscribe its input handler (an effect) before the key arrives.
      await tick();
      app.stdin.write(key);
      await tick();
    }
  };
  return { ...app, press, text: () => screen(app.lastFrame()) };
}

describe('review UI components', () => {
  it('shows header, grouped list, the selected cluster side by side and the footer keys', () => {
    const { text } = mount();
    const lines = text().split('\n');
    expect(lines[0]).toMatch(/^claimdiff review — Biden–Xi call, February 2021 · 2021-02-11 · 1 outlet\s+≠1 ○4 =2 · reviewed 0\/5$/);
    expect(lines[1]).toMatch(/^\[List\] Cluster\* Readouts  Sourcing   filter all · channel all · 5\/5 clusters\s*$/);
    expect(text()).toMatch(/▸ Biden–Xi call, April 2024/);
    expect(text()).toMatch(/│single · call-2021-02\/1 · 1 of 1 outlet/);
    expect(lines[lines.length - 1]).toMatch(/^↑↓ move {2}Tab pane {2}Enter open {2}\/ search/);
  });

  it('moves down to the limiting/restricting cluster and shows CNN and the Dutch outlet next to an omission', async () => {
    const { press, text } = mount();
    await press('j', KEYS.down);
    expect(text()).toMatch(/› ≠ ●○● Biden noted/);
    expect(text()).toMatch(/CNN\s+Greater Kashmir\s+Dutch outlet/);
    expect(text()).toMatch(/│Joe Biden\s+omitted\s+Joe Biden/);
    expect(text()).toMatch(/wording: “US technologies” → “American technology”; “limiting” →/);
  });

  it('highlights the differing words in colour, and without colour only with bold and underline (NO_COLOR)', async () => {
    const coloured = mount();
    await coloured.press('j', 'j');
    const frame = coloured.lastFrame()!;
    const before = (f: string) => f.match(/((?:\x1b\[[\d;]*m)+)restricting/)?.[1] ?? '';
    expect(before(frame)).toMatch(/\x1b\[33m/);
    expect(before(frame)).toMatch(/\x1b\[4m/);
    coloured.unmount();
    const mono = mount({ color: false });
    await mono.press('j', 'j');
    const plainFrame = mono.lastFrame()!;
    expect(plainFrame).not.toMatch(COLOR_CODE);
    expect(before(plainFrame)).toMatch(/\x1b\[4m/);
    expect(before(plainFrame)).toMatch(/\x1b\[1m/);
  });

  it('opens the details with each paragraph and file:line:column, and Esc closes them', async () => {
    const { press, text } = mount();
    await press('j', 'j', KEYS.enter);
    expect(text()).toMatch(/Details of call-2024-04\/2/);
    expect(text()).toMatch(/CNN — 001-cnn\.txt:5:1/);
    expect(text()).toMatch(/Greater Kashmir — omitted/);
    await press(KEYS.esc);
    expect(text()).not.toMatch(/Details of/);
    expect(text()).toMatch(/\[List\]/);
  });

  it('searches for TikTok with / and jumps to the cluster the Dutch outlet omits', async () => {
    const { press, text } = mount();
    await press('/', 'T', 'i', 'k');
    expect(text()).toMatch(/\/Tik▏ {2}1 match · Enter jumps, Esc cancels/);
    await press('T', 'o', 'k', KEYS.enter);
    expect(text()).toMatch(/"TikTok": hit 1 of 1/);
    expect(text()).toMatch(/› = ●●○ Biden also expressed con/);
    expect(text()).toMatch(/Dutch outlet\s*$/m);
  });

  it('exports the current view and shows where the file went', async () => {
    const onExport = vi.fn((_markdown: string, name: string) => `/tmp/corpus/.claimdiff/${name}`);
    const { press, text } = mount({ onExport });
    await press('f', 'e');
    await vi.waitFor(() => expect(onExport).toHaveBeenCalledTimes(1));
    expect(onExport.mock.calls[0]![0]).toMatch(/Filter: divergent/);
    expect(text()).toMatch(/Exported to \/tmp\/corpus\/\.claimdiff\/review-clusters-divergent\.md/);
  });

  it('says so when an export cannot be written', async () => {
    const { press, text } = mount({ onExport: () => { throw new Error('/ro/review-clusters.md: cannot write (EACCES)'); } });
    await press('e');
    expect(text()).toMatch(/Export failed: \/ro\/review-clusters\.md: cannot write \(EACCES\)/);
  });

  it('saves after every verdict, marks the cluster, and undo saves again', async () => {
    const onDecisions = vi.fn();
    const { press, text } = mount({ onDecisions });
    await press('j', 'a');
    const candid = vm.clusters[1]!;
    await vi.waitFor(() => expect(onDecisions).toHaveBeenLastCalledWith({ [candid.key]: 'accepted' }));
    expect(text()).toMatch(/›✓= ●●○ The White House describe/);
    expect(text()).toMatch(/reviewed 1\/5/);
    await press('u');
    await vi.waitFor(() => expect(onDecisions).toHaveBeenLastCalledWith({}));
    expect(onDecisions).toHaveBeenCalledTimes(2);
  });

  it('switches the right pane to the readouts and the sourcing bars with Tab', async () => {
    const { press, text } = mount();
    await press('j', KEYS.tab, KEYS.tab);
    expect(text()).toMatch(/Readouts · Biden–Xi call, April 2024/);
    expect(text()).toMatch(/White House readout \(2\)/);
    await press(KEYS.tab);
    expect(text()).toMatch(/Sourcing · Biden–Xi call, April 2024/);
    expect(text()).toMatch(/white-house\s+█+░*\s+67%\s+2/);
  });

  it('folds the list to its marks on a narrow terminal while the cluster pane has focus', async () => {
    const { press, text } = mount({ size: { columns: 80, rows: 24 } });
    await press('j', 'j', KEYS.tab);
    const lines = text().split('\n');
    expect(lines[2]).toMatch(/^▸ Biden…│divergence · call-2024-04\/2/);
    expect(text()).toMatch(/│speaker Joe Biden\s+omitted\s+speaker Joe Biden/);
    await press(KEYS.esc);
    expect(text().split('\n')[2]).toMatch(/^▸ Biden–Xi call, February…│divergence/);
  });

  it('lists the keys on ?', async () => {
    const { press, text } = mount();
    await press('?');
    expect(text()).toMatch(/Keys · \? or Esc closes/);
    expect(text()).toMatch(/e\s+export the current view as Markdown/);
  });

  it('fits an 80×24 terminal: no line wider than 80, one line short of the height', () => {
    const { text } = mount({ size: { columns: 80, rows: 24 } });
    const lines = text().split('\n');
    expect(lines).toHaveLength(23);
    for (const line of lines) expect(cellWidth(line)).toBeLessThanOrEqual(80);
  });

  it('asks for a bigger terminal instead of drawing a broken screen', () => {
    const { text } = mount({ size: { columns: 30, rows: 20 } });
    expect(text().replace(/\s+/g, ' ')).toMatch(/^claimdiff review needs a terminal of at least 40×8; this one is 30×20\. q quits\./);
  });

  it('stays responsive on an event with a thousand clusters: each key redraws only the visible rows', async () => {
    const big = largeViewModel(1000);
    const app = render(<App vm={big} initial={initialState(big)} color size={{ columns: 120, rows: 40 }} />);
    await tick();
    const renders = app.frames.length;
    for (let i = 0; i < 100; i++) {
      app.stdin.write('j');
      // Let React render the key before the next one arrives, as when a key is held down.
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(app.frames.length - renders).toBeGreaterThanOrEqual(50);
    await vi.waitFor(() => expect(screen(app.lastFrame())).toMatch(/call-2024-04\/101 · carried by/));
    expect(screen(app.lastFrame()).split('\n')).toHaveLength(39);
  }, 30_000);

  it('follows the terminal when it is resized', async () => {
    const app = render(<App vm={vm} initial={initialState(vm)} color />);
    let columns = 100;
    Object.defineProperty(app.stdout, 'columns', { get: () => columns });
    Object.defineProperty(app.stdout, 'rows', { get: () => 24, configurable: true });
    app.stdout.emit('resize');
    await tick();
    expect(Math.max(...screen(app.lastFrame()).split('\n').map(cellWidth))).toBe(100);
    columns = 120;
    app.stdout.emit('resize');
    await tick();
    const lines = screen(app.lastFrame()).split('\n');
    expect(Math.max(...lines.map(cellWidth))).toBe(120);
    expect(lines).toHaveLength(23);
  });
});
