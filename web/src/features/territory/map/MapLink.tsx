import type { MouseEvent, ReactNode } from "react";
import { useNavigate } from "react-router";

/**
 * A link inside the SVG map: focusable with the keyboard, named for screen readers, with a tooltip;
 * a plain click navigates inside the application, a click with a modifier key keeps the browser's way.
 */
export function MapLink({
  href,
  label,
  className,
  children,
}: {
  href: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const follow = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} aria-label={label} className={className} onClick={follow}>
      <title>{label}</title>
      {children}
    </a>
  );
}
