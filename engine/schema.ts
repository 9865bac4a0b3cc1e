/**
 * Every data shape of claimdiff, declared once with zod. The schema is the type:
 * `type Claim = z.infer<typeof Claim>`. Inputs are parsed with `safeParse` at the edges
 * (cli/), outputs are validated in tests against the same schemas.
 */
import { z } from 'zod';

/** Version of the JSON documents claimdiff prints (see the README's changelog). */
export const SCHEMA_VERSION = 1 as const;

// ---------------------------------------------------------------------------
// Inputs

/** One entry of a corpus's `manifest.json`. Only `file` and `outlet` are required. */
export const ManifestEntry = z.object({
  file: z.string().min(1),
  outlet: z.string().min(1),
  id: z.string().min(1).optional(),
  title: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  event: z.string().min(1).nullable().optional(),
  language: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  role: z.enum(['coverage', 'primary']).optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.object({ articles: z.array(ManifestEntry) });
export type Manifest = z.infer<typeof Manifest>;

/** The format of an article's source file, which decides how its text is extracted. */
export const SourceFormat = z.enum(['txt', 'md', 'html']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/**
 * An article as the engine receives it: decoded text plus what is known about it.
 * The CLI builds these from files; the engine never touches the file system.
 */
export const SourceDoc = z.object({
  id: z.string(),
  sourceFile: z.string(),
  format: SourceFormat,
  /** The decoded source file (invalid bytes already U+FFFD); offsets point into it. */
  source: z.string(),
  outlet: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  event: z.string().nullable(),
  language: z.string(),
  url: z.string().nullable(),
  role: z.enum(['coverage', 'primary']),
});
export type SourceDoc = z.infer<typeof SourceDoc>;

// ---------------------------------------------------------------------------
// Source profile

/** A speaker known to the profile, with the names the press uses for them. */
export const ProfileSpeaker = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** A pronoun-free role noun that refers back to this speaker ("the Chinese leader"). */
  gender: z.enum(['he', 'she', 'they']).default('they'),
  /**
   * The channel this speaker's words reach the press through when a claim names no source,
   * once the article has named that channel's readout ("the last readout named per side").
   */
  side: z.string().nullable().default(null),
});

/** A phrase that names a source and the channel it stands for. */
export const ProfileSource = z.object({
  /** Lower-case phrase; `*` stands for any one word ("the * readout"). */
  pattern: z.string().min(1),
  channel: z.string().min(1),
  /** What kind of source: readouts can be referred back to with "the readout". */
  kind: z.enum(['readout', 'outlet', 'agency', 'anonymous', 'person']),
  /** Speaker implied by the source when the claim names none ("the White House said"). */
  speaker: z.string().nullable().default(null),
});

export const Profile = z.object({
  name: z.string().min(1),
  channels: z.array(z.object({ id: z.string().min(1), label: z.string().min(1) })).min(1),
  /** Channel for named people on the record and for the outlet's own voice. */
  defaults: z.object({ named: z.string(), anonymous: z.string(), media: z.string(), narration: z.string() }),
  sources: z.array(ProfileSource),
  speakers: z.array(ProfileSpeaker),
  /** Speech verbs as lemmas ("say", "tell", "warn"). */
  cueVerbs: z.array(z.string().min(1)),
  /** Multi-word cues matched literally ("according to", "cited as saying", "in a statement"). */
  cuePhrases: z.array(z.string().min(1)),
  /** Descriptors of anonymous sources ("senior administration official", "source"). */
  anonymousNouns: z.array(z.string().min(1)),
  /**
   * Speech verbs (lemmas) that take any noun phrase as their speaker ("experts said",
   * "the agency told"); the other cue verbs need a person, an anonymous source or a known source.
   */
  reportVerbs: z.array(z.string().min(1)).default([]),
  /** Nouns for documents that "the readout" / "the statement" refer back to. */
  documentNouns: z.array(z.string().min(1)).default([]),
  /** Lower-case titles that precede a name and are not part of it ("president", "spokesman"). */
  titles: z.array(z.string().min(1)).default([]),
});
export type Profile = z.infer<typeof Profile>;
export type ProfileInput = z.input<typeof Profile>;

// ---------------------------------------------------------------------------
// Analysis result (the contract's AnalysisResult)

export const Channel = z.string().min(1);
export type Channel = z.infer<typeof Channel>;

export const ClaimMode = z.enum(['direct', 'partial', 'indirect', 'unattributed']);
export type ClaimMode = z.infer<typeof ClaimMode>;

export const Span = z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;

export const Article = z.object({
  id: z.string(),
  outlet: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  eventId: z.string(),
  sourceFile: z.string(),
  language: z.string(),
  role: z.enum(['coverage', 'primary']),
});
export type Article = z.infer<typeof Article>;

export const Event = z.object({
  id: z.string(),
  label: z.string(),
  date: z.string().nullable(),
  articleIds: z.array(z.string()),
});
export type Event = z.infer<typeof Event>;

export const Claim = z.object({
  id: z.string(),
  articleId: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quotes: z.array(Span),
  speaker: z.string().nullable(),
  channel: Channel,
  sourceMention: z.string().nullable(),
  cue: z.string().nullable(),
  mode: ClaimMode,
});
export type Claim = z.infer<typeof Claim>;

export const DivergenceKind = z.enum(['wording', 'attribution', 'speaker', 'cue']);
export type DivergenceKind = z.infer<typeof DivergenceKind>;

export const Divergence = z.object({
  kind: DivergenceKind,
  detail: z.string(),
  claimIds: z.array(z.string()),
});
export type Divergence = z.infer<typeof Divergence>;

export const ClusterStatus = z.enum(['agreement', 'divergence', 'single']);
export type ClusterStatus = z.infer<typeof ClusterStatus>;

export const Cluster = z.object({
  id: z.string(),
  eventId: z.string(),
  claimIds: z.array(z.string()).min(1),
  articleIds: z.array(z.string()).min(1),
  missingArticleIds: z.array(z.string()),
  /**
   * Claims of other clusters, from articles without a claim here, that carry this claim within
   * a longer sentence (the matcher calls them the same): their articles do not omit it.
   */
  carriedWithin: z.array(z.string()),
  status: ClusterStatus,
  divergences: z.array(Divergence),
});
export type Cluster = z.infer<typeof Cluster>;

export const Recurring = z.object({ clusterIds: z.array(z.string()).min(2), eventIds: z.array(z.string()).min(2) });
export type Recurring = z.infer<typeof Recurring>;

export const Warning = z.object({ file: z.string(), message: z.string() });
export type Warning = z.infer<typeof Warning>;

export const AnalysisResult = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(Article),
  events: z.array(Event),
  claims: z.array(Claim),
  clusters: z.array(Cluster),
  recurring: z.array(Recurring),
  warnings: z.array(Warning),
});
export type AnalysisResult = z.infer<typeof AnalysisResult>;

