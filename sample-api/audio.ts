// Stand-in for the redacted audio behind a signed URL: a quiet synthesised WAV (16-bit mono,
// 8 kHz) with a low tone while the rep speaks and a higher one for the homeowner, so a player's
// seek bar lines up with the transcript. As long as the recording, so it is never held in
// memory: each byte range is computed when asked for, and a full download is streamed.
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Utterance } from './types.ts';

const SAMPLE_RATE = 8_000;
const BYTES_PER_SAMPLE = 2;
export const WAV_HEADER_BYTES = 44;
/** Quiet: about -26 dBFS, nobody testing with headphones gets hurt. */
const AMPLITUDE = 1_600;
const TONE_HZ: Record<string, number> = { '0': 196, '1': 262 };
/** Samples faded in and out at each span's edges, so turns do not click. */
const FADE_SAMPLES = 400;
/** Bytes computed and written at a time: what one streamed chunk costs in memory. */
const CHUNK_BYTES = 64 * 1024;

type Span = { first: number; last: number; hz: number };

/** What the file sounds like: its length and where each voice is heard, in samples. */
export type AudioTrack = { samples: number; spans: readonly Span[]; fallback: boolean };

/**
 * The audio of a recording `durationMs` long. Without a transcript, a short tone every six
 * seconds, so there is something to hear and seek through.
 */
export function audioTrack(durationMs: number, utterances: readonly Utterance[]): AudioTrack {
  const samples = Math.round((Math.max(1_000, durationMs) / 1_000) * SAMPLE_RATE);
  const toSample = (ms: number) => Math.max(0, Math.min(samples, Math.floor((ms / 1_000) * SAMPLE_RATE)));
  const spans = utterances
    .map((u) => ({ first: toSample(u.startTimeInMillis), last: toSample(u.endTimeInMillis), hz: TONE_HZ[u.speakerTag] ?? 330 }))
    .filter((span) => span.last > span.first)
    .sort((a, b) => a.first - b.first);
  return { samples, spans, fallback: spans.length === 0 };
}

export function wavSize(track: AudioTrack): number {
  return WAV_HEADER_BYTES + track.samples * BYTES_PER_SAMPLE;
}

/** The span heard at sample `i`: the last one starting at or before it, if it is still going. */
function spanAt(track: AudioTrack, i: number): Span | undefined {
  if (track.fallback) {
    const period = 6 * SAMPLE_RATE;
    const first = Math.floor(i / period) * period + SAMPLE_RATE / 2;
    const last = Math.min(track.samples, first + (3 * SAMPLE_RATE) / 2);
    // Between two tones there is none: past its end, the fade would grow without bound.
    return i < last ? { first, last, hz: 220 } : undefined;
  }
  let low = 0;
  let high = track.spans.length - 1;
  let found: Span | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = track.spans[middle]!;
    if (span.first <= i) {
      found = span;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found && i < found.last ? found : undefined;
}

function sampleAt(track: AudioTrack, i: number): number {
  const span = spanAt(track, i);
  if (!span || i < span.first) return 0;
  const t = i / SAMPLE_RATE;
  // A tone with one harmonic, pulsing at a syllable-like rate, faded in and out.
  const syllables = 0.55 + 0.45 * Math.sin(2 * Math.PI * 3.3 * t);
  const fade = Math.min(1, (i - span.first) / FADE_SAMPLES, (span.last - i) / FADE_SAMPLES);
  const wave = Math.sin(2 * Math.PI * span.hz * t) + 0.3 * Math.sin(4 * Math.PI * span.hz * t);
  return Math.round(AMPLITUDE * syllables * fade * wave * 0.77);
}

function header(track: AudioTrack): Buffer {
  const buffer = Buffer.alloc(WAV_HEADER_BYTES);
  const dataBytes = track.samples * BYTES_PER_SAMPLE;
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + dataBytes, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16); // PCM format chunk size
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(SAMPLE_RATE, 24);
  buffer.writeUInt32LE(SAMPLE_RATE * BYTES_PER_SAMPLE, 28); // byte rate
  buffer.writeUInt16LE(BYTES_PER_SAMPLE, 32); // block align
  buffer.writeUInt16LE(16, 34); // bits per sample
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(dataBytes, 40);
  return buffer;
}

/** Bytes `start` to `end` (inclusive) of the WAV file, computed on the spot. */
export function wavBytes(track: AudioTrack, start: number, end: number): Buffer {
  const out = Buffer.alloc(end - start + 1);
  if (start < WAV_HEADER_BYTES) header(track).copy(out, 0, start, Math.min(WAV_HEADER_BYTES, end + 1));
  const dataStart = Math.max(start, WAV_HEADER_BYTES) - WAV_HEADER_BYTES;
  const dataEnd = end - WAV_HEADER_BYTES;
  if (dataEnd < dataStart) return out;
  // Whole samples covering the range; a range may start or end in the middle of one.
  const firstSample = Math.floor(dataStart / BYTES_PER_SAMPLE);
  const lastSample = Math.floor(dataEnd / BYTES_PER_SAMPLE);
  const samples = Buffer.alloc((lastSample - firstSample + 1) * BYTES_PER_SAMPLE);
  for (let i = firstSample; i <= lastSample; i++) {
    samples.writeInt16LE(sampleAt(track, i), (i - firstSample) * BYTES_PER_SAMPLE);
  }
  const offset = dataStart - firstSample * BYTES_PER_SAMPLE;
  samples.copy(out, WAV_HEADER_BYTES + dataStart - start, offset, offset + dataEnd - dataStart + 1);
  return out;
}

type ByteRange = { start: number; end: number };

/**
 * One `bytes=` range, or null to serve everything (no header, several ranges or a malformed
 * one: RFC 9110 lets a server ignore those), or 'unsatisfiable' when it starts past the end.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return null;
  const [, from = '', to = ''] = match;
  if (!from && !to) return null;
  if (!from) {
    const suffix = Number(to);
    return suffix === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to ? Math.min(Number(to), size - 1) : size - 1;
  if (to && Number(to) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

export function serveAudio(req: IncomingMessage, res: ServerResponse, track: AudioTrack) {
  const size = wavSize(track);
  const headers = {
    'content-type': 'audio/wav',
    'accept-ranges': 'bytes',
    // The URL is signed and expires on its own; a browser may keep the bytes while seeking.
    'cache-control': 'private, max-age=900',
  };
  const range = parseRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${size}`, 'content-length': '0' });
    res.end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  res.writeHead(range ? 206 : 200, {
    ...headers,
    'content-length': String(end - start + 1),
    ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (req.method === 'HEAD') return void res.end();
  streamBytes(res, track, start, end);
}

/** Writes the range a chunk at a time, waiting whenever the client is slower than we are. */
function streamBytes(res: ServerResponse, track: AudioTrack, start: number, end: number) {
  let next = start;
  const pump = () => {
    while (next <= end && !res.destroyed) {
      const chunkEnd = Math.min(end, next + CHUNK_BYTES - 1);
      const ok = res.write(wavBytes(track, next, chunkEnd));
      next = chunkEnd + 1;
      if (!ok) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}
