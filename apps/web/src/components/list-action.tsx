import { useState } from 'react';
import { LoadError } from './messages';

/**
 * An action on one row of a list (retry, revoke): runs it, says what
 * happened or why it did not, and loads the list again.
 */
export function useListAction(reload: () => unknown) {
  const [said, setSaid] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>, done: string) => {
    setSaid(null);
    setFailure(null);
    try {
      await action();
      setSaid(done);
      void reload();
    } catch (caught) {
      setFailure(caught);
    }
  };
  return { said, failure, run };
}

/** What the last action said: a polite status line, or the API's refusal. */
export function ListActionOutcome({ said, failure }: { said: string | null; failure: unknown }) {
  return (
    <>
      <div role="status" className="status-line">
        {said && <p className="notice notice--success">{said}</p>}
      </div>
      {failure ? <LoadError error={failure} /> : null}
    </>
  );
}