/** What `claimdiff claims --json` prints. */
export const ClaimsResult = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(Article),
  claims: z.array(Claim),
  warnings: z.array(Warning),
});
export type ClaimsResult = z.infer<typeof ClaimsResult>;

// ---------------------------------------------------------------------------
// Gold annotations (`claimdiff eval --gold FILE`, tests/gold/*.json)

/** A claim in gold data: its article id and a phrase copied verbatim from the claim's text. */
export const GoldClaimRef = z.object({ article: z.string().min(1), phrase: z.string().min(1) });
export type GoldClaimRef = z.infer<typeof GoldClaimRef>;

export const GoldAttribution = GoldClaimRef.extend({
  channel: z.string().min(1),
  speaker: z.string().nullable(),
  note: z.string().optional(),
});
export type GoldAttribution = z.infer<typeof GoldAttribution>;

/** Claims that are the same claim across outlets, and the coverage articles that omit it. */
export const GoldGroup = z.object({
  id: z.string().min(1),
  members: z.array(GoldClaimRef).min(1),
  omittedBy: z.array(z.string()),
  note: z.string().optional(),
});
export type GoldGroup = z.infer<typeof GoldGroup>;

/** Two claims that must never share a cluster. */
export const GoldApart = z.object({ a: GoldClaimRef, b: GoldClaimRef, why: z.string().optional() });
export type GoldApart = z.infer<typeof GoldApart>;

