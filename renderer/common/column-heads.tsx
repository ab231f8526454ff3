/** A table's row of column headings, as every staff table writes it. */
import type { ReactNode } from 'react';

/**
 * `<thead>` with one `<th scope="col">` per heading, in order. A heading may be any node: a column
 * of buttons takes `<HiddenHead>` so that screen readers still name it.
 */
export function ColumnHeads({ heads }: { heads: readonly ReactNode[] }) {
  return (
    <thead>
      <tr>
        {heads.map((head, i) => (
          // The headings are a fixed list: their place is who they are.
          <th key={i} scope="col">
            {head}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A heading read aloud but not shown (a column of buttons). */
export function HiddenHead({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
