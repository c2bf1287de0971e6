import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type MenuItem = {
  readonly id: string;
  readonly label: string;
  readonly danger?: boolean;
  readonly disabled?: boolean;
  readonly run: () => void;
};

/**
 * A popup menu (WAI-ARIA menu pattern): focus moves into it on open, ↑/↓/Home/End move between
 * items, Enter or Space runs one, Esc or Tab closes it and the focus returns to what opened it.
 * `at` places it at a point (a context menu); without it, it hangs below its anchor.
 */
export function Menu({
  label,
  items,
  onClose,
  at,
  header,
}: {
  label: string;
  items: readonly MenuItem[];
  onClose: () => void;
  at?: { x: number; y: number };
  header?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    // The first of the menu's own items; a header (quick reactions) is reached with the arrows.
    ref.current?.querySelector<HTMLElement>('.menu-item:not([aria-disabled="true"])')?.focus();
    const onDown = (e: PointerEvent): void => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => {
      document.removeEventListener('pointerdown', onDown, true);
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [onClose]);

  // A context menu opened near the window's edge moves back inside it.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !at) return;
    const r = el.getBoundingClientRect();
    const margin = 8;
    el.style.left = `${Math.max(margin, Math.min(at.x, window.innerWidth - r.width - margin))}px`;
    el.style.top = `${Math.max(margin, Math.min(at.y, window.innerHeight - r.height - margin))}px`;
  }, [at]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])].filter(
      (el) => el.getAttribute('aria-disabled') !== 'true',
    );
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (i: number): void => all[(i + all.length) % all.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(at + 1),
      ArrowUp: () => go(at - 1),
      Home: () => go(0),
      End: () => go(all.length - 1),
      Escape: onClose,
      Tab: onClose,
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    e.stopPropagation();
    act();
  };

  const place = at ? { position: 'fixed' as const, left: at.x, top: at.y } : undefined;
  return (
    <div ref={ref} role="menu" aria-label={label} className="menu" style={place} onKeyDown={onKeyDown}>
      {header}
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={item.danger ? 'menu-item danger' : 'menu-item'}
          aria-disabled={item.disabled || undefined}
          onClick={() => {
            if (item.disabled) return;
            onClose();
            item.run();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
