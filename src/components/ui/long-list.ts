// Short lists render plainly: estimated sizes would only make their layout guess.
const LONG_LIST = 50;

export const rowClass = (count: number) => (count > LONG_LIST ? 'lazy-row' : undefined);
