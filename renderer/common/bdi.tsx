/**
 * Left-to-right islands in right-to-left text (issue #15, "Bidirectional text done right"). An Emirates
 * ID "784-****-****-567-8", a phone "+971 50 …", "(60+)", a date range or "1 Entrance kiosk" inside an
 * Arabic sentence is reordered by the Unicode bidi algorithm unless it is isolated: its neutral
 * characters (-, +, (, ), spaces) otherwise take the direction of the Arabic around them.
 */
import type { ReactNode } from 'react';

/**
 * A left-to-right isolate for identifiers, numbers, dates and masked values: `<bdi dir="ltr">`, so the
 * value reads left to right and does not move its neighbours. `translate="no"`: never "translated".
 */
export function Ltr({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <bdi dir="ltr" translate="no" className={className ? `ltr-isolate ${className}` : 'ltr-isolate'}>
      {children}
    </bdi>
  );
}

/** An isolate whose direction follows its own first strong letter (a name, a label of either language). */
export function Bdi({ children, className }: { children: ReactNode; className?: string }) {
  return <bdi className={className}>{children}</bdi>;
}

export { isolate, isolateLtr } from '../../shared/i18n/bidi.js';
