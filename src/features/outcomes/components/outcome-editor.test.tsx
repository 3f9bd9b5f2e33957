import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { OUTCOMES } from '@/testing/msw/followups';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { server, watchRequests } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';

import { COMPLETE_SALE_RECORDING_ID as ID } from '../../../../sample-api/ids';
import { LazyOutcomeEditor } from './lazy-outcome-editor';
import { OutcomeEditor } from './outcome-editor';

beforeEach(() => {
  tokenStore.signIn(DEMO_TOKEN, false);
});
afterEach(() => tokenStore.signOut());

describe('OutcomeEditor', { timeout: 20_000 }, () => {
  it("shows Siro's validation report (422) when it refuses an outcome, sent once, and puts the old label back", async () => {
    // Siro's list offers an outcome its own validation does not know: the PATCH reaches the
    // sample API (src/testing/msw), which refuses it with its own report.
    const answer = await fetch(`${window.location.origin}/api/siro/v1/core/recordings/${ID}/outcomes`, {
      headers: { 'x-siro-auth-token': DEMO_TOKEN },
    });
    const own = ((await answer.json()) as { data: { possibleOutcomes: unknown[]; universalOutcomeLabel?: string | null } }).data;
    server.use(
      http.get(OUTCOMES, () =>
        HttpResponse.json({
          data: {
            ...own,
            possibleOutcomes: [...own.possibleOutcomes, { customLabel: 'Renamed', universalLabel: 'POSITIVE', description: '' }],
          },
        }),
      ),
    );
    const patches = watchRequests(OUTCOMES);
    const onLabel = vi.fn();
    renderWithProviders(<OutcomeEditor recordingId={ID} onLabel={onLabel} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Change outcome' }));
    await user.click(await screen.findByRole('radio', { name: /^Renamed/ }));
    await user.click(screen.getByRole('button', { name: 'Save outcome' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved: Siro did not accept it (selectedCustomLabels: Not an outcome of this conversation type: Renamed).',
    );
    expect(patches.filter(({ method }) => method === 'PATCH')).toHaveLength(1);
    expect(onLabel).toHaveBeenLastCalledWith(own.universalOutcomeLabel ?? null);
  });

  it('says the outcome was edited by a person from the document alone, before the editor is opened', () => {
    renderWithProviders(<OutcomeEditor recordingId={ID} onLabel={vi.fn()} edited />);
    expect(screen.getByText('Edited by a person')).toBeInTheDocument();
  });

  it("says so too while the editor's code has not loaded", () => {
    renderWithProviders(<LazyOutcomeEditor recordingId={ID} onLabel={vi.fn()} edited />);
    expect(screen.getByText('Edited by a person')).toBeInTheDocument();
  });

  it('says nothing for an outcome Siro chose, then says it once a person has saved one', async () => {
    const user = userEvent.setup();
    const onLabel = vi.fn();
    renderWithProviders(<OutcomeEditor recordingId={ID} onLabel={onLabel} edited={false} />);
    expect(screen.queryByText('Edited by a person')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change outcome' }));
    // Each choice with the universal label it counts as, and what it means.
    expect(await screen.findByRole('radio', { name: /^Sold \(Positive\) – / })).toBeChecked();
    await user.click(await screen.findByRole('radio', { name: /^Lost – price \(Negative\)/ }));
    expect(screen.queryByText('Edited by a person')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save outcome' }));
    expect(await screen.findByText('Edited by a person')).toBeInTheDocument();
    expect(onLabel).toHaveBeenLastCalledWith('NEGATIVE');
  });
});
