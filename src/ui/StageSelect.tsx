import { STAGE_LABELS } from '../core/stages';
import { STAGES, type Stage } from '../core/types';

interface Props {
  stage: Stage;
  onChange: (stage: Stage) => void;
  /** Accessible name, e.g. "Stage of Designer at Acme". */
  label: string;
  id?: string;
  disabled?: boolean;
  compact?: boolean;
}

/** A native <select> dressed as the stage pill: one click (or arrow keys) to move an application. */
export function StageSelect({ stage, onChange, label, id, disabled, compact }: Props) {
  return (
    <select
      id={id}
      class={`stage-select pill pill--${stage}${compact ? ' stage-select--compact' : ''}`}
      value={stage}
      aria-label={label}
      disabled={disabled}
      onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as Stage)}
    >
      {STAGES.map((s) => (
        <option key={s} value={s}>
          {STAGE_LABELS[s]}
        </option>
      ))}
    </select>
  );
}
