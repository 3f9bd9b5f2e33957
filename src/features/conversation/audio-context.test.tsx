import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { useAudioStore } from './audio-context';

describe('useAudioStore', () => {
  it('is an error outside an AudioProvider, not a page without audio', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useAudioStore())).toThrow('useAudioStore needs an AudioProvider around it.');
  });
});
