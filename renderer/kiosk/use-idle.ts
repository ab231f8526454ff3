/**
 * Inactivity: after `idleMs` without a touch or key, `warning` becomes true and a countdown of
 * `warningMs` starts (`secondsLeft` of `totalSeconds`); `onExpire` runs when it ends. Any touch (or
 * `keepAlive`) starts over.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useIdle(opts: { active: boolean; idleMs: number; warningMs: number; onExpire: () => void }) {
  const { active, idleMs, warningMs } = opts;
  const [warning, setWarning] = useState(false);
  const [secondsLeft, setSecondsLeft] = useState(Math.round(warningMs / 1000));
  const expire = useRef(opts.onExpire);
  expire.current = opts.onExpire;
  const [epoch, setEpoch] = useState(0);
  const keepAlive = useCallback(() => {
    setWarning(false);
    setEpoch((e) => e + 1);
  }, []);

  useEffect(() => {
    if (!active) return;
    const onActivity = () => {
      // While the warning is up, only its own button continues: a stray touch should not hide it.
      setWarning((w) => {
        if (!w) setEpoch((e) => e + 1);
        return w;
      });
    };
    window.addEventListener('pointerdown', onActivity, true);
    window.addEventListener('keydown', onActivity, true);
    return () => {
      window.removeEventListener('pointerdown', onActivity, true);
      window.removeEventListener('keydown', onActivity, true);
    };
  }, [active]);

  useEffect(() => {
    if (!active) {
      setWarning(false);
      return;
    }
    const idle = setTimeout(() => {
      setWarning(true);
      setSecondsLeft(Math.round(warningMs / 1000));
    }, idleMs);
    return () => clearTimeout(idle);
  }, [active, idleMs, warningMs, epoch]);

  useEffect(() => {
    if (!warning) return;
    const started = Date.now();
    const tick = setInterval(() => {
      const left = Math.max(0, Math.ceil((warningMs - (Date.now() - started)) / 1000));
      setSecondsLeft(left);
      if (left === 0) {
        clearInterval(tick);
        setWarning(false);
        expire.current();
      }
    }, 250);
    return () => clearInterval(tick);
  }, [warning, warningMs]);

  // The whole countdown, so the warning can show how much of it is left.
  return { warning, secondsLeft, totalSeconds: Math.round(warningMs / 1000), keepAlive };
}
