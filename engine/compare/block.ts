/**
 * Blocking: the candidate pairs that clustering scores, found without comparing every pair.
 *
 * Two sources of candidates, united:
 * - MinHash signatures over each item's *discriminative* lemmas with LSH banding: items
 *   whose signatures agree on one whole band collide. Lemmas that occur in a large share of
 *   the items ("china", "say", "president") are left out of the signature, because on news
 *   about one topic they make every pair look alike; an item keeps at least its few rarest
 *   lemmas, so a claim made only of common words still has a signature.
 * - An inverted index of rare lemmas: two items that share a lemma few items have (a name,
 *   a number, "bytedance") are candidates even when one is a trimmed form of the other and
 *   their overall overlap is low.
 *
 * A bucket larger than a cap (hundreds of near-identical claims: a background sentence that
 * recurs across an archive) is not expanded into all its pairs: in a few bands only, its
 * members are put in a seeded pseudo-random order and each is paired with its next few, which
 * keeps the group connected (clustering can still gather it) while every item gets a bounded
 * number of candidates. So the number of candidates stays linear in the number of items
 * whatever the input. Deterministic: the hash functions and orders come from the seed and the
 * pairs are returned sorted.
 */

/** Tuning of {@link candidatePairs}; every field has a default. */
export interface BlockOptions {
  /** Seed of the MinHash hash functions. */
  seed?: number;
  /** Number of LSH bands. */
  bands?: number;
  /** Signature rows per band (MinHash values hashed together). */
  rows?: number;
  /** A lemma carried by more than this share of the items is left out of signatures. */
  commonShare?: number;
  /** ...but only when it is also carried by more than this many items. */
  commonMin?: number;
  /** An item keeps at least this many of its rarest lemmas in its signature. */
  keepRarest?: number;
  /** A lemma carried by at most this many items pairs all of them (the rare-lemma index). */
  rareMax?: number;
  /** Buckets up to this size are expanded into all their pairs. */
  bucketCap?: number;
  /** Larger buckets: each member is paired with its next `window` members in a seeded order... */
  window?: number;
  /** ...in this many bands only. */
  bigBands?: number;
  /**
   * Verification: a candidate must share at least two lemmas (one when an item has only
   * one) and reach this Jaccard similarity of the full lemma sets...
   */
  minJaccard?: number;
  /** ...or this containment (shared lemmas over the smaller set)... */
  minContainment?: number;
  /**
   * ...or share this many lemmas that are not common ones (as in the signatures), whatever the
   * lengths: two long sentences that report the same clause among much else ("Xi … called for
   * the two sides to value peace, prioritize stability and honor their commitments …, an
   * apparent reference to …" / "He underscored the need to … maintain overall stability, and
   * honour commitments made, particularly …") are compared clause by clause by the matcher,
   * which their whole-set Jaccard cannot see.
   */
  minShared?: number;
  /**
   * Each item keeps at most this many partners after it (the most similar by Jaccard), so
   * the number of candidates is at most `n * maxPartners` whatever the input.
   */
  maxPartners?: number;
}

const DEFAULTS: Required<BlockOptions> = {
  seed: 0x5eed,
  bands: 120,
  rows: 2,
  commonShare: 0.1,
  commonMin: 20,
  keepRarest: 3,
  rareMax: 12,
  bucketCap: 100,
  window: 4,
  bigBands: 4,
  minJaccard: 0.12,
  minContainment: 0.7,
  minShared: 3,
  maxPartners: 200,
};

/** 32-bit FNV-1a hash of a string. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's 32-bit finaliser: a cheap, well-mixed permutation of 32-bit integers. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Seeds for `count` hash functions, from a small seeded generator (mulberry32). */
function hashSeeds(seed: number, count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    seeds[i] = (t ^ (t >>> 14)) >>> 0;
  }
  return seeds;
}

/**
 * The buckets of one band: items by key, in an open-addressing table of typed arrays reused
 * from band to band. A Map of arrays made an array for every item in every band, nearly all
 * of them for an item alone in its bucket, and cost as much as the MinHash signatures.
 */
class Buckets {
  private readonly mask: number;
  /** Per slot: its key, and the last item added with it (-1: a free slot). */
  private readonly keys: Int32Array;
  private readonly last: Int32Array;
  /** Per item: the item added before it with the same key, or -1. */
  private readonly previous: Int32Array;
  /** The slots taken, in the order their keys first came. */
  private readonly taken: number[] = [];

