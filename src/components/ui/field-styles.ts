/** A form field's and its label's look, shared by the filter bars and the long lists' filter. */
export const fieldClass =
  'w-full min-w-0 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-base text-slate-900 sm:text-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600';
export const labelClass = 'block text-xs font-medium text-slate-700';
/** A compact control's look (a row's status select, note box and buttons). */
export const controlClass =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 focus:border-brand-600 focus:outline-2 focus:outline-brand-600';
