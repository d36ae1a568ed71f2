/** The toast's look, scoped to its shadow root so the page's CSS cannot reach it (and it cannot leak). */
export const TOAST_CSS = `
:host { all: initial; }
.toast {
  box-sizing: border-box; width: min(360px, calc(100vw - 32px)); padding: 14px 16px 12px;
  background: #fffdf8; color: #1f2a24; border: 1px solid #d8d2c4; border-radius: 12px;
  box-shadow: 0 8px 28px rgba(20, 30, 25, 0.22);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  display: grid; gap: 6px;
}
.head { display: flex; align-items: flex-start; gap: 8px; }
.title { font-weight: 650; flex: 1; overflow-wrap: anywhere; }
.job { color: #3f4b44; overflow-wrap: anywhere; }
.actions { display: flex; gap: 8px; margin-top: 4px; flex-wrap: wrap; }
button {
  font: inherit; cursor: pointer; border-radius: 8px; padding: 5px 12px;
  border: 1px solid #2f7d4f; background: #fff; color: #1f5c39;
}
button.primary { background: #2f7d4f; color: #fff; }
button:focus-visible { outline: 2px solid #1b4d8f; outline-offset: 2px; }
button.close { border: none; background: transparent; color: #5b665f; padding: 0 4px; font-size: 18px; line-height: 1; }
`;
