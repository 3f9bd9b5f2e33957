// The organisation's in-home scorecard (three sections, ten criteria) and how one recording's
// evaluation of it is built: the flat ROOT / SECTION / METRIC nodes Siro sends, each criterion
// with the AI's reasoning, a recommendation and citations that are exact utterances. The
// judgements are hand-written for two recordings and generated from the transcript for the rest.
import type { JsonObject, SummaryQuote, Transcript, Utterance } from '../types.ts';
import { quoteContaining } from './transcript-builder.ts';

export type Band = { color: 'GREEN' | 'YELLOW' | 'RED'; lowRange: number; highRange: number };

/** The organisation's colour bands, in percent of the points possible. */
export const COLOR_CONFIGURATIONS: Band[] = [
  { color: 'RED', lowRange: 0, highRange: 59.99 },
  { color: 'YELLOW', lowRange: 60, highRange: 79.99 },
  { color: 'GREEN', lowRange: 80, highRange: 100 },
];

const SECTIONS = [
  {
    key: 'discovery',
    name: 'Discovery and rapport',
    weight: 30,
    criteria: ['Builds rapport before business', 'Uncovers why the homeowner called', 'Identifies every decision maker'],
  },
  {
    key: 'presentation',
    name: 'Inspection and presentation',
    weight: 30,
    criteria: ['Shows the findings with evidence', "Establishes the company's credibility", 'Presents options, not one price'],
  },
  {
    key: 'close',
    name: 'Objections and close',
    weight: 40,
    criteria: [
      'Handles price and competitor objections',
      'Offers financing that fits the budget',
      'Asks for the sale',
      'Agrees clear next steps',
    ],
  },
] as const;

const POINTS_PER_CRITERION = 10;

/** One criterion as the AI judged it on one recording; `cite` are the utterances it quotes, or fragments of them. */
export type Judgement = {
  earned: number;
  impact: string;
  thinking: string;
  recommendation: string;
  cite: readonly (string | Utterance)[];
};

/** Judgements in the scorecard's order: 3 discovery, 3 presentation, 4 close. */
export type ScorecardJudgements = readonly [
  Judgement,
  Judgement,
  Judgement,
  Judgement,
  Judgement,
  Judgement,
  Judgement,
  Judgement,
  Judgement,
  Judgement,
];

function colorOf(earned: number, possible: number): Band['color'] {
  const percent = possible > 0 ? (earned / possible) * 100 : 0;
  return COLOR_CONFIGURATIONS.find((band) => percent >= band.lowRange && percent <= band.highRange)?.color ?? 'RED';
}

const quoteOf = (u: Utterance): SummaryQuote => ({
  quote: u.utterance,
  startTimeInMillis: u.startTimeInMillis,
  endTimeInMillis: u.endTimeInMillis,
});

const node = (fields: JsonObject): JsonObject => ({ description: null, metricValue: null, unit: null, unitAbbreviated: '', ...fields });

