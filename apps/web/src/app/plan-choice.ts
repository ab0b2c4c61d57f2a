/** The chosen plan is remembered in localStorage: an id, nothing secret. */
const STORAGE_KEY = 'samverkan.plan';

export function rememberedPlanId(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberPlanId(planId: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, planId);
  } catch {
    // Storage may be off; the address still carries the plan.
  }
}

/** The plan a page should show: the remembered one if it still exists, else the first (newest period). */
export function choosePlan<P extends { id: string }>(plans: readonly P[], preferredId: string | null): P | undefined {
  return plans.find((plan) => plan.id === preferredId) ?? plans[0];
}
