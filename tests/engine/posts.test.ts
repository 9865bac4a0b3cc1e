import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { postSignature } from '../../engine/article/attribution/posts.ts';

describe('postSignature', () => {
  it('reads the author of an embedded post from its signature', () => {
    expect(postSignature('Damage is unprecedented. pic.twitter.com/W0IkInjjSH — BC Hydro (@bchydro) December 22, 2018')).toEqual({ name: 'BC Hydro', mention: 'BC Hydro (@bchydro)' });
    expect(postSignature('Chicken. https://t.co/oI5iCg4bU3 – Michelle Rempel (@MichelleRempel) Dec. 18, 2018 ')).toEqual({ name: 'Michelle Rempel', mention: 'Michelle Rempel (@MichelleRempel)' });
    expect(postSignature('Merry Christmas from our family to yours. A post shared by Justin Trudeau (@justinpjtrudeau) on Dec 25, 2018 at 9:02am PST')).toEqual({ name: 'Justin Trudeau', mention: 'Justin Trudeau (@justinpjtrudeau)' });
  });

  it('finds no signature without the dash, the handle or the date at the end', () => {
    for (const text of ['Rory Medcalf (@Rory_Medcalf) December 30, 2018', 'Here it is — Rory Medcalf December 30, 2018', 'Here it is — Rory Medcalf (@Rory_Medcalf) said so on December 30, 2018.', 'Here — it (@is) December 30, 2018 and more']) {
      expect(postSignature(text)).toBeNull();
    }
  });

  it('never throws and names someone only in a text that ends with "(@handle) Month Day, Year"', () => {
    const unit = fc.constantFrom('—', '–', ' ', '(@', 'x', ')', 'December 30, 2018', 'Rory', '\n', '@', '(');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const author = postSignature(text);
        if (author !== null) expect(text).toMatch(/\(@\w+\)\s*\S+ \d{1,2}, \d{4}\s*$/u);
      }),
      { numRuns: 500 },
    );
  });
});
