import { Icon } from './icons';
import { ScreenHeading } from './ScreenHeading';

/** A left-pane section's heading with the way back to the conversation list. */
export function PaneTitle({
  id,
  title,
  backLabel,
  onBack,
}: {
  id: string;
  title: string;
  backLabel: string;
  onBack: () => void;
}) {
  return (
    <div className="pane-title with-back">
      <button type="button" className="icon-button" onClick={onBack} aria-label={backLabel}>
        <Icon name="back" />
      </button>
      <ScreenHeading id={id}>{title}</ScreenHeading>
    </div>
  );
}
