/**
 * Element Timing (https://wicg.github.io/element-timing/): an element marked `elementtiming` gets a
 * PerformanceElementTiming entry when it is first painted. React passes the attribute through; its
 * types do not list it yet. The kiosk's welcome title carries one for bench/first-paint.ts.
 */
import 'react';

declare module 'react' {
  // A merged declaration repeats React's type parameter, unused here.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
