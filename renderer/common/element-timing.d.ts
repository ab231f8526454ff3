/**
 * Element Timing (https://wicg.github.io/element-timing/): an element marked `elementtiming` gets a
 * PerformanceElementTiming entry when it is first painted. React passes the attribute through; its
 * types do not list it yet. The kiosk's welcome title carries one for bench/first-paint.ts.
 */
import 'react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- interface merging requires React's own type parameter, which this addition does not use
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