export const Gold = z.object({
  /** What the file covers and how it was written (free text, not scored). */
  description: z.string().optional(),
  attributions: z.array(GoldAttribution).default([]),
  groups: z.array(GoldGroup).default([]),
  apart: z.array(GoldApart).default([]),
});
export type Gold = z.infer<typeof Gold>;

/** A share: `correct` of `total`; `value` is null when there is nothing to score. */
export const EvalScore = z.object({ correct: z.number().int(), total: z.number().int(), value: z.number().nullable() });
export type EvalScore = z.infer<typeof EvalScore>;

/** What `claimdiff eval --json` prints (engine/evaluate.ts explains each figure). */
export const EvaluationReport = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  notes: z.array(z.string()),
  attribution: z.object({
    channel: EvalScore,
    speaker: EvalScore,
    misses: z.array(z.object({
      article: z.string(), phrase: z.string(), field: z.enum(['channel', 'speaker']),
      expected: z.string().nullable(), got: z.string().nullable(), claimId: z.string().nullable(),
    })),
  }),
  clusters: z.object({
    groups: z.number().int(),
    precision: EvalScore,
    recall: EvalScore,
    misses: z.array(z.object({
      kind: z.enum(['split', 'merged']), a: GoldClaimRef, b: GoldClaimRef,
      groups: z.array(z.string()), detail: z.string(),
    })),
  }),
  apart: z.object({
    pairs: z.number().int(),
    checked: z.number().int(),
    violations: z.array(z.object({ a: GoldClaimRef, b: GoldClaimRef, clusterId: z.string(), why: z.string().nullable() })),
  }),
  omissions: z.object({
    score: EvalScore,
    misses: z.array(z.object({
      group: z.string(), article: z.string(), expected: z.enum(['omitted', 'not omitted']), got: z.string(),
    })),
  }),
});
export type EvaluationReport = z.infer<typeof EvaluationReport>;

// ---------------------------------------------------------------------------
// Review state (`CORPUS/.claimdiff/review.json`, written by `claimdiff review`)

/** A reviewer's verdict on a cluster: the comparison is right, or it is wrong. */
export const ReviewVerdict = z.enum(['accepted', 'flagged']);
export type ReviewVerdict = z.infer<typeof ReviewVerdict>;

/**
 * One decision, tied to the cluster's claims rather than only to its id, so that a decision
 * still finds its cluster after a re-analysis that renumbers clusters.
 */
export const ReviewDecision = z.object({
  clusterId: z.string().min(1),
  claimIds: z.array(z.string().min(1)).min(1),
  verdict: ReviewVerdict,
});
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const ReviewState = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  decisions: z.array(ReviewDecision),
});
export type ReviewState = z.infer<typeof ReviewState>;

// ---------------------------------------------------------------------------
// Matcher weights (engine/compare/match-weights.json, written by `cli/evaluations/msrp.ts --fit`)

/** The claim matcher's logistic regression: standardisation, coefficients, threshold, and how they were fitted. */
export const MatchWeights = z.object({
  features: z.array(z.string().min(1)).min(1),
  mean: z.array(z.number()),
  scale: z.array(z.number().positive()),
  coefficients: z.array(z.number()),
  intercept: z.number(),
  threshold: z.number().min(0).max(1),
  /**
   * Caps on the probability when a binary feature fires: its rate of same-meaning pairs on the
   * training data, (paraphrases + 1) / (pairs + 2). A year conflict caps the score, whatever the overlap.
   */
  caps: z.array(z.object({
    feature: z.string().min(1),
    max: z.number().min(0).max(1),
    pairs: z.number().int().nonnegative(),
    paraphrases: z.number().int().nonnegative(),
  })).default([]),
  /**
   * Claims that quote the same run of at least `words` content words are the same claim with
   * at least this probability: the rate of paraphrases among such pairs on the training data.
   */
  quotation: z.object({
    words: z.number().int().positive(),
    score: z.number().min(0).max(1),
    pairs: z.number().int().nonnegative(),
    paraphrases: z.number().int().nonnegative(),
  }),
  fit: z.object({
    data: z.string(),
    pairs: z.number().int().nonnegative(),
    l2: z.number().nonnegative(),
    folds: z.number().int().nonnegative(),
    cvAccuracy: z.number(),
    cvF1: z.number(),
  }),
});
export type MatchWeights = z.infer<typeof MatchWeights>;
