import { render } from '@testing-library/react';
import { Link, MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { parseFollowupPage, type Followup } from '@/features/followups/api/followup-schema';
import { FollowupCard, plainFollowupLink, QueueFrame, type FollowupLinkProps } from '@/features/followups/components/followup-card';
import { clippedText } from '@/lib/clip-text';
import { earlyState, removeEarlyPaint } from '@/lib/early-requests';

import { FollowupActionsLookalike, paintFollowups } from './first-screen-followups';
import { renderToDom } from './render-to-dom';

// The queue drawn before React (first-screen.test.tsx does the same for the recording and the
// inbox): the same components both ways, so the page does not jump when React takes over.

const raw = {
  followupId: 'f1',
  recordingId: 'rec/1',
  recordingTitle: 'Whitaker roof <b>replacement</b>',
  followupType: 'CROSS_SELL',
  score: 4,
  status: 'IN_PROGRESS',
  starred: true,
  followupAction: 'Offer gutters with the new roof.',
  repName: 'Dana Ruiz',
  teamName: 'North',
  dateCreated: '2026-04-30T18:00:00Z',
  crmCustomer: { name: 'Karen & Tom Whitaker' },
  note: 'Call back on Friday',
  metadata: [{ potentialRevenue: '4200' }],
};
const answer = (followups: unknown[]) => JSON.stringify({ data: { totalCount: 41, totalRevenue: 98000, followups }, cursor: 'c2' });
const followup = (overrides: object = {}): Followup =>
  parseFollowupPage(JSON.parse(answer([{ ...raw, ...overrides }])))!.followups.items[0]!;

const appLink = ({ recordingId, ...props }: FollowupLinkProps) => <Link to={`/recordings/${encodeURIComponent(recordingId)}`} {...props} />;

describe('React and the boot script draw the same queue', () => {
  it.each([
    ['every field', followup()],
    [
      'every field missing',
      followup({
        recordingId: null,
        recordingTitle: null,
        followupType: null,
        score: null,
        status: null,
        starred: null,
        followupAction: null,
        repName: null,
        teamName: null,
        crmCustomer: null,
        metadata: null,
      }),
    ],
  ])('a row with %s', (_name, row) => {
    const early = document.createElement('div');
    renderToDom(
      early,
      <FollowupCard followup={row} link={plainFollowupLink} text={clippedText} note={<p>note</p>} actions={<p>actions</p>} />,
    );
    const { container } = render(
      <MemoryRouter>
        <FollowupCard followup={row} link={appLink} text={clippedText} note={<p>note</p>} actions={<p>actions</p>} />
      </MemoryRouter>,
    );
    // React Router marks its links for route discovery, which a plain link has no use for.
    expect(early.innerHTML).toBe(container.innerHTML.replaceAll(' data-discover="true"', ''));
    expect(early.querySelector('b')).toBeNull();
  });

  it('the frame with its total', () => {
    const element = (
      <QueueFrame total="41 follow-ups" filters={<p>filters</p>}>
        <ul aria-label="Follow-ups" />
      </QueueFrame>
    );
    const early = document.createElement('div');
    renderToDom(early, element);
    expect(early.innerHTML).toBe(render(element).container.innerHTML);
  });

  it('the controls: inert, the status list whole (as wide as React’s) with the current one chosen', () => {
    const early = document.createElement('div');
    renderToDom(early, <FollowupActionsLookalike followup={followup()} />);
    const group = early.querySelector('[role="group"]')!;
    expect(group).toHaveAttribute('inert');
    const select = early.querySelector('select')!;
    expect([...select.options].map((option) => option.text)).toEqual(['To do', 'In progress', 'Complete']);
    expect(select.selectedOptions[0]?.text).toBe('In progress');
    const unknown = document.createElement('div');
    renderToDom(unknown, <FollowupActionsLookalike followup={followup({ status: 'SNOOZED' })} />);
    expect(unknown.querySelector('select')?.selectedOptions[0]?.text).toBe('Other');
  });
});

describe('paintFollowups', () => {
  const phone = (matches: boolean) => vi.stubGlobal('matchMedia', () => ({ matches }));
  function pageWithRoot(search = '') {
    window.history.replaceState(null, '', `/follow-ups${search}`);
    const root = document.createElement('div');
    document.body.append(root);
    return root;
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    removeEarlyPaint();
    document.body.replaceChildren();
    window.history.replaceState(null, '', '/');
  });

  it("draws the rows on a phone over React's root, with Siro's total", () => {
    phone(true);
    const root = pageWithRoot();
    paintFollowups(root, answer([raw, { ...raw, followupId: 'f2', followupType: 'REHASH' }]));
    const paint = earlyState().paint;
    expect(paint?.nextElementSibling).toBe(root);
    expect(root).toBeEmptyDOMElement();
    expect(paint?.querySelectorAll('[aria-label="Follow-ups"] > li')).toHaveLength(2);
    expect(paint?.querySelector('[role="status"]')?.textContent).toMatch(/^41 follow-ups, potential revenue .*98,000/);
    expect(paint?.querySelector('a[href="/recordings/rec%2F1"]')).not.toBeNull();
  });

  it('leaves out the rows of the other type, as the queue does, and counts the filter', () => {
    phone(true);
    const root = pageWithRoot('?type=REHASH');
    paintFollowups(root, answer([raw, { ...raw, followupId: 'f2', followupType: 'REHASH' }]));
    const paint = earlyState().paint;
    expect(paint?.querySelectorAll('[aria-label="Follow-ups"] > li')).toHaveLength(1);
    expect(paint?.querySelector('[role="status"]')?.textContent).toMatch(/^1 of the 2 loaded/);
    expect(paint).toHaveTextContent('Filters (1)');
  });

  it.each([
    ['on a wider screen, whose filters need React', true, answer([raw])],
    ['from an answer without rows', false, answer([])],
    ['from text that is not JSON', false, '<html>'],
  ])('draws nothing %s', (_name, wide, text) => {
    phone(!wide);
    const root = pageWithRoot();
    paintFollowups(root, text);
    expect(earlyState().paint).toBeUndefined();
    expect(document.body.children).toHaveLength(1);
  });

  it('leaves the page alone when the app got there first', () => {
    phone(true);
    const root = pageWithRoot();
    root.append(document.createElement('p'));
    paintFollowups(root, answer([raw]));
    expect(earlyState().paint).toBeUndefined();
  });
});
