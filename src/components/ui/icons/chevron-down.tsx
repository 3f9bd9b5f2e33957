import { OutlineIcon } from '../outline-icon';
import type { IconProps } from './icon-props';

export function ChevronDownIcon({ className = 'size-4' }: IconProps) {
  return (
    <OutlineIcon className={className}>
      <path d="m6 9 6 6 6-6" />
    </OutlineIcon>
  );
}
