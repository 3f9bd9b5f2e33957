import { describe, expect, it } from 'vitest';

import { answerQuestion, MAX_QUOTES, NOTHING_FOUND, retrieve, scoreUtterances, stem, terms } from './chat-retrieval.ts';
import { COMPLETE_SALE_TRANSCRIPT } from './data/complete-sale-transcript.ts';
import type { Transcript, Utterance } from './types.ts';

const line = (utterance: string, index: number, extra: Partial<Utterance> = {}): Utterance => ({
  utterance,
  startTimeInMillis: index * 10_000,
  endTimeInMillis: index * 10_000 + 4_000,
  speakerTag: String(index % 2),
  redacted: false,
  ...extra,
});

const transcript = (texts: string[], extra: Record<number, Partial<Utterance>> = {}): Transcript => ({
  utterances: texts.map((text, index) => line(text, index, extra[index])),
  speakerMap: { '0': 'Marcus', '1': 'Karen' },
});

describe('terms', () => {
  it('drops stop words and question framing, folds case and accents, stems plurals and verb forms', () => {
    expect([...terms('What did they SAY about the Decisions?')]).toEqual(['decision']);
    expect([...terms('Was financing discussed?')]).toEqual(['financ']);
    expect(stem('finances')).toBe(stem('financing'));
    expect(stem('batteries')).toBe('battery');
    expect(stem('glass')).toBe('glass');
    expect([...terms('¿Qué dijeron del PRÉSTAMO?')]).toEqual(['prestamo']);
  });

  it('has nothing to look for in a question of stop words only', () => {
    expect(terms('What did they say about it?').size).toBe(0);
  });
});

describe('scoring', () => {
  const texts = [
    'The roof is nineteen years old.',
    'We talked about the roof and the gutters.',
    'The roof, the roof, the roof.',
    'My husband gets home at six.',
    'The gutters are full of leaves.',
  ];

  it('weighs a rare word above a common one, counting each question term once per utterance', () => {
    const scored = scoreUtterances('When does her husband get home from the roof?', transcript(texts).utterances);
    expect(scored[0]!.utterance.utterance).toBe('My husband gets home at six.');
    expect(scored[0]!.matched.sort()).toEqual(['home', 'husband']);
    // "roof" three times in one line scores as once.
    const roofOnly = scored.filter((entry) => entry.matched.join() === 'roof').map((entry) => entry.score);
    expect(new Set(roofOnly).size).toBe(1);
  });

  it('cites at most MAX_QUOTES utterances scoring at least half the best, in the order they were said', () => {
    const found = retrieve('roof gutters', transcript(texts).utterances);
    expect(found.length).toBeLessThanOrEqual(MAX_QUOTES);
    expect(found.map((entry) => entry.utterance.startTimeInMillis)).toEqual(
      [...found.map((entry) => entry.utterance.startTimeInMillis)].sort((a, b) => a - b),
    );
    expect(found.map((entry) => entry.utterance.utterance)).toContain('We talked about the roof and the gutters.');
  });

  it('never cites a redacted utterance', () => {
    const scored = scoreUtterances('husband', transcript(texts, { 3: { redacted: true } }).utterances);
    expect(scored).toEqual([]);
  });
});

describe('answerQuestion', () => {
  it('says what it found and cites the utterances with their exact times', () => {
    const conversation = transcript(['Hello there.', 'My husband gets home at six.']);
    const { answer, quotes } = answerQuestion('Did she say when her husband gets home?', conversation);
    expect(quotes).toEqual([{ quote: 'My husband gets home at six.', startTimeInMillis: 10_000, endTimeInMillis: 14_000 }]);
    expect(answer).toBe(
      'I searched the transcript for "husband" and "home": one moment matches best, Karen at 0:10. The quotes below are what was said.',
    );
  });

  it('finds nothing when no word of the question is in the conversation', () => {
    expect(answerQuestion('What about the swimming pool?', transcript(['The roof leaks.']))).toEqual({ answer: NOTHING_FOUND, quotes: [] });
  });

  it('answers from the sample roofing appointment with its own lines', () => {
    const { quotes } = answerQuestion('Was financing discussed?', COMPLETE_SALE_TRANSCRIPT);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(COMPLETE_SALE_TRANSCRIPT.utterances).toContainEqual(
        expect.objectContaining({ utterance: quote.quote, startTimeInMillis: quote.startTimeInMillis }),
      );
    }
  });
});
