/** The chip's look, inside its closed shadow root: the webmail's CSS cannot reach it, nor it the page. */
export const CHIP_CSS = `
:host { all: initial; display: block; margin: 8px 0; }
.chip {
  box-sizing: border-box; max-width: 720px; padding: 10px 12px; display: grid; gap: 6px;
  background: #f4f8f3; color: #1f2a24; border: 1px solid #cfdccd; border-radius: 10px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.chip.quiet { background: #f6f6f4; color: #5b665f; border-color: #e1e1dc; }
.line { display: flex; gap: 8px; align-items: flex-start; }
.text { flex: 1; overflow-wrap: anywhere; }
.brand { font-weight: 650; }
.quote { color: #3f4b44; font-style: italic; overflow-wrap: anywhere; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
button, select {
  font: inherit; cursor: pointer; border-radius: 7px; padding: 3px 10px;
  border: 1px solid #2f7d4f; background: #fff; color: #1f5c39;
}
select { border-color: #b9c6b7; color: #1f2a24; max-width: 260px; }
button.primary { background: #2f7d4f; color: #fff; }
button:disabled { opacity: 0.55; cursor: default; }
button:focus-visible, select:focus-visible { outline: 2px solid #1b4d8f; outline-offset: 2px; }
button.close { border: none; background: transparent; color: #5b665f; padding: 0 4px; font-size: 16px; line-height: 1; }
`;
