import { render } from '@testing-library/react';
import { memo, type ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { PanelFrame } from '@/components/ui/panel-frame';
import { parseSummarySections } from '@/features/conversation/api/summary-sections-schema';
import { SummarySectionsView } from '@/features/conversation/components/summary-sections-view';
import type { Hit } from '@/features/inbox/api/search-schema';
import { InboxFrame, InboxResults } from '@/features/inbox/components/inbox-frame';
import { AppRecordingLink } from '@/features/inbox/components/inbox-page';
import { InboxRow, PlainRecordingLink } from '@/features/inbox/components/inbox-row';
import { RecordingHeader } from '@/features/recordings/components/recording-header';
import { SummaryPanel } from '@/features/recordings/components/summary-panel';
import { ViewBar } from '@/features/recordings/components/view-bar';
import { PAGE_ORDER } from '@/features/recordings/panels';
import { earlyState, removeEarlyPaint } from '@/lib/early-requests';
import { buildRecording, rawRecording } from '@/testing/recording-fixtures';

import { FirstScreen, paintFirstScreen } from './first-screen';
import { paintInbox } from './first-screen-inbox';
import { renderToDom } from './render-to-dom';

// The boot script draws the first screen before React loads; React then replaces it. Both draw
// the same components, so the DOM must be the same, or the page jumps under the manager's eyes.
// (e2e/first-screen.spec.ts checks the same with real CSS in a browser.)

function bothWays(element: ReactElement) {
  const early = document.createElement('div');
  renderToDom(early, element);
  const { container } = render(element);
  return { early: early.innerHTML, react: container.innerHTML };
}

const sections = parseSummarySections({
  data: [
    { id: 's2', promptHeader: 'Next steps', promptResponse: 'Send the HOA form.', summaryResultIndex: 1, quotes: [] },
    {
      id: 's1',
      promptHeader: 'Key points',
      promptResponse: '- Roof is 19 years old.\n- Claim denied.',
      summaryResultIndex: 0,
      quotes: [{ quote: 'It was built in 2007.', startTimeInMillis: 21_400 }],
    },
  ],
})!;

describe('React and the boot script draw the same first screen', () => {
  it.each([
    ['a complete recording', {}, undefined],
    ['with its rep', {}, 'Jordan Lee'],
    ['a rep nobody knows', {}, null],
    [
      'an untitled, deleted one still processing, with an unknown outcome',
      { title: ' ', deleted: true, processingStatus: 'in-progress', universalOutcomeLabel: 'MAYBE' },
      undefined,
    ],
    [
      'one with facts missing and a failed transcription',
      { durationInMilliseconds: null, conversationType: null, crmCustomer: null, transcriptionStatus: 'ERROR', dateCreated: 'not a date' },
      undefined,
    ],
    ['a score and a deal', { evaluationScore: 86, crmOpportunities: [{ name: 'Roof', amount: 18_400 }] }, undefined],
  ])('the header: %s', (_name, overrides, rep) => {
    const { early, react } = bothWays(<RecordingHeader recording={buildRecording(overrides)} rep={rep} />);
    expect(early).toBe(react);
  });

  it.each([
    ['the plain text', 'First paragraph.\n\nSecond, with a line\nbreak.'],
    ['no summary', null],
  ])('the summary in its panel: %s', (_name, summary) => {
    const { early, react } = bothWays(
      <PanelFrame title="Summary" anchor="summary">
        <SummaryPanel summary={summary} processing={false} />
      </PanelFrame>,
    );
    expect(early).toBe(react);
  });

  it('the summary sections with their quotes (an icon included)', () => {
    const { early, react } = bothWays(<SummarySectionsView sections={sections} />);
    expect(early).toContain('<svg');
    expect(early).toBe(react);
  });

  it('the section navigation and the closed Customize view', () => {
    const { early, react } = bothWays(<ViewBar shown={PAGE_ORDER} />);
    expect(early).toBe(react);
  });

  it('the whole first screen', () => {
    const { early, react } = bothWays(<FirstScreen recording={buildRecording()} sections={sections} shown={PAGE_ORDER} />);
    expect(early).toBe(react);
  });
});

describe('renderToDom', () => {
  it('keeps API text as text and drops handlers', () => {
    const root = document.createElement('div');
    renderToDom(
      root,
      <button type="button" onClick={() => {}} disabled aria-pressed={false}>
        {'<img src=x onerror=alert(1)>'}
      </button>,
    );
    expect(root.innerHTML).toBe('<button type="button" disabled="" aria-pressed="false">&lt;img src=x onerror=alert(1)&gt;</button>');
  });

  it('refuses what only React can render', () => {
    const Remembered = memo(() => <p>hi</p>);
    expect(() => renderToDom(document.createElement('div'), <Remembered />)).toThrow(/before React/);
  });
});

describe('paintFirstScreen', () => {
  const answer = (data: unknown) => JSON.stringify({ data });

  it('draws the header and the summary from the answer', async () => {
    const root = document.createElement('div');
    await paintFirstScreen(root, answer(rawRecording({ title: 'Roof visit' })), null);
    expect(root.querySelector('h1')).toHaveTextContent('Roof visit');
    expect(root.querySelector('#summary')).toHaveTextContent('Dana wants a quote.');
    // What React's first commit clears, marked as the lists' early paint is.
    expect([...root.children].every((part) => part.hasAttribute('data-early-paint'))).toBe(true);
  });

  it.each([
    ['text that is not JSON', '<html>'],
    ['an answer without a readable recording', answer({ title: 'no id' })],
  ])('draws nothing from %s', async (_name, text) => {
    const root = document.createElement('div');
    await paintFirstScreen(root, text, null);
    expect(root).toBeEmptyDOMElement();
  });

  it('leaves the page alone when the app got there first', async () => {
    const root = document.createElement('div');
    root.append(document.createElement('p'));
    await paintFirstScreen(root, answer(rawRecording()), null);
    expect(root.children).toHaveLength(1);
  });
});

const NOW = Date.parse('2026-04-30T18:00:00Z');
const hit: Hit = {
  recordingId: 'rec/1',
  dateCreated: NOW - 3 * 3_600_000,
  title: 'Whitaker – roof replacement',
  repFirstName: 'Marcus',
  repLastName: 'Bell',
  result: 'closed',
  isPrivate: true,
  conversationType: 'In-home appointment',
  durationInMilliseconds: 3_725_000,
  viewed: false,
  universalOutcomeLabel: 'POSITIVE',
  evaluation: { pointsEarned: 88, pointsPossible: 100 },
  crmCustomer: { name: 'Karen & Tom Whitaker' },
  followups: [{}],
};

describe('React and the boot script draw the same inbox', () => {
  // The app's row links navigate in the app; drawn early, they are plain links to the same place.
  function rowBothWays(row: Hit) {
    const early = document.createElement('div');
    renderToDom(early, <InboxRow hit={row} colorBands={undefined} now={NOW} link={PlainRecordingLink} />);
    const { container } = render(
      <MemoryRouter>
        <InboxRow hit={row} colorBands={undefined} now={NOW} link={AppRecordingLink} />
      </MemoryRouter>,
    );
    // React Router marks its links for route discovery, which a plain link has no use for.
    return { early: early.innerHTML, react: container.innerHTML.replaceAll(' data-discover="true"', '') };
  }

  it.each([
    ['every field', hit],
    ['every field missing', { recordingId: 'r2', dateCreated: NOW } satisfies Hit],
  ])('a row with %s (icons included)', (_name, row) => {
    const { early, react } = rowBothWays(row);
    expect(early).toContain('href="/recordings/');
    expect(early).toBe(react);
  });

  it('the frame and the results, with a skipped-hits notice', () => {
    const { early, react } = bothWays(
      <InboxFrame header={<p>header</p>} search={<p>search</p>} sort={<p>sort</p>} filters={<p>filters</p>}>
        <InboxResults total={72} shown={50} updating={false} skipped={3} shortcuts>
          <ul aria-label="Recordings" />
        </InboxResults>
      </InboxFrame>,
    );
    expect(early).toContain('About 72 recordings match');
    expect(early).toBe(react);
  });
});

describe('paintInbox', () => {
  const answer = (hits: unknown[]) => JSON.stringify({ data: { hits, estimatedTotalHits: 72, offset: 0 } });
  // jsdom has no media queries: the phone's is answered here.
  const phone = (matches: boolean) => vi.stubGlobal('matchMedia', () => ({ matches }));
  function pageWithRoot() {
    const root = document.createElement('div');
    document.body.append(root);
    return root;
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    removeEarlyPaint();
    document.body.replaceChildren();
  });

  it("draws the rows on a phone over React's root, which the app removes once it has its own", () => {
    phone(true);
    const root = pageWithRoot();
    paintInbox(root, answer([hit, { ...hit, recordingId: 'rec/2', title: 'Second' }]));
    const paint = earlyState().paint;
    expect(paint?.nextElementSibling).toBe(root);
    expect(root).toBeEmptyDOMElement();
    expect(paint?.querySelectorAll('[aria-label="Recordings"] li')).toHaveLength(2);
    expect(paint).toHaveTextContent('About 72 recordings match');
    removeEarlyPaint();
    expect(document.body.children).toHaveLength(1);
  });

  it.each([
    ['on a wider screen, whose filters need React', true, answer([hit])],
    ['from an answer without rows', false, answer([])],
    ['from text that is not JSON', false, '<html>'],
  ])('draws nothing %s', (_name, wide, text) => {
    phone(!wide);
    const root = pageWithRoot();
    paintInbox(root, text);
    expect(earlyState().paint).toBeUndefined();
    expect(document.body.children).toHaveLength(1);
  });

  it('leaves the page alone when the app got there first', () => {
    phone(true);
    const root = pageWithRoot();
    root.append(document.createElement('p'));
    paintInbox(root, answer([hit]));
    expect(earlyState().paint).toBeUndefined();
  });
});
