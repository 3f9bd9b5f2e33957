/** The Change outcome button, the same before and after the editor's code has loaded. */
export const CHANGE_OUTCOME_CLASS = 'text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900 print:hidden';
