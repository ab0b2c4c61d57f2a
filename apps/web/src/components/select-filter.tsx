import { useSearchParams } from 'react-router';

/**
 * One choice that narrows a page, kept in the address as `param`: "Visa"
 * sets it (a new first page), the empty choice removes it.
 */
export function SelectFilter({
  param,
  id,
  label,
  anyLabel,
  options,
  showLabel,
}: {
  param: string;
  id: string;
  label: string;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  showLabel: string;
}) {
  const [params, setParams] = useSearchParams();
  const current = params.get(param) ?? '';
  return (
    <form
      className="filters filters--above-results"
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = String(new FormData(event.currentTarget).get(param) ?? '');
        setParams(chosen ? { [param]: chosen } : {});
      }}
    >
      <div className="filters__field">
        <label className="label" htmlFor={id}>
          {label}
        </label>
        <select id={id} name={param} className="select" defaultValue={current} key={current}>
          <option value="">{anyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {showLabel}
      </button>
    </form>
  );
}
