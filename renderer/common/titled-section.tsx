/** A page section named by its own heading, as the staff screens lay out their panels. */
import type { ReactNode } from 'react';

/** `<section>` labelled by its `<h2>` (so screen readers list it by that name), then its content. */
export function TitledSection(props: {
  id: string;
  title: ReactNode;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={props.id} className={props.className} data-testid={props.testId}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}
