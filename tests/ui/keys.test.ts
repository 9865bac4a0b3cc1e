import { describe, expect, it } from 'vitest';
import { BINDINGS, Command, commandFor, resolveInput, resolveKey } from '../../cli/ui/keys.ts';

describe('key bindings', () => {
  it('binds exactly the keys of the contract', () => {
    const cases: [string, object, Command][] = [
      ['', { upArrow: true }, Command.Up], ['k', {}, Command.Up],
      ['', { downArrow: true }, Command.Down], ['j', {}, Command.Down],
      ['', { tab: true }, Command.NextPane], ['', { rightArrow: true }, Command.NextPane],
      ['', { leftArrow: true }, Command.PrevPane], ['', { tab: true, shift: true }, Command.PrevPane],
      ['', { return: true }, Command.Open], ['/', {}, Command.Search], ['n', {}, Command.NextHit],
      ['f', {}, Command.CycleFilter], ['s', {}, Command.CycleChannel], ['e', {}, Command.Export],
      ['a', {}, Command.Accept], ['x', {}, Command.Flag], ['u', {}, Command.Undo], ['?', {}, Command.Help],
      ['q', {}, Command.Quit], ['', { escape: true }, Command.Back],
    ];
    for (const [input, key, command] of cases) expect(commandFor(input, key), `${input} ${JSON.stringify(key)}`).toBe(command);
  });

  it('gives every command at least one key and no key to two commands', () => {
    const seen = new Map<string, Command>();
    for (const command of Object.values(Command)) {
      expect(BINDINGS[command].length).toBeGreaterThan(0);
      for (const b of BINDINGS[command]) {
        const id = JSON.stringify(b);
        expect(seen.get(id), id).toBeUndefined();
        seen.set(id, command);
      }
    }
  });

  it('ignores unbound keys and letters typed with Ctrl', () => {
    expect(commandFor('z', {})).toBeNull();
    expect(commandFor('q', { ctrl: true })).toBeNull();
  });

  it('types letters into the search query instead of running their commands', () => {
    expect(resolveKey('n', {}, 'search')).toEqual({ kind: 'type', text: 'n' });
    expect(resolveKey('q', {}, 'search')).toEqual({ kind: 'type', text: 'q' });
    expect(resolveKey('', { return: true }, 'search')).toEqual({ kind: 'submit' });
    expect(resolveKey('', { escape: true }, 'search')).toEqual({ kind: 'cancel' });
    expect(resolveKey('', { backspace: true }, 'search')).toEqual({ kind: 'erase' });
  });

  it('splits a chunk of several keys (key repeat, a paste) into one action per key', () => {
    expect(resolveInput('jjj', {}, 'normal')).toEqual([
      { kind: 'command', command: Command.Down }, { kind: 'command', command: Command.Down }, { kind: 'command', command: Command.Down },
    ]);
    expect(resolveInput('\t\t', {}, 'normal')).toEqual([
      { kind: 'command', command: Command.NextPane }, { kind: 'command', command: Command.NextPane },
    ]);
  });

  it('reads "/TikTok" then Enter arriving at once as a search for TikTok', () => {
    expect(resolveInput('/TikTok\rn', {}, 'normal')).toEqual([
      { kind: 'command', command: Command.Search }, { kind: 'type', text: 'TikTok' }, { kind: 'submit' },
      { kind: 'command', command: Command.NextHit },
    ]);
  });
});
