import type { CSSProperties } from 'react';

import { cn } from '@/components/ui/cn';
import { cutText } from '@/components/ui/long-text';

import type { SeekMarker } from '../seek-markers';

type Props = { marker: SeekMarker; onSeek: (ms: number) => void; className?: string; style?: CSSProperties };

/** A marker is a button named for what it marks ("Comment by Dana Ruiz at 12:40"); it seeks there. */
export function SeekMarkerButton({ marker, onSeek, className, style }: Props) {
  const label = cutText(marker.label);
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      data-marker-kind={marker.kind}
      onClick={() => onSeek(marker.atMs)}
      style={style}
      className={cn(
        'inline-flex h-6 min-w-6 items-center justify-center rounded-full border border-amber-400 bg-amber-50 px-1 text-xs leading-none text-amber-900',
        'hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-brand-600',
        className,
      )}
    >
      <span aria-hidden="true">{marker.glyph}</span>
    </button>
  );
}
