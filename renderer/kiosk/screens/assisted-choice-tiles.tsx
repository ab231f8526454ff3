/**
 * One choice among a few, as large tiles side by side (a native dropdown opens a small list that
 * is hard to hit and to read); tapping the chosen tile again leaves it chosen.
 */
export function ChoiceTiles(props: {
  name: string;
  labelledBy: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div
      className="choice-tiles"
      role="radiogroup"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      aria-required={props.required || undefined}
      data-name={props.name}
    >
      {props.options.map((o) => (
        <button
          type="button"
          role="radio"
          key={o.value}
          className="big-button choice-tile"
          aria-checked={props.value === o.value}
          data-value={o.value}
          onClick={() => props.onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
