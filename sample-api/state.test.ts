import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { resetState, SampleState } from './state.ts';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'sample-state-')), 'state.json');

describe('SampleState', () => {
  it('reads the seed until a key is written, and hands out copies', () => {
    const state = new SampleState(null);
    const seeded = state.read('comments', () => ({ a: [1] }));
    seeded.a.push(2);
    expect(state.read('comments', () => ({ a: [1] }))).toEqual({ a: [1] });
    state.write('comments', { a: [3] });
    expect(state.read('comments', () => ({ a: [1] }))).toEqual({ a: [3] });
  });

  it('keeps what was written across instances of the same file, until reset', () => {
    const file = tempFile();
    new SampleState(file).write('followups', { f1: 'IN_PROGRESS' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ followups: { f1: 'IN_PROGRESS' } });
    expect(new SampleState(file).read('followups', () => ({}))).toEqual({ f1: 'IN_PROGRESS' });
    resetState(file);
    expect(new SampleState(file).read('followups', () => ({}))).toEqual({});
  });

  it('starts from the seed when the file is not JSON', () => {
    const file = tempFile();
    writeFileSync(file, 'not json');
    expect(new SampleState(file).read('outcomes', () => 'seed')).toBe('seed');
  });
});
