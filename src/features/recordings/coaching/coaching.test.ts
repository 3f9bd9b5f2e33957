import { describe, expect, it } from 'vitest';

import { pickRecordingDocument } from '../api/recording-document-schema';
import { kindGlyph, kindName } from './moment-kinds';
import { bandFor } from './score-bands';
import { buildScorecard } from './scorecard-tree';
import { repTagOf, type TranscriptLine } from './talk-metrics';
import { metricsFromTranscript } from './transcript-talk-metrics';

const node = (id: string, nodeType: string, parentId: string, indexNumber: number, extra: Record<string, unknown> = {}) => ({
  id,
  nodeType,
  parentId,
  indexNumber,
  name: id,
  pointsEarned: 5,
  pointsPossible: 10,
  metadata: {},
  ...extra,
});
const evaluationOf = (nodes: unknown[], extra: Record<string, unknown> = {}) =>
  pickRecordingDocument({ data: [{ id: 'r', evaluation: { evaluatedNodes: nodes, ...extra } }] }, 'r')!.evaluation!;

describe('buildScorecard', () => {
  it('builds sections and criteria from flat nodes in any order, each in its index order', () => {
    const scorecard = buildScorecard(
      evaluationOf([
        node('m2', 'METRIC', 's1', 2),
        node('s2', 'SECTION', 'root', 2),
        node('m3', 'METRIC', 's2', 1),
        node('root', 'ROOT', '', 0, { name: 'In-home', pointsEarned: 15, pointsPossible: 30 }),
        node('m1', 'METRIC', 's1', 1),
        node('s1', 'SECTION', 'root', 1),
      ]),
    );
    expect(scorecard).toMatchObject({ name: 'In-home', earned: 15, possible: 30, skipped: 0 });
    expect(scorecard.sections.map((section) => [section.id, section.criteria.map((criterion) => criterion.id)])).toEqual([
      ['s1', ['m1', 'm2']],
      ['s2', ['m3']],
    ]);
  });

  it('counts criteria with no section to hang from, keeps criteria straight under the root, and sums a section without points', () => {
    const scorecard = buildScorecard(
      evaluationOf([
        node('root', 'ROOT', '', 0),
        node('s1', 'SECTION', 'root', 1, { pointsEarned: null, pointsPossible: null }),
        node('m1', 'METRIC', 's1', 1, { pointsEarned: 7 }),
        node('m2', 'METRIC', 's1', 2, { pointsEarned: 9 }),
        node('orphan', 'METRIC', 'gone', 1),
        node('loose', 'METRIC', 'root', 1),
        { id: 42 },
      ]),
    );
    expect(scorecard.skipped).toBe(2);
    expect(scorecard.sections[0]).toMatchObject({ earned: 16, possible: 20 });
    expect(scorecard.sections[1]).toMatchObject({ name: 'Criteria', criteria: [{ id: 'loose' }] });
  });
});

describe('metricsFromTranscript', () => {
  const line = (speakerTag: string, startMs: number, endMs: number, text = 'Okay.'): TranscriptLine => ({
    speakerTag,
    startMs,
    endMs,
    text,
    redacted: false,
  });

  it('computes talk share, the longest monologue and customer story, and questions on each side', () => {
    const metrics = metricsFromTranscript(
      [
        line('0', 0, 4_000, 'Hi, how long have you lived here? And the roof?'),
        line('0', 4_500, 10_000),
        line('1', 11_000, 13_000, 'Ten years. Why?'),
        // After a long silence (an inspection) the rep starts a new monologue.
        line('0', 60_000, 62_000),
        line('1', 63_000, 64_000, '[REDACTED]?'),
      ],
      '0',
    );
    expect(metrics).toEqual({
      repSpeakingTime: 11_500,
      customerSpeakingTime: 3_000,
      repSpeakerShare: 79.3,
      longestMonologueMillis: 10_000,
      longestCustomerStoryMillis: 2_000,
      repQuestionsCount: 2,
      customerQuestionsCount: 2,
    });
  });

  it('breaks a monologue at a silence longer than a pause, and counts a Spanish question once', () => {
    const metrics = metricsFromTranscript([line('0', 0, 3_000, '¿Cuántos años tiene el techo?'), line('0', 9_000, 10_000)], '0');
    expect(metrics).toMatchObject({ longestMonologueMillis: 3_000, repQuestionsCount: 1, repSpeakerShare: 100 });
    expect(metricsFromTranscript([], '0')).toEqual({});
  });

  it('finds the rep by name in the speaker map, else speaker 0', () => {
    expect(
      repTagOf(
        new Map([
          ['0', 'Karen'],
          ['1', 'Marcus Bell'],
        ]),
        'Marcus Bell',
      ),
    ).toBe('1');
    expect(repTagOf(new Map([['1', 'Karen']]), undefined)).toBe('0');
  });
});

describe('moment kinds and score bands', () => {
  it("names a kind by the organisation's configuration, else readably", () => {
    const configs = [{ id: 'c1', title: 'Price talk', types: ['PRICING'] }];
    expect(kindName('PRICING', undefined, configs)).toBe('Price talk');
    expect(kindName('OBJECTION', 'c1', configs)).toBe('Price talk');
    expect(kindName('SMOKESCREEN', undefined, configs)).toBe('Smokescreen');
    expect(kindName('WARRANTY_QUESTION', undefined, [])).toBe('Warranty question');
    expect(kindGlyph('PRICING', 'Price talk')).toBe('$');
    expect(kindGlyph('WARRANTY_QUESTION', 'Warranty question')).toBe('W');
  });

  it("colours a score by the organisation's bands, then by the node's own colour", () => {
    const bands = [
      { color: 'RED', lowRange: 0, highRange: 59.99 },
      { color: 'GREEN', lowRange: 80, highRange: 100 },
      { color: 'YELLOW', lowRange: 60, highRange: 79.99 },
    ];
    expect(bandFor(8, 10, bands).label).toBe('Strong');
    expect(bandFor(5.999, 10, bands).label).toBe('Weak');
    expect(bandFor(7, 10, bands).label).toBe('Needs work');
    expect(bandFor(undefined, 10, bands, 'GREEN').label).toBe('Strong');
    expect(bandFor(7, 10, []).label).toBe('');
  });
});
