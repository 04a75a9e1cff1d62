import type { CSSProperties } from "react";

/** Off-screen, not merely `display: none` (which some robots skip). */
const OFF_SCREEN: CSSProperties = {
  position: "absolute",
  left: "-10000px",
  top: "auto",
  width: 1,
  height: 1,
  overflow: "hidden",
};

/**
 * A field people never see nor reach (off-screen, hidden from assistive technologies, out of the tab
 * order, never autofilled) and robots fill in: the server drops what arrives with it.
 */
export function Honeypot({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div aria-hidden="true" style={OFF_SCREEN}>
      <label htmlFor="website">Ne pas remplir ce champ</label>
      <input
        id="website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
