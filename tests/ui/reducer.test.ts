import { describe, expect, it } from 'vitest';
import { Command } from '../../cli/ui/keys.ts';
import { initialState, reduce, visibleClusters, type Action, type UiState } from '../../cli/ui/reducer.ts';
import { fixtureViewModel } from './fixtures.ts';

const vm = fixtureViewModel();
const cmd = (command: Command, maxScroll?: number): Action => ({ type: 'command', command, maxScroll });
const run = (state: UiState, ...actions: Action[]) => actions.reduce((s, a) => reduce(vm, s, a), state);
const start = () => initialState(vm);

describe('review UI reducer', () => {
  it('opens on the first cluster of the first event, focus on the list', () => {
    const s = start();
    expect(s.selectedId).toBe('call-2021-02/1');
    expect(s.focus).toBe('list');
    expect(s.quit).toBe(false);
  });

  it('moves down and up through the clusters across events, stopping at the ends', () => {
    const s = run(start(), cmd(Command.Down), cmd(Command.Down));
    expect(s.selectedId).toBe('call-2024-04/2');
    expect(run(s, cmd(Command.Up), cmd(Command.Up), cmd(Command.Up)).selectedId).toBe('call-2021-02/1');
    expect(run(s, ...Array(10).fill(cmd(Command.Down))).selectedId).toBe('call-2024-04/4');
  });

  it('cycles the filter all → divergent → omitted → agreed → all, keeping the selection visible', () => {
    let s = run(start(), cmd(Command.CycleFilter));
    expect(s.filter).toBe('divergent');
    expect(visibleClusters(vm, s).map((c) => c.id)).toEqual(['call-2024-04/2']);
    expect(s.selectedId).toBe('call-2024-04/2');
    s = run(s, cmd(Command.CycleFilter));
    expect(s.filter).toBe('omitted');
    expect(visibleClusters(vm, s).map((c) => c.id)).toEqual(['call-2024-04/1', 'call-2024-04/2', 'call-2024-04/3', 'call-2024-04/4']);
    expect(s.selectedId).toBe('call-2024-04/2');
    s = run(s, cmd(Command.CycleFilter));
    expect(s.filter).toBe('agreed');
    expect(s.selectedId).toBe('call-2024-04/1');
    expect(run(s, cmd(Command.CycleFilter)).filter).toBe('all');
  });

  it('cycles the channel filter through every channel and back to all', () => {
    const seen: (string | null)[] = [];
    let s = start();
    for (let i = 0; i <= vm.channels.length; i++) {
      s = run(s, cmd(Command.CycleChannel));
      seen.push(s.channel);
    }
    expect(seen).toEqual([...vm.channels, null]);
    s = run(start(), cmd(Command.CycleChannel));
    expect(s.channel).toBe('chinese-state');
    expect(visibleClusters(vm, s).map((c) => c.id)).toEqual(['call-2021-02/1', 'call-2024-04/4']);
  });

  it('searches for TikTok, jumps to the hit, and n wraps around to it again', () => {
    let s = run(start(), cmd(Command.Search));
    expect(s.search.editing).toBe(true);
    s = run(s, { type: 'search-type', text: 'tikto' }, { type: 'search-type', text: 'x' }, { type: 'search-erase' }, { type: 'search-type', text: 'k' });
    expect(s.search.draft).toBe('tiktok');
    s = run(s, { type: 'search-submit' });
    expect(s.search).toEqual({ editing: false, draft: '', query: 'tiktok' });
    expect(s.selectedId).toBe('call-2024-04/3');
    expect(s.notice).toBe('"tiktok": hit 1 of 1');
    expect(run(s, cmd(Command.NextHit)).selectedId).toBe('call-2024-04/3');
  });

  it('says so when nothing matches, and leaves the selection alone', () => {
    const s = run(start(), cmd(Command.Search), { type: 'search-type', text: 'Huawei' }, { type: 'search-submit' });
    expect(s.selectedId).toBe('call-2021-02/1');
    expect(s.notice).toMatch(/No cluster matches "Huawei"/);
  });

  it('cancels a search with Esc without quitting', () => {
    const s = run(start(), cmd(Command.Search), { type: 'search-type', text: 'Bid' }, { type: 'search-cancel' });
    expect(s.search.editing).toBe(false);
    expect(s.quit).toBe(false);
  });

  it('accepts, flags, toggles off and undoes verdicts, one step at a time', () => {
    const limiting = vm.clusters.find((c) => c.id === 'call-2024-04/2')!;
    let s = run(start(), cmd(Command.Down), cmd(Command.Down), cmd(Command.Accept));
    expect(s.decisions[limiting.key]).toBe('accepted');
    s = run(s, cmd(Command.Flag));
    expect(s.decisions[limiting.key]).toBe('flagged');
    s = run(s, cmd(Command.Flag));
    expect(s.decisions[limiting.key]).toBeUndefined();
    s = run(s, cmd(Command.Undo));
    expect(s.decisions[limiting.key]).toBe('flagged');
    s = run(s, cmd(Command.Undo), cmd(Command.Undo));
    expect(s.decisions).toEqual({});
    expect(run(s, cmd(Command.Undo)).notice).toBe('Nothing to undo');
  });

  it('switches panes with Tab and arrows: list, cluster, readouts, sourcing, and round', () => {
    let s = run(start(), cmd(Command.NextPane));
    expect([s.focus, s.tab]).toEqual(['cluster', 'cluster']);
    s = run(s, cmd(Command.NextPane), cmd(Command.NextPane));
    expect([s.focus, s.tab]).toEqual(['sourcing', 'sourcing']);
    s = run(s, cmd(Command.NextPane));
    expect([s.focus, s.tab]).toEqual(['list', 'sourcing']);
    expect(run(s, cmd(Command.PrevPane)).focus).toBe('sourcing');
  });

  it('scrolls the focused right pane instead of moving the selection, within its length', () => {
    const s = run(start(), cmd(Command.NextPane), cmd(Command.Down, 2), cmd(Command.Down, 2), cmd(Command.Down, 2));
    expect(s.scroll).toBe(2);
    expect(s.selectedId).toBe('call-2021-02/1');
    expect(run(s, cmd(Command.Up, 2)).scroll).toBe(1);
  });

  it('Esc closes the details, then returns to the list, and quits only at the top', () => {
    let s = run(start(), cmd(Command.NextPane), cmd(Command.Open));
    expect(s.overlay).toBe('details');
    s = run(s, cmd(Command.Back));
    expect([s.overlay, s.focus, s.quit]).toEqual([null, 'cluster', false]);
    s = run(s, cmd(Command.Back));
    expect([s.focus, s.quit]).toEqual(['list', false]);
    expect(run(s, cmd(Command.Back)).quit).toBe(true);
  });

  it('q quits from anywhere outside the search prompt', () => {
    expect(run(start(), cmd(Command.Help), cmd(Command.Quit)).quit).toBe(true);
  });

  it('asks the container to export the view on e, and clears the request once it reports the path', () => {
    const s = run(start(), cmd(Command.CycleFilter), cmd(Command.Export));
    expect(s.exportRequested).toBe(true);
    expect(s.filter).toBe('divergent');
    const done = run(s, { type: 'exported', text: 'Exported to /c/.claimdiff/review-clusters-divergent.md' });
    expect([done.exportRequested, done.notice]).toEqual([false, 'Exported to /c/.claimdiff/review-clusters-divergent.md']);
  });

  it('? opens and closes the help', () => {
    const s = run(start(), cmd(Command.Help));
    expect(s.overlay).toBe('help');
    expect(run(s, cmd(Command.Help)).overlay).toBeNull();
  });
});
