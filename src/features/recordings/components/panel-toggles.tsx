import { Switch } from '@/components/ui/switch';

import { PANELS, UI_PANELS, type PanelFlag, type PanelFlags, type UiPanelFlag, type UiPanelFlags } from '../panels';

type Props = {
  flags: PanelFlags;
  /** The UI-only panels' switches, shown after the API panels. */
  uiFlags: UiPanelFlags;
  onToggle: (flag: PanelFlag | UiPanelFlag, on: boolean) => void;
};

export function PanelToggles({ flags, uiFlags, onToggle }: Props) {
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">Panels to show</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-3">
        {PANELS.map(({ flag, label }) => (
          <Switch key={flag} label={label} checked={flags[flag]} onChange={(on) => onToggle(flag, on)} />
        ))}
        {UI_PANELS.map(({ flag, label }) => (
          <Switch key={flag} label={label} checked={uiFlags[flag]} onChange={(on) => onToggle(flag, on)} />
        ))}
      </div>
    </fieldset>
  );
}
