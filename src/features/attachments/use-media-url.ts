import { useEffect } from 'react';
import { useMedia } from '../../app/stores-context';
import type { MediaTarget } from '../../stores/attachments/media-store';

/**
 * The blob: URL of a file or picture on this device, read through the bridge the first time it is
 * shown; undefined while it loads, or when there is nothing (yet) to show.
 */
export function useMediaUrl(target: MediaTarget | undefined): string | undefined {
  const key = target ? `${target.kind}:${target.id}` : '';
  const url = useMedia((s) => (key ? s.urls[key] : undefined));
  const load = useMedia((s) => s.load);
  const kind = target?.kind;
  const id = target?.id;
  useEffect(() => {
    if (kind && id && !url) void load({ kind, id });
  }, [kind, id, url, load]);
  return url;
}
