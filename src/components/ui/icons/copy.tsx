import { OutlineIcon } from '../outline-icon';
import type { IconProps } from './icon-props';

export function CopyIcon({ className = 'size-4' }: IconProps) {
  return (
    <OutlineIcon className={className}>
      <rect width="14" height="14" x="8" y="8" rx="2" ry="2" />
      <path d="M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2" />
    </OutlineIcon>
  );
}
