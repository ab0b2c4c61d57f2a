import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form-field';

/** A labelled choice of plan, with "Välj plan" first. */
export function PlanSelect({ plans, label, error }: { plans: readonly { id: string; title: string }[]; label: string; error?: string }) {
  const { t } = useTranslation();
  return (
    <FormField name="planId" label={label} error={error}>
      {(control) => (
        <select {...control} name="planId" className="select" defaultValue={plans.length === 1 ? plans[0]!.id : ''}>
          <option value="">{t('adminGroups.choosePlan')}</option>
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {plan.title}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
