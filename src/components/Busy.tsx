/** A spinner with words, for steps that take noticeable time (the password KDF, account set-up). */
export function Busy({ label }: { label: string }) {
  return (
    <p role="status" className="busy">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
