// What managers change through the sample API (comments, follow-ups, outcomes, views) outlives a
// restart: it is kept in one JSON file, git-ignored, rewritten whole and atomically (a temporary
// file renamed over the old one), so a crash mid-write never leaves half a file. Each feature
// owns one top-level key; a key nobody wrote yet reads as the feature's own seed.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { JsonValue } from './types.ts';

export const DEFAULT_DATA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '.data', 'state.json');

type Stored = Record<string, JsonValue>;

export class SampleState {
  private data: Stored;

  /** `file` null keeps everything in memory (the sample API's own tests). */
  constructor(private readonly file: string | null) {
    this.data = file ? readStored(file) : {};
  }

  /** The value under `key`, or `seed()` when nothing was written there yet. */
  read<T extends JsonValue>(key: string, seed: () => T): T {
    return structuredClone((this.data[key] as T | undefined) ?? seed());
  }

  write(key: string, value: JsonValue) {
    this.data[key] = structuredClone(value);
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(this.data)}\n`);
    renameSync(temporary, this.file);
  }
}

function readStored(file: string): Stored {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Stored) : {};
  } catch {
    // Missing or unreadable: start from the seed data, as after `--reset`.
    return {};
  }
}

/** `npm run sample-api -- --reset`: back to the sample data. */
export function resetState(file: string) {
  rmSync(file, { force: true });
}
