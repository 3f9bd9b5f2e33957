import { describe, expect, it } from 'vitest';

import { buildRecording } from '@/testing/recording-fixtures';

import { isStillProcessing, processingInWords, transcriptionInWords } from './recording-status';

describe('isStillProcessing', () => {
  it.each(['RECORDING', 'UPLOADING', 'UPLOADED', 'TRANSCRIBING', 'AWAITING_REDACTION', 'REDACTING'])(
    'is true while transcription is %s',
    (transcriptionStatus) => {
      expect(isStillProcessing(buildRecording({ transcriptionStatus }))).toBe(true);
    },
  );

  it('is true while processing is in progress', () => {
    expect(isStillProcessing(buildRecording({ processingStatus: 'in-progress' }))).toBe(true);
  });

  it.each([
    ['complete', { transcriptionStatus: 'COMPLETE', processingStatus: 'complete' }],
    ['errored', { transcriptionStatus: 'ERROR', processingStatus: 'error' }],
    ['unknown', { transcriptionStatus: 'TELEPORTING', processingStatus: 'queued' }],
    ['missing', { transcriptionStatus: null, processingStatus: null }],
    ['deleted', { deleted: true, transcriptionStatus: 'TRANSCRIBING' }],
  ])('is false when %s', (_name, overrides) => {
    expect(isStillProcessing(buildRecording(overrides))).toBe(false);
  });

  it('is false without a recording', () => {
    expect(isStillProcessing(undefined)).toBe(false);
  });
});

describe('status words', () => {
  it('says known states in words', () => {
    expect(transcriptionInWords('COMPLETE')).toBe('Transcribed');
    expect(transcriptionInWords('UNRECOVERABLE_ERROR')).toBe('Transcription failed permanently');
    expect(processingInWords('in-progress')).toBe('Processing');
    expect(processingInWords('error')).toBe('Processing failed');
  });

  it('shows unknown states as the API wrote them', () => {
    expect(transcriptionInWords('TELEPORTING')).toBe('TELEPORTING');
    expect(processingInWords('queued')).toBe('queued');
  });
});
