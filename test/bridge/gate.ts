/** A gate a test opens when it chooses: `passed()` resolves once `open()` was called. */
export function deferredGate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { passed: () => opened, open: () => open() };
}
