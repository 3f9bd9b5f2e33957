import { afterEach, describe, expect, it, vi } from 'vitest';

import { warmFormatters } from './warm-formatters';

// The warm-up only pays off if it builds the formatters the paint will build, options and all.

type Made = { kind: string; options: unknown };

/** Which Intl formatters `run` builds, by kind and options. */
async function formattersBuilt(run: () => unknown): Promise<Made[]> {
  const made: Made[] = [];
  for (const kind of ['DateTimeFormat', 'NumberFormat', 'RelativeTimeFormat'] as const) {
    const Original = Intl[kind];
    vi.spyOn(Intl, kind).mockImplementation(function (locales?: unknown, options?: unknown) {
      made.push({ kind, options });
      return Reflect.construct(Original, [locales, options]) as never;
    } as never);
  }
  await run();
  vi.restoreAllMocks();
  return made;
}

describe('warmFormatters', () => {
  afterEach(() => vi.resetModules());

  it.each([
    [
      'recording',
      async () => {
        const format = await import('@/lib/format');
        format.formatDateTime('2026-04-30T18:00:00Z');
        format.formatCurrency(12_500);
        format.formatNumber(87);
      },
    ],
    [
      'followups',
      async () => {
        const format = await import('@/lib/format');
        format.formatDateTime('2026-04-30T18:00:00Z');
        format.formatCurrency(12_500);
        format.formatNumber(3);
      },
    ],
    [
      'inbox',
      async () => {
        const when = await import('@/lib/relative-time');
        const format = await import('@/lib/format');
        when.formatWhen(Date.now() - 3_600_000);
        when.formatWhen(Date.now() - 30 * 86_400_000);
        when.formatMoment(Date.now());
        format.formatNumber(72);
      },
    ],
  ] as const)('builds what the %s paint builds', async (kind, paint) => {
    const warmed = await formattersBuilt(() => warmFormatters(kind));
    const painted = await formattersBuilt(paint);
    expect(painted.length).toBeGreaterThan(0);
    expect(warmed).toEqual(expect.arrayContaining(painted));
  });
});
