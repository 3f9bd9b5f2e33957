// Stand-in for the redacted audio behind a signed URL: a quiet synthesised WAV (16-bit mono,
// 8 kHz) with a low tone while the rep speaks and a higher one for the homeowner, so a player's
// seek bar lines up with the transcript. Served with byte ranges, because browsers seek that way.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Utterance } from './types.ts';

const SAMPLE_RATE = 8_000;
const BYTES_PER_SAMPLE = 2;
const HEADER_BYTES = 44;
/** Long recordings are cut: ten minutes is 9.6 MB, plenty to try seeking and ranges. */
export const MAX_AUDIO_MS = 10 * 60_000;
/** Quiet: about -26 dBFS, nobody testing with headphones gets hurt. */
const AMPLITUDE = 1_600;
const TONE_HZ: Record<string, number> = { '0': 196, '1': 262 };

export function synthesiseWav(durationMs: number, utterances: readonly Utterance[]): Buffer {
  const ms = Math.max(1_000, Math.min(durationMs, MAX_AUDIO_MS));
  const samples = Math.round((ms / 1_000) * SAMPLE_RATE);
  const buffer = Buffer.alloc(HEADER_BYTES + samples * BYTES_PER_SAMPLE);
  writeHeader(buffer, samples);
  // Without a transcript: a short tone every six seconds, so there is something to hear.
  const spans: { start: number; end: number; hz: number }[] = utterances.length
    ? utterances.map((u) => ({ start: u.startTimeInMillis, end: u.endTimeInMillis, hz: TONE_HZ[u.speakerTag] ?? 330 }))
    : Array.from({ length: Math.ceil(ms / 6_000) }, (_, i) => ({ start: i * 6_000 + 500, end: i * 6_000 + 2_000, hz: 220 }));
  for (const span of spans) {
    const first = Math.floor((span.start / 1_000) * SAMPLE_RATE);
    const last = Math.min(samples, Math.floor((span.end / 1_000) * SAMPLE_RATE));
    for (let i = Math.max(0, first); i < last; i++) {
      const t = i / SAMPLE_RATE;
      // A tone with one harmonic, pulsing at a syllable-like rate, faded in and out.
      const syllables = 0.55 + 0.45 * Math.sin(2 * Math.PI * 3.3 * t);
      const fade = Math.min(1, (i - first) / 400, (last - i) / 400);
      const wave = Math.sin(2 * Math.PI * span.hz * t) + 0.3 * Math.sin(4 * Math.PI * span.hz * t);
      buffer.writeInt16LE(Math.round(AMPLITUDE * syllables * fade * wave * 0.77), HEADER_BYTES + i * BYTES_PER_SAMPLE);
    }
  }
  return buffer;
}

function writeHeader(buffer: Buffer, samples: number) {
  const dataBytes = samples * BYTES_PER_SAMPLE;
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
}

/** Generated once per recording and kept; only a few, since each can be megabytes. */
export class AudioCache {
  private readonly entries = new Map<string, Buffer>();
  constructor(private readonly capacity = 3) {}

  get(id: string, create: () => Buffer): Buffer {
    const cached = this.entries.get(id);
    if (cached) {
      this.entries.delete(id);
      this.entries.set(id, cached); // most recently used last
      return cached;
    }
    const created = create();
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(id, created);
    return created;
  }
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

export function serveAudio(req: IncomingMessage, res: ServerResponse, wav: Buffer) {
  const headers = {
    'content-type': 'audio/wav',
    'accept-ranges': 'bytes',
    // The URL is signed and expires on its own; a browser may keep the bytes while seeking.
    'cache-control': 'private, max-age=900',
  };
  const range = parseRange(req.headers.range, wav.length);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${wav.length}`, 'content-length': '0' });
    res.end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: wav.length - 1 };
  res.writeHead(range ? 206 : 200, {
    ...headers,
    'content-length': String(end - start + 1),
    ...(range ? { 'content-range': `bytes ${start}-${end}/${wav.length}` } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : wav.subarray(start, end + 1));
}
