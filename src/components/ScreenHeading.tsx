import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's main heading. It takes the focus when the screen appears, so keyboard and screen
 * reader users start reading the new screen from its top instead of from a vanished button.
 */
export function ScreenHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h2>
  );
}
