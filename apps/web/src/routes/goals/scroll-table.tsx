import type { ReactNode } from 'react';

/**
 * A table's wrapper that scrolls sideways on a narrow screen (320 px). It can
 * take focus, so a keyboard user can scroll it too, and is named by the table's caption.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrapper" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
