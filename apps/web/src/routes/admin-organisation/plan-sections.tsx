import type { ReactNode } from 'react';

/** One section per plan, headed by its title, with what the plan has or a sentence saying it has none yet. */
export function PlanSections<P extends { id: string; title: string }>({
  plans,
  isEmpty,
  empty,
  children,
}: {
  plans: readonly P[];
  isEmpty: (plan: P) => boolean;
  empty: string;
  children: (plan: P) => ReactNode;
}) {
  return plans.map((plan) => (
    <section key={plan.id} aria-labelledby={`plan-${plan.id}`} className="section">
      <h2 id={`plan-${plan.id}`}>{plan.title}</h2>
      {isEmpty(plan) ? <p>{empty}</p> : children(plan)}
    </section>
  ));
}