export function buildEvaluation(recordingId: string, transcript: Transcript, judgements: ScorecardJudgements): JsonObject {
  const rootId = `sc-root-${recordingId.slice(0, 8)}`;
  const nodes: JsonObject[] = [];
  const metricRubrics: JsonObject[] = [];
  const sectionWeights: JsonObject[] = [];
  let criterion = 0;
  let totalEarned = 0;
  let totalPossible = 0;
  SECTIONS.forEach((section, sectionIndex) => {
    const sectionId = `${rootId}-${section.key}`;
    const metrics = section.criteria.map((name, index) => {
      const judgement = judgements[criterion];
      criterion += 1;
      if (!judgement) throw new Error(`Missing judgement for ${name}`);
      const citations = judgement.cite.map((cited) => (typeof cited === 'string' ? quoteContaining(transcript, cited) : quoteOf(cited)));
      const id = `${sectionId}-m${index + 1}`;
      metricRubrics.push({
        scorecardNodeId: id,
        scorecardMetricId: `metric-${section.key}-${index + 1}`,
        metricPointTotal: POINTS_PER_CRITERION,
        minTarget: 0,
        maxTarget: 0,
        targetTolerance: 0,
      });
      return node({
        id,
        name,
        indexNumber: index + 1,
        parentId: sectionId,
        nodeType: 'METRIC',
        metadata: {
          metricId: `metric-${section.key}-${index + 1}`,
          metricType: 'AI_METRIC',
          score: `${judgement.earned}/${POINTS_PER_CRITERION}`,
          impact: judgement.impact,
          thinking: judgement.thinking,
          recommendation: judgement.recommendation,
          thinkingWithCitation: {
            citedThinking: `${judgement.thinking} ${citations.map((_, i) => `[${i + 1}]`).join('')}`.trim(),
            citations,
          },
        },
        metricValue: judgement.earned,
        pointsPossible: POINTS_PER_CRITERION,
        pointsEarned: judgement.earned,
        color: colorOf(judgement.earned, POINTS_PER_CRITERION),
      });
    });
    const earned = metrics.reduce((sum, metric) => sum + Number(metric.pointsEarned), 0);
    const possible = metrics.length * POINTS_PER_CRITERION;
    totalEarned += earned;
    totalPossible += possible;
    sectionWeights.push({ scorecardNodeId: sectionId, weight: section.weight });
    nodes.push(
      node({
        id: sectionId,
        name: section.name,
        indexNumber: sectionIndex + 1,
        parentId: rootId,
        nodeType: 'SECTION',
        metadata: { sectionWeight: section.weight },
        pointsPossible: possible,
        pointsEarned: earned,
        color: colorOf(earned, possible),
      }),
      // Siro sends the nodes in no particular order; the client builds the tree from parentId.
      ...metrics.reverse(),
    );
  });
  nodes.unshift(
    node({
      id: rootId,
      name: 'Keystone in-home appointment',
      indexNumber: 0,
      parentId: '',
      nodeType: 'ROOT',
      metadata: {},
      pointsPossible: totalPossible,
      pointsEarned: totalEarned,
      color: colorOf(totalEarned, totalPossible),
    }),
  );
  return {
    recordingId,
    hasScorecard: true,
    scorecardInstanceId: `sci-${recordingId.slice(0, 8)}`,
    evaluationQualified: true,
    name: 'Keystone in-home appointment',
    description: 'How every in-home appointment is coached: discovery, presentation, then objections and the close.',
    pointsPossible: totalPossible,
    pointsEarned: totalEarned,
    evaluatedNodes: nodes,
    metricRubrics,
    sectionWeights,
    colorConfigurations: COLOR_CONFIGURATIONS,
  };
}

// ---- Judgements generated from a transcript ----
// Recordings without hand-written coaching are judged by rules: each criterion looks for the
// lines that show it (in English, Spanish or French), cites them and says where they are.

const REP_TAG = '0';

type Evidence = { side: 'rep' | 'customer'; pattern: RegExp; part?: 'opening' | 'after-opening' | 'closing' };
type CriterionRule = {
  impact: string;
  /** Opens the reasoning when the criterion is shown; the cited lines follow. */
  shown: string;
  missing: string;
  recommendation: string;
  missingRecommendation: string;
  evidence: readonly Evidence[];
};

/** A customer pushing back: on price, timing, trust or need. Shared with the moments. */
export const OBJECTION =
  /\b(?:more than I (?:expected|was hoping)|too (?:much|expensive)|not (?:really looking|right now|sure if)|think about it|rather not|a lot of money|mucho dinero|pensaba que|no sé, es|je préfère attendre|plutôt prudente|trop cher)\b/iu;

