import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { expectBidiIsolated, overridden } from '@/testing/bidi';
import { buildExtractions, rawExtraction } from '@/testing/recording-fixtures';
import { renderWithProviders } from '@/testing/render';

import { EntityExtractionsPanel } from './entity-extractions-panel';

const renderExtractions = (raw: unknown, processing = false) =>
  render(<EntityExtractionsPanel extractions={buildExtractions(raw)} processing={processing} />);
const row = (name: string) => screen.getByRole('heading', { name }).closest('article') as HTMLElement;
const valueOf = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('EntityExtractionsPanel', () => {
  it('shows the definition name, its value and where it writes to in the CRM', () => {
    renderExtractions([rawExtraction()]);
    expect(screen.getByText('1 extraction')).toBeInTheDocument();
    const objection = row('Objection reason');
    expect(within(objection).getByText('Price')).toBeInTheDocument();
    expect(within(objection).getByText('Writes to').parentElement).toHaveTextContent('Opportunity.Objection_Reason__c');
  });

  it("shows each sub-item only its own CRM fields, never its siblings'", () => {
    const job = (crmFieldName: string) => ({ crmModelName: 'Job', crmFieldName });
    renderExtractions([
      rawExtraction({
        siroEntityDefinitionName: 'Tune-up',
        extraction: [
          { name: 'Callbacks', value: 0, mappings: [job('Callbacks')] },
          { name: 'Temperature split', value: 18.5, mappings: [job('Temp_Split')] },
          { name: 'Filter size', value: '16x25x1', mappings: null },
          { name: 'Thermostat replaced', value: false },
        ],
        mappings: [job('Callbacks'), job('Temp_Split')],
      }),
    ]);
    expect(within(valueOf('Callbacks')).getByText('Writes to').parentElement).toHaveTextContent(/^Writes to\s*Job\.Callbacks$/);
    expect(within(valueOf('Temperature split')).getByText('Writes to').parentElement).toHaveTextContent(/^Writes to\s*Job\.Temp_Split$/);
    expect(within(valueOf('Filter size')).queryByText('Writes to')).not.toBeInTheDocument();
    expect(within(valueOf('Thermostat replaced')).queryByText('Writes to')).not.toBeInTheDocument();
    expect(within(row('Tune-up')).getAllByText('Writes to')).toHaveLength(2);
  });

  it('gives every value a term, hidden from sight when it repeats the heading', () => {
    renderExtractions([
      rawExtraction(),
      rawExtraction({ siroEntityDefinitionName: 'Budget', extraction: [{ value: '$10k', mappings: null }] }),
      rawExtraction({ siroEntityDefinitionName: 'Next steps', extraction: [{ name: 'When', value: 'Friday' }] }),
    ]);
    for (const [heading, term, visible] of [
      ['Objection reason', 'Objection reason', false],
      ['Budget', 'Budget', false],
      ['Next steps', 'When', true],
    ] as const) {
      const extraction = row(heading);
      const terms = within(extraction).getAllByRole('term');
      expect(terms).toHaveLength(within(extraction).getAllByRole('definition').length);
      expect(terms.map((item) => item.textContent)).toEqual([term]);
      expect(terms[0]!.classList.contains('sr-only')).toBe(!visible);
    }
  });

  it.each([
    ['IN_PROGRESS', 'In progress'],
    ['SUCCESS', 'Extracted'],
    ['FAIL', 'Failed'],
    ['SYNCED', 'Synced to CRM'],
    ['ARCHIVED_LATER', 'ARCHIVED_LATER'],
  ])('shows status %s as %j', (status, text) => {
    renderExtractions([rawExtraction({ status })]);
    expect(within(row('Objection reason')).getByText(text)).toBeInTheDocument();
  });

  it('marks a deleted definition', () => {
    renderExtractions([rawExtraction({ siroEntityDefinitionDeleted: true })]);
    expect(within(row('Objection reason')).getByText('Definition deleted')).toBeInTheDocument();
  });

  it('shows values of every kind', () => {
    const extraction = [
      ['Text', 'Roof leaks'],
      ['List', ['Price', 'Timing']],
      ['Count', 3],
      ['Yes flag', true],
      ['No flag', false],
      ['Nothing', null],
      ['Blank', ''],
      ['Mixed', ['a', 2, false, null]],
      ['Object', { budget: 10 }],
    ].map(([name, value]) => ({ name, value, mappings: null }));
    renderExtractions([rawExtraction({ extraction })]);
    expect(valueOf('Text')).toHaveTextContent('Roof leaks');
    expect(
      within(valueOf('List'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Price', 'Timing']);
    expect(valueOf('Count')).toHaveTextContent('3');
    expect(valueOf('Yes flag')).toHaveTextContent('Yes');
    expect(valueOf('No flag')).toHaveTextContent('No');
    expect(valueOf('Nothing')).toHaveTextContent('Empty');
    expect(valueOf('Blank')).toHaveTextContent('Empty');
    expect(
      within(valueOf('Mixed'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['a', '2', 'No', 'Empty']);
    expect(valueOf('Object')).toHaveTextContent('{"budget":10}');
  });

  it("shows numbers in the locale's way: grouped from five digits, a year as written, every digit", () => {
    const extraction = [
      { name: 'Year built', value: 1998, mappings: null },
      { name: 'Pitch', value: 3.14159, mappings: null },
      { name: 'Budget', value: 1_250_000, mappings: null },
    ];
    renderExtractions([rawExtraction({ extraction, mappings: null })]);
    expect(valueOf('Year built')).toHaveTextContent(/^1998$/);
    expect(valueOf('Pitch')).toHaveTextContent(/^3[.,]14159$/);
    expect(valueOf('Budget')).toHaveTextContent(new Intl.NumberFormat().format(1_250_000));
  });

  it("shows ISO dates and moments inside values in the viewer's locale, as a time element", () => {
    const extraction = [
      { name: 'Install', value: '2026-04-18T09:00:00-05:00', mappings: null },
      { name: 'Close date', value: '2026-05-12', mappings: null },
      { name: 'Slots', value: ['2026-04-18T09:00:00-05:00', 'After 5pm'], mappings: null },
      { name: 'Note', value: 'Call on 2026-04-18', mappings: null },
    ];
    renderExtractions([rawExtraction({ extraction, mappings: null })]);
    const moment = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.UTC(2026, 3, 18, 14));
    const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 4, 12));
    expect(valueOf('Install')).toHaveTextContent(moment);
    expect(within(valueOf('Install')).getByText(moment)).toHaveAttribute('datetime', '2026-04-18T09:00:00-05:00');
    expect(valueOf('Close date')).toHaveTextContent(day);
    expect(valueOf('Slots')).toHaveTextContent(moment);
    expect(valueOf('Slots')).not.toHaveTextContent('T09:00');
    expect(valueOf('Note')).toHaveTextContent('Call on 2026-04-18');
  });

  it('says when no value was extracted', () => {
    renderExtractions([rawExtraction({ status: 'FAIL', extraction: [] })]);
    expect(screen.getByText('Siro could not extract a value.')).toBeInTheDocument();
  });

  it('renders hostile strings as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    renderExtractions([
      rawExtraction({ siroEntityDefinitionName: hostile, extraction: [{ name: 'Note', value: hostile, mappings: null }] }),
    ]);
    expect(screen.getByRole('heading', { name: hostile })).toBeInTheDocument();
    expect(valueOf('Note')).toHaveTextContent(hostile);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it.each([
    [false, 'No entity extractions for this recording.'],
    [true, 'Extractions will appear when Siro finishes processing.'],
  ])('shows an empty state (processing: %s)', (processing, text) => {
    renderExtractions([], processing);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('says how many could not be read', () => {
    renderExtractions([rawExtraction(), 'junk']);
    expect(screen.getByText('1 extraction could not be read and is not shown.')).toBeInTheDocument();
  });

  it.each([true, false])('says extractions could not be read, not that there are none (processing: %s)', (processing) => {
    renderExtractions(['junk'], processing);
    expect(screen.getByText('1 extraction could not be read and is not shown.')).toBeInTheDocument();
    expect(screen.queryByText(/No entity extractions|will appear/)).not.toBeInTheDocument();
  });

  it('shows an extraction that has no id', () => {
    renderExtractions([rawExtraction({ id: null, siroEntityDefinitionName: 'Budget' }), rawExtraction({ id: undefined })]);
    expect(within(row('Budget')).getByText('Price')).toBeInTheDocument();
    expect(within(row('Objection reason')).getByText('Price')).toBeInTheDocument();
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });

  it("shows a value without a name under the definition's name", () => {
    renderExtractions([
      rawExtraction({ extraction: [{ name: null, value: 'Price', mappings: null }] }),
      rawExtraction({
        siroEntityDefinitionName: 'Next steps',
        mappings: null,
        extraction: [
          { value: 'Send the quote', mappings: null },
          { name: 'When', value: 'Friday', mappings: null },
        ],
      }),
    ]);
    expect(within(row('Objection reason')).getByText('Price')).toBeInTheDocument();
    const nextSteps = row('Next steps');
    expect(within(nextSteps).getByText('Next steps', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Send the quote');
    expect(within(nextSteps).getByText('When', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Friday');
  });

  it('says how many values and CRM fields of an extraction could not be read', () => {
    renderExtractions([
      rawExtraction({
        mappings: [{ crmModelName: 'Opportunity' }],
        extraction: [{ name: 'Objection reason', value: 'Price', mappings: 'Opportunity.Reason__c' }, 'loose text', 42],
      }),
    ]);
    const objection = row('Objection reason');
    expect(within(objection).getByText('Price')).toBeInTheDocument();
    expect(within(objection).getByText('2 values could not be read and are not shown.')).toBeInTheDocument();
    expect(within(objection).getByText('2 CRM fields could not be read and are not shown.')).toBeInTheDocument();
  });

  it('does not call values that could not be read "no value"', () => {
    renderExtractions([rawExtraction({ extraction: ['loose text'] })]);
    const objection = row('Objection reason');
    expect(within(objection).getByText('1 value could not be read and is not shown.')).toBeInTheDocument();
    expect(within(objection).queryByText('No value extracted.')).not.toBeInTheDocument();
  });

  it('confines an unterminated right-to-left override to the field it is in', () => {
    const texts = {
      definition: overridden('Definition'),
      status: overridden('Status'),
      name: overridden('Name'),
      value: overridden('Value'),
      entry: overridden('Entry'),
      field: overridden('Field'),
    };
    renderExtractions([
      rawExtraction({
        siroEntityDefinitionName: texts.definition,
        status: texts.status,
        extraction: [
          { name: texts.name, value: texts.value, mappings: [{ crmModelName: 'Opportunity', crmFieldName: texts.field }] },
          { name: 'List', value: [texts.entry, 'left to right'], mappings: null },
        ],
      }),
    ]);
    for (const text of [texts.definition, texts.status, texts.name, texts.value, texts.entry]) expectBidiIsolated(text);
    expectBidiIsolated(`Opportunity.${texts.field}`);
  });

  describe('on a long recording', () => {
    // 400 like the sample's site survey: every 37th failed, the rest succeeded.
    const many = Array.from({ length: 400 }, (_, i) =>
      rawExtraction({
        id: `ext-${i + 1}`,
        siroEntityDefinitionName: `Roof plane ${i + 1}`,
        status: (i + 1) % 37 === 0 ? 'FAIL' : 'SUCCESS',
        extraction: [{ name: `Roof plane ${i + 1}`, value: i === 399 ? 'Skylight over the porch' : 'South', mappings: [] }],
      }),
    );
    const headings = () => screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

    it('shows the first ten with a filter field and Show all 400', async () => {
      const user = userEvent.setup();
      renderWithProviders(<EntityExtractionsPanel extractions={buildExtractions(many)} processing={false} />);
      expect(headings()).toHaveLength(10);
      expect(screen.getByRole('status')).toHaveTextContent('Showing 10 of 400 extractions.');
      await user.click(screen.getByRole('button', { name: 'Show all 400 extractions' }));
      // Rendered in batches, so no single task blocks a phone. (Counted cheaply: role queries over 400 rows are slow.)
      await waitFor(() => expect(document.querySelectorAll('article')).toHaveLength(400));
      expect(document.querySelectorAll('article h3')[399]).toHaveTextContent('Roof plane 400');
    });

    it('finds an extraction by its value or its status, anywhere in the list', async () => {
      const user = userEvent.setup();
      renderWithProviders(<EntityExtractionsPanel extractions={buildExtractions(many)} processing={false} />);
      const filter = screen.getByRole('searchbox', { name: 'Filter extractions' });
      await user.type(filter, 'skylight');
      expect(await screen.findByText('1 of 400 extractions match.')).toBeInTheDocument();
      expect(headings()).toEqual(['Roof plane 400']);
      await user.clear(filter);
      await user.type(filter, 'failed');
      expect(await screen.findByText('10 of 400 extractions match.')).toBeInTheDocument();
      expect(headings()[0]).toBe('Roof plane 37');
    });

    it('groups by status, failures first', async () => {
      const user = userEvent.setup();
      renderWithProviders(<EntityExtractionsPanel extractions={buildExtractions(many)} processing={false} />);
      await user.click(screen.getByRole('switch', { name: 'Group by status' }));
      const failed = screen.getByRole('region', { name: 'Failed' });
      expect(within(failed).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('Failed · 10');
      expect(within(failed).getAllByRole('article')).toHaveLength(10);
      // The first ten are all failures; the rest come with Show all.
      expect(screen.queryByRole('region', { name: 'Extracted' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Show all 400 extractions' }));
      expect(await screen.findByRole('region', { name: 'Extracted' })).toHaveTextContent(/^Extracted · 390/);
    });
  });
});
