import { useAccount, useApp } from '../../app/stores-context';
import { t } from '../../i18n/t';

type Shown = { tone: 'ok' | 'busy' | 'bad'; text: string };

/**
 * One network state a person understands, in the left pane: connecting, online via N paths,
 * unreachable and retrying, the clock is wrong — or that this Shallot runs without a network.
 * Until the first status arrives it says "connecting", never "not connected".
 */
function shown(
  network: string | undefined,
  connection: string | undefined,
  paths: number,
): Shown | undefined {
  if (network === 'offline') return { tone: 'busy', text: t('network.offlineMode') };
  switch (connection) {
    case undefined:
    case 'off':
    case 'connecting':
      return { tone: 'busy', text: t('network.connecting') };
    case 'online':
      return { tone: 'ok', text: t(paths === 1 ? 'network.onlineOne' : 'network.online', { n: paths }) };
    case 'offline':
      return { tone: 'bad', text: t('network.offline') };
    case 'clock-skew':
      return { tone: 'bad', text: t('network.clock-skew') };
    default:
      return undefined;
  }
}

export function NetworkStatus() {
  const ready = useAccount((s) => s.account?.state === 'ready');
  const core = useApp((s) => s.connection);
  const network = useApp((s) => s.status?.network ?? s.info?.network);
  const connection = useApp((s) => s.status?.connection);
  const paths = useApp((s) => s.status?.paths ?? 0);
  // While the core itself is unreachable, the banner says so; a network state would be stale.
  const s = ready && core !== 'disconnected' ? shown(network, connection, paths) : undefined;
  return (
    <p
      className={`network-status tone-${s?.tone ?? 'none'}`}
      role="status"
      aria-label={t('network.label')}
      data-testid="network-state"
    >
      {s && <span className="status-dot" aria-hidden="true" />}
      {s?.text}
    </p>
  );
}
