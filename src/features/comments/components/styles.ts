const base =
  'inline-flex min-h-9 items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 ' +
  'focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60';

const tones = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700',
  plain: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50',
  danger: 'bg-red-700 text-white hover:bg-red-800',
  link: 'px-1 text-brand-700 underline underline-offset-2 hover:text-brand-900',
} as const;

export const buttonClass = (tone: keyof typeof tones) => `${base} ${tones[tone]}`;