  constructor(items: number) {
    let size = 2;
    while (size < 2 * items) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.last = new Int32Array(size).fill(-1);
    this.previous = new Int32Array(items);
  }

  /** Put `item` in the bucket of `key` (a well-mixed 32-bit value: its low bits index the table). */
  add(item: number, key: number): void {
    key |= 0;
    let slot = key & this.mask;
    while (this.last[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    if (this.last[slot] === -1) {
      this.keys[slot] = key;
      this.taken.push(slot);
    }
    this.previous[item] = this.last[slot]!;
    this.last[slot] = item;
  }

  /** The buckets of two or more items (ascending, buckets in the order of their first item), emptying the table. */
  drain(): number[][] {
    const out: number[][] = [];
    for (const slot of this.taken) {
      const last = this.last[slot]!;
      if (this.previous[last] !== -1) {
        const bucket: number[] = [];
        for (let i = last; i !== -1; i = this.previous[i]!) bucket.push(i);
        out.push(bucket.reverse());
      }
      this.last[slot] = -1;
    }
    this.taken.length = 0;
    return out;
  }
}

/** Whether a group holds `members`, in the same order. */
function sameMembers(group: Int32Array, members: readonly number[]): boolean {
  if (group.length !== members.length) return false;
  for (let k = 0; k < group.length; k++) if (group[k] !== members[k]) return false;
  return true;
}

/**
 * Collects candidate groups, then lists each item's partners once: groups whose members are
 * all paired (rare-lemma postings, ordinary buckets) and single pairs (windows over big
 * buckets). No set of pair codes is built: partners are deduplicated per item with a stamp.
 */
class Candidates {
  private readonly groups: Int32Array[] = [];
  /** The groups by a hash of their members. */
  private readonly byHash = new Map<number, number[]>();
  private readonly groupsOf: number[][];
  private readonly extra: number[][];

  constructor(private readonly n: number) {
    this.groupsOf = Array.from({ length: n }, () => []);
    this.extra = Array.from({ length: n }, () => []);
  }

  /**
   * Every pair of a group of item indices. A group that was added before adds nothing: the
   * same few near-duplicate claims share a bucket in most bands (25 buckets for each distinct
   * one on generated news), and each copy was walked again when pairs were listed.
   */
  addAll(members: number[]): void {
    let hash = members.length;
    for (const i of members) hash = mix(hash ^ i);
    const same = this.byHash.get(hash);
    if (same?.some((g) => sameMembers(this.groups[g]!, members))) return;
    const g = this.groups.length;
    this.groups.push(Int32Array.from(members));
    if (same) same.push(g);
    else this.byHash.set(hash, [g]);
    for (const i of members) this.groupsOf[i]!.push(g);
  }

  /** Each member with its next `window` members (cyclically) in the order given. */
  addWindow(members: number[], window: number): void {
    const m = members.length;
    for (let x = 0; x < m; x++) {
      for (let d = 1; d <= Math.min(window, m - 1); d++) {
        const a = members[x]!;
        const b = members[(x + d) % m]!;
        if (a !== b) this.extra[Math.min(a, b)]!.push(Math.max(a, b));
      }
    }
  }

  /**
   * The pairs that `similarity` keeps (a value of 0 or more; negative drops the pair), at
   * most `cap` per item (the most similar), sorted.
   */
  sorted(similarity: (i: number, j: number) => number, cap: number): Array<[number, number]> {
    const stamp = new Int32Array(this.n).fill(-1);
    const pairs: Array<[number, number]> = [];
    const partners: number[] = [];
    for (let i = 0; i < this.n; i++) {
      partners.length = 0;
      for (const g of this.groupsOf[i]!) {
        for (const j of this.groups[g]!) {
          if (j > i && stamp[j] !== i) {
            stamp[j] = i;
            partners.push(j);
          }
        }
      }
      for (const j of this.extra[i]!) {
        if (stamp[j] !== i) {
          stamp[j] = i;
          partners.push(j);
        }
      }
      const kept: Array<{ j: number; s: number }> = [];
      for (const j of partners) {
        const s = similarity(i, j);
        if (s >= 0) kept.push({ j, s });
      }
      if (kept.length > cap) kept.sort((x, y) => y.s - x.s || x.j - y.j).length = cap;
      kept.sort((x, y) => x.j - y.j);
      for (const { j } of kept) pairs.push([i, j]);
    }
    return pairs;
  }
}

/**
 * Candidate pairs for clustering: the pairs worth scoring among `sets`, without looking at
 * every pair.
 *
 * @param sets one set of content lemmas per item (as in `MatchItem.lemmas`)
 * @param options tuning; the defaults suit claims of news articles
 * @returns pairs [i, j] with i < j, sorted
 */
export function candidatePairs(sets: string[][], options: BlockOptions = {}): Array<[number, number]> {
  const o = { ...DEFAULTS, ...options };
  const n = sets.length;
  if (n < 2) return [];
  const pairs = new Candidates(n);

  // Document frequency of every lemma, and each item's lemmas as distinct ids.
  const ids = new Map<string, number>();
  const df: number[] = [];
  const items: number[][] = sets.map((set) => {
    const own = new Set<number>();
    for (const lemma of set) {
      let id = ids.get(lemma);
      if (id === undefined) {
        id = df.length;
        ids.set(lemma, id);
        df.push(0);
      }
      if (!own.has(id)) {
        own.add(id);
        df[id]!++;
      }
    }
    return [...own];
  });

  // The rare-lemma index: items sharing a lemma that few items have.
  const postings = new Map<number, number[]>();
  items.forEach((item, i) => {
    for (const id of item) {
      if (df[id]! < 2 || df[id]! > o.rareMax) continue;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(i);
    }
  });
  for (const list of postings.values()) pairs.addAll(list);

  // MinHash over the discriminative lemmas; ties in rarity are broken by the lemma's hash so
  // that the choice does not depend on the order of the input.
  const common = Math.max(o.commonMin, o.commonShare * n);
  const lemmaHash = new Uint32Array(df.length);
  for (const [lemma, id] of ids) lemmaHash[id] = hashString(lemma);
  const k = o.bands * o.rows;
  const seeds = hashSeeds(o.seed, k);
  const signatures: Array<Uint32Array | null> = items.map((item) => {
    let kept = item.filter((id) => df[id]! <= common);
    if (kept.length < Math.min(o.keepRarest, item.length)) {
      kept = [...item].sort((a, b) => df[a]! - df[b]! || lemmaHash[a]! - lemmaHash[b]!).slice(0, o.keepRarest);
    }
    if (kept.length === 0) return null;
    const sig = new Uint32Array(k).fill(0xffffffff);
    for (const id of kept) {
      const h = lemmaHash[id]!;
      for (let s = 0; s < k; s++) {
        const v = mix(h ^ seeds[s]!);
        if (v < sig[s]!) sig[s] = v;
      }
    }
    return sig;
  });

  // LSH banding: items whose signatures agree on a whole band share a bucket.
  const buckets = new Buckets(n);
  for (let band = 0; band < o.bands; band++) {
    for (let i = 0; i < n; i++) {
      const sig = signatures[i];
      if (!sig) continue;
      let key = mix(band + 1);
      for (let r = band * o.rows; r < (band + 1) * o.rows; r++) key = mix(key ^ sig[r]!);
      buckets.add(i, key);
    }
    for (const bucket of buckets.drain()) {
      if (bucket.length <= o.bucketCap) pairs.addAll(bucket);
      else if (band < o.bigBands) {
        const salt = seeds[band]!;
        const order = bucket.map((i) => ({ i, key: mix(i ^ salt) })).sort((x, y) => x.key - y.key || x.i - y.i);
        pairs.addWindow(order.map((x) => x.i), o.window);
      }
    }
  }
  // Verification on the full lemma sets: drops the chance collisions of small signatures.
  const sorted = items.map((item) => Int32Array.from(item).sort());
  return pairs.sorted((i, j) => {
    const a = sorted[i]!;
    const b = sorted[j]!;
    let shared = 0;
    let sharedOwn = 0;
    for (let x = 0, y = 0; x < a.length && y < b.length; ) {
      if (a[x] === b[y]) {
        shared++;
        if (df[a[x]!]! <= common) sharedOwn++;
        x++;
        y++;
      } else if (a[x]! < b[y]!) x++;
      else y++;
    }
    const smaller = Math.min(a.length, b.length);
    if (shared < Math.min(2, smaller)) return -1;
    const jaccard = shared / (a.length + b.length - shared);
    return jaccard >= o.minJaccard || shared / smaller >= o.minContainment || sharedOwn >= o.minShared ? jaccard : -1;
  }, o.maxPartners);
}
