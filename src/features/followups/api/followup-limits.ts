/** Siro's limit is not documented; the sample API holds notes to this, and so does the form. */
export const MAX_NOTE_LENGTH = 5_000;
