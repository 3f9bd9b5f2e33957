import { OutlineIcon } from '../outline-icon';
import type { IconProps } from './icon-props';

export function DownloadIcon({ className = 'size-4' }: IconProps) {
  return (
    <OutlineIcon className={className}>
      <path d="M12 15V3" />
      <path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4" />
      <path d="m7 10 5 5 5-5" />
    </OutlineIcon>
  );
}