const CRITERION_RULES: readonly CriterionRule[] = [
  {
    impact: 'Medium: a relaxed homeowner shares more about the house and the budget.',
    shown: 'The rep introduces themselves and puts the homeowner at ease before any business',
    missing: 'The conversation goes straight to business, with no greeting or personal question.',
    recommendation: 'Keep the warm opening; add one question about the household before the business.',
    missingRecommendation: 'Introduce yourself and ask one question about the household before talking about the job.',
    evidence: [
      {
        side: 'rep',
        part: 'opening',
        pattern: /\b(?:good (?:morning|afternoon|evening)|hi|hello|buenas|bonjour|merci de me recevoir)\b/iu,
      },
      { side: 'rep', part: 'opening', pattern: /\?/u },
    ],
  },
  {
    impact: 'High: the problem the homeowner describes is the reason they will buy.',
    shown: 'The rep asks what brought the homeowner to the conversation and hears the problem in their words',
    missing: 'The rep never asks what made the homeowner want this visit.',
    recommendation: 'Follow the answer with one more question about what the problem costs the family.',
    missingRecommendation: 'Ask what prompted the visit before presenting anything.',
    evidence: [
      {
        side: 'rep',
        pattern:
          /(?:what (?:got|made|prompted|brings)|any problems|anything on the roof|desde cuándo|qu'est-ce qui vous amène|bills look like|what are you seeing)/iu,
      },
      {
        side: 'customer',
        pattern:
          /(?:leak|warm|dripping|without power|sin luz|dented|damage|givrées|tibio|no (?:enfría|llega)|two forty a month|little warm)/iu,
      },
    ],
  },
  {
    impact: 'High: someone who decides but is not in the room can stall the deal.',
    shown: 'The rep learns who else makes the decision',
    missing: 'Nobody asks who else takes part in the decision.',
    recommendation: 'Ask who else decides during discovery, before presenting the price.',
    missingRecommendation: 'Ask who else makes the decision, and plan the next visit with everyone there.',
    evidence: [
      {
        side: 'customer',
        pattern:
          /(?:my (?:husband|wife)|would have to be there|would want to be here|hablar con mi esposo|lo decidimos los dos|copropriétaire|handles the budget)/iu,
      },
      { side: 'rep', pattern: /(?:both home|encarga también|est-ce qu'elle pense|d[ée]cision)/iu },
    ],
  },
  {
    impact: 'High: what the rep found, shown plainly, turns a pitch into a diagnosis.',
    shown: 'The rep reports the findings of the inspection with specifics',
    missing: 'The rep gives no specific finding from the house.',
    recommendation: 'Keep showing the evidence, with photos where possible, before any price.',
    missingRecommendation: 'Inspect first and show the homeowner what you found before talking about a solution.',
    evidence: [
      {
        side: 'rep',
        part: 'after-opening',
        pattern:
          /(?:fotos|found|encontré|I saw|reading|look good|en bon état|granules|was clogged|faces south|four planes|room for the solar breaker)/iu,
      },
      { side: 'rep', part: 'after-opening', pattern: /(?:rated|fuga|vitrage simple|shades the|no sagging|capacitor)/iu },
    ],
  },
  {
    impact: "Medium: the company's credibility justifies its price.",
    shown: "The rep backs the company's work with warranties, rebates or its track record",
    missing: "The rep says nothing about the company's warranties, track record or reviews.",
    recommendation: 'Add a local reference or review to the warranty.',
    missingRecommendation: 'Mention the warranty and how long the company has worked locally.',
    evidence: [
      { side: 'rep', pattern: /(?:twenty-two years|warranty|años de garantía|look us up|callbacks|Rénoclimat)/iu },
      { side: 'rep', pattern: /(?:reembolso|venimos sin costo|held up)/iu },
    ],
  },
  {
    impact: 'Medium: options let the homeowner choose instead of deciding yes or no.',
    shown: 'The rep lays out more than one way forward',
    missing: 'Only one way forward is offered.',
    recommendation: 'After the options, ask which fits best before answering the price reaction.',
    missingRecommendation: 'Present two or three options so the homeowner can choose.',
    evidence: [
      {
        side: 'rep',
        pattern: /(?:opción uno|dos opciones|deux options|both ways|with and without|maintenance plan)/iu,
      },
      { side: 'rep', pattern: /(?:opción dos|trim would help)/iu },
    ],
  },
  {
    impact: 'High: an objection left open is the most common reason a deal stalls.',
    shown: 'The homeowner pushes back and the rep answers',
    missing: 'No price, timing or trust objection came up, so there was nothing to handle.',
    recommendation: 'Ask what is behind the objection before answering it.',
    missingRecommendation: 'Check for unspoken concerns before asking for the decision.',
    evidence: [{ side: 'customer', pattern: OBJECTION }],
  },
  {
    impact: 'Medium: a monthly figure makes a large price feel manageable.',
    shown: 'Payment options are discussed',
    missing: 'Payment and financing never come up.',
    recommendation: 'Give the monthly figure of the option the homeowner prefers.',
    missingRecommendation: 'Offer a monthly payment option before the homeowner raises the price.',
    evidence: [
      { side: 'rep', pattern: /(?:financiamiento|financement|a month|al mes|doce meses|monthly)/iu },
      { side: 'customer', pattern: /(?:sesenta meses|l'argent de côté)/iu },
    ],
  },
  {
    impact: 'High: without a clear ask the visit ends without a commitment.',
    shown: 'The rep asks for a commitment',
    missing: 'The rep never asks for a decision or a commitment.',
    recommendation: 'Ask for the decision as soon as the last concern is answered.',
    missingRecommendation: 'End with a direct ask: the signature, or a date for the next step.',
    evidence: [
      {
        side: 'rep',
        pattern:
          /(?:aquí firma|sign here|signer ici|how about \w+ at|how is nine|can I get a name|precalificación entonces|je vous rappelle)/iu,
      },
      { side: 'rep', pattern: /(?:aquí está el contrato|I can come back|written quote)/iu },
    ],
  },
  {
    impact: 'Medium: clear next steps prevent cancellations and no-shows.',
    shown: 'The visit ends with agreed next steps',
    missing: 'The visit ends without a next step.',
    recommendation: 'Repeat the next step and its date in writing after the visit.',
    missingRecommendation: 'Agree what happens next, who does it and when, before leaving.',
    evidence: [
      {
        side: 'rep',
        part: 'closing',
        pattern: /(?:see you|le va a llamar|je vous envoie|will be in your email|get a design|proposal comes|I will just come by)/iu,
      },
      { side: 'rep', part: 'closing', pattern: /(?:llegamos a las|send me that bill|card with my cell|le mando el contrato)/iu },
    ],
  },
];

const isRep = (u: Utterance) => u.speakerTag === REP_TAG;

/** m:ss (h:mm:ss past an hour), as the reasoning names a moment. */
export function clockOf(ms: number): string {
  const total = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const EXCERPT_WORDS = 9;
const EXCERPT_CHARS = 70;

/** The start of an utterance, as the reasoning quotes it: “…” marks where it was cut. */
export function excerptOf(text: string): string {
  const words = text.split(/\s+/u).filter(Boolean);
  let excerpt = words.slice(0, EXCERPT_WORDS).join(' ');
  if (excerpt.length > EXCERPT_CHARS) excerpt = excerpt.slice(0, EXCERPT_CHARS);
  return excerpt.length < text.length ? `${excerpt}…` : excerpt;
}

function inPart(index: number, count: number, part: Evidence['part']): boolean {
  if (part === 'opening') return index < Math.max(4, Math.ceil(count * 0.15));
  if (part === 'after-opening') return index >= Math.min(4, count - 1);
  if (part === 'closing') return index >= Math.floor(count * 0.6);
  return true;
}

function findEvidence(utterances: readonly Utterance[], evidence: Evidence, taken: ReadonlySet<Utterance>) {
  return utterances.find(
    (u, index) =>
      !u.redacted &&
      !taken.has(u) &&
      (evidence.side === 'rep') === isRep(u) &&
      inPart(index, utterances.length, evidence.part) &&
      evidence.pattern.test(u.utterance),
  );
}

function citedLines(utterances: readonly Utterance[], rule: CriterionRule): Utterance[] {
  const cited = new Set<Utterance>();
  for (const evidence of rule.evidence) {
    const found = findEvidence(utterances, evidence, cited);
    if (found) cited.add(found);
  }
  // An objection is cited with the rep's answer to it.
  if (rule.evidence[0]?.pattern === OBJECTION) {
    const objection = [...cited][0];
    const answer = objection && utterances.slice(utterances.indexOf(objection) + 1).find((u) => isRep(u) && !u.redacted);
    if (answer) cited.add(answer);
  }
  return [...cited].sort((a, b) => a.startTimeInMillis - b.startTimeInMillis);
}

/** 3 points with nothing to show, 7 with one line, 9 with two: before matching the recording's score. */
const RAW_POINTS = [3, 7, 9] as const;
const STEP = 0.5;

const toStep = (value: number) => Math.round(value / STEP) * STEP;

/** Points a criterion may get, by how many lines show it: nothing shown is never a good mark. */
const RANGE_BY_EVIDENCE = [
  [0, 5],
  [3, 9],
  [6, 10],
] as const;

/** Scales the criteria to add up to the recording's score, then settles the rounding half a point at a time. */
function matchTotal(points: readonly number[], cited: readonly Utterance[][], target: number): number[] {
  const most = points.length * POINTS_PER_CRITERION;
  const goal = toStep(Math.min(Math.max(target, 0), most));
  const sum = points.reduce((total, value) => total + value, 0);
  const ranges = cited.map((lines) => RANGE_BY_EVIDENCE[Math.min(lines.length, 2)] ?? [0, POINTS_PER_CRITERION]);
  const clamp = (value: number, index: number) => Math.min(ranges[index]?.[1] ?? 10, Math.max(ranges[index]?.[0] ?? 0, value));
  const result = points.map((value, index) => clamp(toStep(sum > 0 ? (value * goal) / sum : goal / points.length), index));
  // Rounding leftovers go to the best-evidenced criteria first, or come off the least-evidenced;
  // past the ranges only when the score cannot be reached within them.
  const byEvidence = result.map((_, index) => index).sort((a, b) => (cited[b]?.length ?? 0) - (cited[a]?.length ?? 0) || a - b);
  for (const strict of [true, false]) {
    for (let guard = 0; guard < (2 * most) / STEP; guard += 1) {
      const gap = goal - result.reduce((total, value) => total + value, 0);
      if (Math.abs(gap) < STEP / 2) return result;
      const raising = gap > 0;
      const index = (raising ? byEvidence : [...byEvidence].reverse()).find((i) => {
        const [low, high] = strict ? (ranges[i] ?? [0, POINTS_PER_CRITERION]) : [0, POINTS_PER_CRITERION];
        return raising ? (result[i] ?? 0) < high : (result[i] ?? 0) > low;
      });
      if (index === undefined) break;
      result[index] = (result[index] ?? 0) + (raising ? STEP : -STEP);
    }
  }
  return result;
}

/** The scorecard's judgements of one transcript, adding up to `score` (the recording's evaluation score) when it has one. */
export function judgeTranscript(transcript: Transcript, score: number | null): ScorecardJudgements {
  const { utterances, speakerMap } = transcript;
  const repName = (speakerMap[REP_TAG] ?? '').split(' ')[0] || 'The rep';
  const cited = CRITERION_RULES.map((rule) => citedLines(utterances, rule));
  const raw = cited.map((lines) => RAW_POINTS[Math.min(lines.length, 2)] ?? 0);
  const points = score === null ? raw : matchTotal(raw, cited, score);
  const speaker = (u: Utterance) => (isRep(u) ? repName : speakerMap[u.speakerTag]?.split(' ')[0] || 'The homeowner');
  const judgements = CRITERION_RULES.map((rule, index): Judgement => {
    const lines = cited[index] ?? [];
    const shown = lines.length > 0;
    const where = lines.map((u) => `${speaker(u)} at ${clockOf(u.startTimeInMillis)}: “${excerptOf(u.utterance)}”`).join('; ');
    return {
      earned: points[index] ?? 0,
      impact: rule.impact,
      thinking: shown ? `${rule.shown.replace(/^The rep\b/u, repName)}. ${where}.` : rule.missing,
      recommendation: shown ? rule.recommendation : rule.missingRecommendation,
      cite: lines,
    };
  });
  return judgements as unknown as ScorecardJudgements;
}
