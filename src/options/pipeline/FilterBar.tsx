/**
 * Search, always in view, and the other filters (stage, board, tag, excitement, résumé, dates)
 * folded behind one "Filters" button that says how many are set: at 1280×800 the table, not the
 * filters, gets the screen. One set of filters for the table and the board.
 */
import { useState } from 'preact/hooks';
import { EXCITEMENT_LABELS, EXCITEMENT_LEVELS } from '../../core/job-details';
import { STAGE_LABELS } from '../../core/stages';
import { STAGES } from '../../core/types';
import { boardLabel } from '../../ui/format';
import { activeFilterCount, type DateField, type Filters, type StageFilter } from './filter';

interface Props {
  filters: Filters;
  boards: readonly string[];
  tags: readonly string[];
  resumeVersions: readonly string[];
  onChange: (patch: Partial<Filters>) => void;
}

export function FilterBar({ filters, boards, tags, resumeVersions, onChange }: Props) {
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const active = activeFilterCount(filters);
  // Open at first when a filter is already set (a deep link, or coming back to the page).
  const [open, setOpen] = useState(active > 0);
  return (
    <div class="toolbar" role="search" aria-label="Search and filters">
      <div class="toolbar__row">
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
        <button
          type="button"
          class="button toolbar__toggle"
          aria-expanded={open}
          aria-controls="pipeline-filters"
          onClick={() => setOpen(!open)}
        >
          Filters{active > 0 ? ` (${active})` : ''}
          <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
        </button>
        {active > 0 ? (
          <button
            type="button"
            class="link-button"
            onClick={() =>
              onChange({
                stage: '',
                board: '',
                tag: '',
                minExcitement: '',
                resumeVersion: '',
                from: '',
                to: '',
              })
            }
          >
            Clear filters
          </button>
        ) : null}
      </div>
      <div class="toolbar__panel" id="pipeline-filters" hidden={!open}>
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
        <div class="field">
          <label class="field__label" for="pipeline-tag">
            Tag
          </label>
          <select
            id="pipeline-tag"
            class="input select"
            value={filters.tag}
            onChange={(event) => onChange({ tag: value(event) })}
          >
            <option value="">Any tag</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="pipeline-excitement">
            Excitement
          </label>
          <select
            id="pipeline-excitement"
            class="input select"
            value={filters.minExcitement}
            onChange={(event) => onChange({ minExcitement: value(event) })}
          >
            <option value="">Any</option>
            {EXCITEMENT_LEVELS.slice(1).map((level) => (
              <option key={level} value={String(level)}>
                {level === 5
                  ? `5 — ${EXCITEMENT_LABELS[5]}`
                  : `${level} or more — ${EXCITEMENT_LABELS[level]}`}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="pipeline-resume">
            Résumé sent
          </label>
          <select
            id="pipeline-resume"
            class="input select"
            value={filters.resumeVersion}
            onChange={(event) => onChange({ resumeVersion: value(event) })}
          >
            <option value="">Any</option>
            {resumeVersions.map((version) => (
              <option key={version} value={version}>
                {version}
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
    </div>
  );
}
