import type { ReactNode } from 'react';

/** A checkbox inside its label, so clicking the words ticks it too. */
export function CheckLabel(props: { label: ReactNode; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <label className="cfg-check">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      {props.label}
    </label>
  );
}
