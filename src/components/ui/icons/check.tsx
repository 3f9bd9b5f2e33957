import { OutlineIcon } from '../outline-icon';
import type { IconProps } from './icon-props';

export function CheckIcon({ className = 'size-4' }: IconProps) {
  return (
    <OutlineIcon className={className}>
      <path d="M20 6 9 17l-5-5" />
    </OutlineIcon>
  );
}
