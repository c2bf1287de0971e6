import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useLayout } from '../../app/stores-context';
import { t } from '../../i18n/t';
import { PANE_MAX, PANE_MIN } from '../../stores/messenger/layout-store';

/**
 * The separator between the panes (WAI-ARIA window splitter): drag it, or focus it and use ←/→
 * (Shift for bigger steps), Home/End for the narrowest/widest, Enter to reset.
 */
export function PaneResizer() {
  const { paneWidth, setPaneWidth, nudge, resetPaneWidth } = useLayout();
  const start = useRef<{ x: number; width: number } | undefined>(undefined);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const keys: Record<string, () => void> = {
      ArrowLeft: () => nudge(-1, e.shiftKey),
      ArrowRight: () => nudge(1, e.shiftKey),
      Home: () => setPaneWidth(PANE_MIN),
      End: () => setPaneWidth(PANE_MAX),
      Enter: resetPaneWidth,
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>): void => {
    start.current = { x: e.clientX, width: paneWidth };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>): void => {
    if (start.current) setPaneWidth(start.current.width + e.clientX - start.current.x);
  };
  const stop = (): void => {
    start.current = undefined;
  };
  return (
    <div
      className="pane-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('layout.resize')}
      aria-controls="left-pane"
      aria-valuenow={paneWidth}
      aria-valuemin={PANE_MIN}
      aria-valuemax={PANE_MAX}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={stop}
      onPointerCancel={stop}
      onDoubleClick={resetPaneWidth}
    />
  );
}
