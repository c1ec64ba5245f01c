import { FAILABLE_CALLS, type ThemeName } from "./bridge";

interface ToolbarProps {
  theme: ThemeName;
  onThemeChange(theme: ThemeName): void;
  failures: string[];
  onFailuresChange(failures: string[]): void;
}

/** Outlook's top bar, with the preview's own controls: theme and simulated Office failures. */
export function Toolbar({ theme, onThemeChange, failures, onFailuresChange }: ToolbarProps) {
  const toggleFailure = (call: string, on: boolean) =>
    onFailuresChange(on ? [...failures, call] : failures.filter((name) => name !== call));
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-app">Outlook</span>
        <span className="brand-note">local preview · Decline Assistant</span>
      </div>
      <div className="topbar-controls">
        <details className="failures">
          <summary>
            Simulate failures{failures.length > 0 && <span className="badge">{failures.length}</span>}
          </summary>
          <fieldset>
            <legend>Office calls that fail</legend>
            {FAILABLE_CALLS.map((call) => (
              <label key={call}>
                <input
                  type="checkbox"
                  checked={failures.includes(call)}
                  onChange={(event) => toggleFailure(call, event.target.checked)}
                />
                <code>{call}</code>
              </label>
            ))}
          </fieldset>
        </details>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={theme === "dark"}
            onChange={(event) => onThemeChange(event.target.checked ? "dark" : "light")}
          />
          Dark theme
        </label>
      </div>
    </header>
  );
}
