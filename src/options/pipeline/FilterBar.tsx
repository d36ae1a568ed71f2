/** Search, stage, board and date range: one set of filters for the table and the board. */
import { STAGE_LABELS } from '../../core/stages';
import { STAGES } from '../../core/types';
import { boardLabel } from '../../ui/format';
import type { DateField, Filters, StageFilter } from './filter';

interface Props {
  filters: Filters;
  boards: readonly string[];
  onChange: (patch: Partial<Filters>) => void;
}

export function FilterBar({ filters, boards, onChange }: Props) {
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <div class="toolbar" role="search" aria-label="Search and filters">
      <div class="field toolbar__search">
        <label class="field__label" for="pipeline-search">
          Search
        </label>
        <input
          id="pipeline-search"
          class="input"
          type="search"
          placeholder="Title, company, location or notes"
          value={filters.text}
          onInput={(event) => onChange({ text: value(event) })}
        />
      </div>
      <div class="field">
        <label class="field__label" for="pipeline-stage">
          Stage
        </label>
        <select
          id="pipeline-stage"
          class="input select"
          value={filters.stage}
          onChange={(event) => onChange({ stage: value(event) as StageFilter })}
        >
          <option value="">All stages</option>
          <option value="in_flight">In flight</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABELS[stage]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label class="field__label" for="pipeline-board">
          Found on
        </label>
        <select
          id="pipeline-board"
          class="input select"
          value={filters.board}
          onChange={(event) => onChange({ board: value(event) })}
        >
          <option value="">Anywhere</option>
          {boards.map((board) => (
            <option key={board} value={board}>
              {boardLabel(board)}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="date-range">
        <legend class="field__label">Dates</legend>
        <div class="date-range__fields">
          <div class="field">
            <label class="field__label field__label--small" for="pipeline-date-field">
              Date of
            </label>
            <select
              id="pipeline-date-field"
              class="input select"
              value={filters.dateField}
              onChange={(event) => onChange({ dateField: value(event) as DateField })}
            >
              <option value="appliedAt">Applying</option>
              <option value="savedAt">Saving</option>
            </select>
          </div>
          <div class="field">
            <label class="field__label field__label--small" for="pipeline-from">
              From
            </label>
            <input
              id="pipeline-from"
              class="input"
              type="date"
              value={filters.from}
              max={filters.to || undefined}
              onInput={(event) => onChange({ from: value(event) })}
            />
          </div>
          <div class="field">
            <label class="field__label field__label--small" for="pipeline-to">
              To
            </label>
            <input
              id="pipeline-to"
              class="input"
              type="date"
              value={filters.to}
              min={filters.from || undefined}
              onInput={(event) => onChange({ to: value(event) })}
            />
          </div>
        </div>
      </fieldset>
    </div>
  );
}
