// Shared with the features that pin things to a moment (comments): the one formatter lives in lib.
export { formatTimestamp } from '@/lib/format-timestamp';
