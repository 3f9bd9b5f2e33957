import { waitFor } from '@testing-library/react';

import { RecordingPage } from '@/app/routes/recording-page';
import { AudioProvider } from '@/features/conversation/audio-context';
import { UI_PANELS, type PanelFlag, type PanelFlags, type UiPanelFlag, type UiPanelFlags } from '@/features/recordings/panels';

import { ALL_PANELS_ON, RECORDING_ID } from './recording-fixtures';

type Options = {
  id?: string;
  flags?: PanelFlags;
  /** Switched on over all off. */
  uiFlags?: Partial<UiPanelFlags>;
  onToggle?: (flag: PanelFlag | UiPanelFlag, on: boolean) => void;
};

const NO_UI_PANELS = Object.fromEntries(UI_PANELS.map(({ flag }) => [flag, false])) as UiPanelFlags;

/** The recording page as its route renders it (inside an AudioProvider); the UI-only panels off unless asked. */
export function recordingPage({ id = RECORDING_ID, flags = ALL_PANELS_ON, uiFlags = {}, onToggle = () => {} }: Options = {}) {
  return (
    <AudioProvider>
      <RecordingPage id={id} flags={flags} uiFlags={{ ...NO_UI_PANELS, ...uiFlags }} onToggle={onToggle} />
    </AudioProvider>
  );
}

/** Once its header shows, until the page has every part (those below the summary come one after another). */
export async function wholePage() {
  await waitFor(() => {
    if (document.querySelector('[hidden][aria-busy="true"]')) throw new Error('The recording page is still filling in.');
  });
}
