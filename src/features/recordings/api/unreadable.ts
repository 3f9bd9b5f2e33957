// Apart from the schema (recording-schema.ts), so that what only tells it apart (the early paint's
// header and summary) does not load valibot and every schema with it.

/**
 * A value that came but could not be read, kept apart from a missing one: its panel says Siro
 * sent something it cannot show, where a missing one means there is nothing. A class, not a
 * string, so no text Siro sends can be mistaken for it.
 */
export class Unreadable {
  /** An export still says what became of the value. */
  toJSON() {
    return 'unreadable';
  }
}
export const UNREADABLE = new Unreadable();
