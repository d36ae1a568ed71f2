/**
 * The weekly goal as a choice, "No goal" included: the welcome page and Settings both use it. A
 * number someone typed before (say 7) stays among the choices.
 */
import { SelectField } from './fields';

const COMMON_GOALS = [3, 5, 10, 15, 20, 30];

export function WeeklyGoalField({
  value,
  onChange,
  label = 'Weekly goal',
}: {
  value: number | null;
  onChange: (goal: number | null) => void;
  label?: string;
}) {
  const goals = value === null || COMMON_GOALS.includes(value) ? COMMON_GOALS : [...COMMON_GOALS, value].sort((a, b) => a - b);
  return (
    <SelectField
      label={label}
      name="weeklyGoal"
      value={value === null ? '' : String(value)}
      options={[
        { value: '', label: 'No goal for now' },
        ...goals.map((goal) => ({ value: String(goal), label: `${goal} applications a week` })),
      ]}
      onChange={(next) => onChange(next === '' ? null : Number(next))}
      hint="Goal reminders start only once you choose one. You can change it any time."
    />
  );
}
