// Class names shared by the React components and the boot script's early paint (plain DOM,
// before React has loaded): the same names give the same layout, so nothing moves when React
// takes over. No React here: the boot chunk imports this.

export const panelClasses = {
  section: 'min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 print:shadow-none',
  headingRow: 'mb-3 flex flex-wrap items-center justify-between gap-2',
  heading: 'text-base font-semibold text-slate-900',
} as const;

const tones = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  positive: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  negative: 'bg-red-50 text-red-800 ring-red-300',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  info: 'bg-brand-50 text-brand-900 ring-brand-100',
} as const;

export type BadgeTone = keyof typeof tones;

export const badgeClass = (tone: BadgeTone) =>
  `inline-flex max-w-full items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`;
