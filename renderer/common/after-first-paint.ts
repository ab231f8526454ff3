/**
 * Resolves once the page's first contentful frame is on the glass (issue #15, bench/first-paint.ts).
 *
 * A Chromium trace of the kiosk's cold start showed the welcome screen committed ~170 ms before it
 * was painted, with little of that on the main thread: the raster and compositor threads were
 * waiting for one of the machine's two cores while everything started "after the first screen"
 * competed with them (the later screens' chunks fetched and parsed, the socket's handshake and its
 * schemas' chunk, the validation worker, and the hub serving all of that). On the phone status page,
 * with the CPU slowed 4×, building zod's schemas and loading the socket took the main thread before
 * the place in line was drawn. Work that can wait waits for this instead.
 *
 * Chromium hands a `first-contentful-paint` entry to observers once that frame has been presented,
 * so it is the signal. A page that never paints (hidden, or a browser without paint timing) goes on
 * after `capMs` all the same: nothing waits on this for ever.
 */

/** Long enough for a first frame on a loaded machine, short enough that a hidden page does not stall. */
const CAP_MS = 3000;

let presented: Promise<void> | null = null;

function firstContentfulPaintSeen(): boolean {
  return typeof performance.getEntriesByName === 'function'
    ? performance.getEntriesByName('first-contentful-paint').length > 0
    : false;
}

function watchFirstPaint(capMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    // The observer's callback, then a task: the work starts after the frame's own tasks are done.
    const done = () => setTimeout(resolve, 0);
    const cap = setTimeout(resolve, capMs);
    const finish = () => {
      clearTimeout(cap);
      done();
    };
    if (firstContentfulPaintSeen()) return finish();
    if (
      typeof PerformanceObserver === 'undefined' ||
      !PerformanceObserver.supportedEntryTypes?.includes('paint')
    ) {
      // No paint timing: after the next frame's main-thread work, the closest this page can tell.
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(finish);
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      finish();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** The first contentful frame has been presented (or `capMs` has passed without one). */
export function afterFirstPaint(capMs = CAP_MS): Promise<void> {
  return (presented ??= watchFirstPaint(capMs));
}
