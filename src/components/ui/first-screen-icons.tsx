import type { IconProps } from './icons/icon-props';
import { OutlineIcon } from './outline-icon';

// The icons the boot script's early paints draw (see components/ui/icons for why not lucide), in
// a module of their own: the boot chunk then holds these, not every icon the app draws.

export function Link2Icon({ className = 'size-4' }: IconProps) {
  return (
    <OutlineIcon className={className}>
      <path d="M9 17H7A5 5 0 0 1 7 7h2" />
      <path d="M15 7h2a5 5 0 1 1 0 10h-2" />
      <line x1="8" x2="16" y1="12" y2="12" />
    </OutlineIcon>
  );
}

export function FlagIcon({ className = 'size-3.5' }: IconProps) {
  return (
    <OutlineIcon className={className}>
      <path d="M4 22V4a1 1 0 0 1 .4-.8A6 6 0 0 1 8 2c3 0 5 2 7.333 2q2 0 3.067-.8A1 1 0 0 1 20 4v10a1 1 0 0 1-.4.8A6 6 0 0 1 16 16c-3 0-5-2-8-2a6 6 0 0 0-4 1.528" />
    </OutlineIcon>
  );
}

export function LockIcon({ className = 'size-3.5' }: IconProps) {
  return (
    <OutlineIcon className={className}>
      <rect width="18" height="11" x="3" y="11" rx="2" ry="2" />
      <path d="M7 11V7a5 5 0 0 1 10 0v4" />
    </OutlineIcon>
  );
}

export function PlayIcon({ className = 'size-3 shrink-0' }: IconProps) {
  return (
    <OutlineIcon className={className}>
      <path d="M5 5a2 2 0 0 1 3.008-1.728l11.997 6.998a2 2 0 0 1 .003 3.458l-12 7A2 2 0 0 1 5 19z" />
    </OutlineIcon>
  );
}
