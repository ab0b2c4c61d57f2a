import { type ReactNode, type RefObject, useId, useLayoutEffect, useRef, useState } from 'react';

/**
 * A table's wrapper that scrolls sideways when the table is wider than the
 * screen (320 px; WCAG 1.4.10). While it does, it is a labelled region that
 * takes focus, so a keyboard user can scroll it too (WCAG 2.1.1); while the
 * table fits, it is a plain box and adds no tab stop. With a `title`, the
 * title stands above the scrolling part (a caption would scroll out of view
 * with the table) and names both the region and the table: `children` is
 * then a function given the title's id.
 */
export function ScrollTable({ label, title, children }: { label?: string; title?: string; children: ReactNode | ((titleId: string | undefined) => ReactNode) }) {
  const id = useId();
  const titleId = title ? id : undefined;
  const wrapper = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(wrapper);
  return (
    // One element, so that the title stays with its table in a grid (beside a chart).
    <div>
      {title && (
        <p id={titleId} className="table-title">
          {title}
        </p>
      )}
      <div
        ref={wrapper}
        className="table-wrapper"
        role={scrolls ? 'region' : undefined}
        aria-label={scrolls && !title ? label : undefined}
        aria-labelledby={scrolls ? titleId : undefined}
        tabIndex={scrolls ? 0 : undefined}
      >
        {typeof children === 'function' ? children(titleId) : children}
      </div>
    </div>
  );
}

/** Whether the element's content is wider than the element, kept up to date as either changes size. */
function useScrollsSideways(element: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = element.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [element]);
  return scrolls;
}
