/** A plain one-of-several control bound to one URL field (radio buttons in a fieldset). */
import type { UrlState } from './state';
import { useUrlState } from './useUrlState';

type ChoiceField = 'basis' | 'peers' | 'trend';

interface ChoiceProps<F extends ChoiceField> {
  field: F;
  legend: string;
  options: readonly { value: UrlState[F]; label: string }[];
}

export function Choice<F extends ChoiceField>({ field, legend, options }: ChoiceProps<F>) {
  const { state, setState } = useUrlState();
  return (
    <fieldset className="choice" data-choice={field}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="radio"
            name={field}
            value={o.value}
            checked={state[field] === o.value}
            onChange={() => setState({ [field]: o.value } as Partial<UrlState>)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
