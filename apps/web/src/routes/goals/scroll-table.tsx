import { type ReactNode, useId } from 'react';

/**
 * A table's wrapper that scrolls sideways on a narrow screen (320 px). It can
 * take focus, so a keyboard user can scroll it too. With a `title`, the title
 * stands above the scrolling part (a caption would scroll out of view with the
 * table) and names both the region and the table: `children` is then a
 * function given the title's id.
 */
export function ScrollTable({ label, title, children }: { label?: string; title?: string; children: ReactNode | ((titleId: string | undefined) => ReactNode) }) {
  const id = useId();
  const titleId = title ? id : undefined;
  return (
    // One element, so that the title stays with its table in a grid (beside a chart).
    <div>
      {title && (
        <p id={titleId} className="table-title">
          {title}
        </p>
      )}
      <div className="table-wrapper" role="region" aria-label={title ? undefined : label} aria-labelledby={titleId} tabIndex={0}>
        {typeof children === 'function' ? children(titleId) : children}
      </div>
    </div>
  );
}
