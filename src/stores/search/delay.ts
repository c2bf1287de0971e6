/** Runs `fn` after `ms`; returns the cancel. Stores take one so tests can run time by hand. */
export type Delay = (fn: () => void, ms: number) => () => void;

export const browserDelay: Delay = (fn, ms) => {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
};
