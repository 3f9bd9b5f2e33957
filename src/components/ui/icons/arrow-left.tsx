import { OutlineIcon } from '../outline-icon';
import type { IconProps } from './icon-props';

export function ArrowLeftIcon({ className = 'size-4' }: IconProps) {
  return (
    <OutlineIcon className={className}>
      <path d="m12 19-7-7 7-7" />
      <path d="M19 12H5" />
    </OutlineIcon>
  );
}
