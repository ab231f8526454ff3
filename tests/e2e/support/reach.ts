/**
 * Whether a control can be touched where it is: inside the screen, and the element drawn at its centre
 * (nothing lies over it: a bar, the accessibility button). The kiosk's larger-text checks use it.
 */
import { expect, type Locator } from '@playwright/test';

/** Where the control is and whether it is the element drawn at its centre. */
export async function reach(control: Locator) {
  return control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      top: Math.round(r.top),
      bottom: Math.round(r.bottom),
      inView: r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth,
      uncovered: top !== null && (top === el || el.contains(top)),
      drawnThere: top
        ? `${top.tagName.toLowerCase()} «${(top.textContent ?? '').trim().slice(0, 40)}»`
        : null,
    };
  });
}

/** The control is on the screen and uncovered; `what` names it in the failure. */
export async function expectReachable(control: Locator, what: string): Promise<void> {
  const r = await reach(control);
  expect(r.inView, `${what} in the screen (top ${r.top}, bottom ${r.bottom})`).toBe(true);
  expect(r.uncovered, `${what} not covered (${r.drawnThere} drawn at its centre)`).toBe(true);
}
