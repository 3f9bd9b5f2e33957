import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Panel } from '@/components/ui/panel';
import { AudioProvider } from '@/features/conversation/audio-context';
import { SummarySections } from '@/features/conversation/components/summary-sections';
import { parseSummarySections } from '@/features/conversation/api/summary-sections-schema';
import { sectionsElement } from '@/features/conversation/summary-sections-view';
import { RecordingHeader } from '@/features/recordings/components/recording-header';
import { SummaryPanel } from '@/features/recordings/components/summary-panel';
import { paintEarly } from '@/features/recordings/early-paint';
import { buildRecording, rawRecording } from '@/testing/recording-fixtures';

// The boot script draws the header and summary as plain DOM before React loads; React then
// replaces them. Same elements, classes and text, or the page jumps under the manager's eyes.
// (e2e/first-screen.spec.ts checks the same with real CSS in a browser.)

type Shape = { tag: string; className: string; text?: string; children?: Shape[] };

/** Tags, classes and leaf text; a closed <details> shows only its <summary>. */
function shape(node: Element): Shape {
  const elements = [...node.children].filter((child) => node.tagName !== 'DETAILS' || child.tagName === 'SUMMARY');
  // An icon is drawn by React, held as an empty box of the same size by the early paint.
  const isIcon = (element: Element) => element.tagName.toLowerCase() === 'svg' || (element.tagName === 'SPAN' && element.className.includes('size-3'));
  if (isIcon(node)) return { tag: 'icon', className: '' };
  return {
    tag: node.tagName.toLowerCase(),
    className: node.getAttribute('class') ?? '',
    ...(elements.length ? { children: elements.map(shape) } : { text: node.textContent ?? '' }),
  };
}

function early(data: Record<string, unknown>, sections: HTMLElement | null = null) {
  const root = document.createElement('div');
  paintEarly(root, JSON.stringify({ data }), { withSummary: true, sections });
  const [header, summary] = root.querySelectorAll('main > div > *');
  return { header: header!, summary };
}

describe('the early paint and React draw the same first screen', () => {
  it.each([
    ['a complete recording', {}],
    ['an untitled, deleted one still processing, with an unknown outcome', { title: ' ', deleted: true, processingStatus: 'in-progress', universalOutcomeLabel: 'MAYBE' }],
    ['one with facts missing', { durationInMilliseconds: null, conversationType: null, transcriptionLanguage: 'Klingon', dateCreated: 'not a date' }],
  ])('header: %s', (_name, overrides) => {
    const data = rawRecording(overrides);
    const { container } = render(<RecordingHeader recording={buildRecording(overrides)} />);
    expect(shape(early(data).header)).toEqual(shape(container.firstElementChild!));
  });

  it('summary: the plain text, in its panel', () => {
    const data = rawRecording({ summary: 'First paragraph.\n\nSecond, with a line\nbreak.' });
    const { container } = render(
      <Panel title="Summary">
        <SummaryPanel summary={data.summary as string} processing={false} />
      </Panel>,
    );
    expect(shape(early(data).summary!)).toEqual(shape(container.firstElementChild!));
  });

  it('summary: the sections with their quotes, in their panel', () => {
    const body = {
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
    };
    const sections = parseSummarySections(body)!;
    const { container } = render(
      <AudioProvider>
        <Panel title="Summary">
          <SummaryPanel summary="Plain" sections={<SummarySections sections={sections} />} processing={false} />
        </Panel>
      </AudioProvider>,
    );
    const react = shape(container.firstElementChild!);
    const painted = shape(early(rawRecording(), sectionsElement(sections)).summary!);
    // React adds the time as text for print only; the screen does not show it.
    const screenOnly = (node: Shape): Shape => ({
      ...node,
      ...(node.children && { children: node.children.filter((child) => !child.className.includes('print:inline')).map(screenOnly) }),
    });
    expect(painted).toEqual(screenOnly(react));
  });
});
