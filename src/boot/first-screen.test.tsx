import { render } from '@testing-library/react';
import { memo, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';

import { PanelFrame } from '@/components/ui/panel-frame';
import { parseSummarySections } from '@/features/conversation/api/summary-sections-schema';
import { SummarySectionsView } from '@/features/conversation/components/summary-sections-view';
import { RecordingHeader } from '@/features/recordings/components/recording-header';
import { SummaryPanel } from '@/features/recordings/components/summary-panel';
import { ViewBar } from '@/features/recordings/components/view-bar';
import { PAGE_ORDER } from '@/features/recordings/panels';
import { buildRecording, rawRecording } from '@/testing/recording-fixtures';

import { FirstScreen, paintFirstScreen } from './first-screen';
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
