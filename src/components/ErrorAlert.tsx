import type { BridgeError } from '../../electron/bridge/result';
import { errorText } from '../i18n/t';

/** A failure from the core, in words, announced at once. */
export function ErrorAlert({ error, id }: { error?: BridgeError; id?: string }) {
  if (!error) return null;
  return (
    <p role="alert" className="error" id={id}>
      {errorText(error)}
    </p>
  );
}
