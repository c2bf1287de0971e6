import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs`, for labels like "12:40" or "Tue" and countdowns. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
