import { makeStyles, tokens } from "@fluentui/react-components";
import { type ClaimKind, claimLabel } from "../core/replies";
import { useStrings } from "./StringsContext";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: "none" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  choice: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

interface Props {
  claims: readonly ClaimKind[];
  /** Claims the user switched off; their plain wording is used instead. */
  off: ReadonlySet<ClaimKind>;
  locale: string;
  onChange(claim: ClaimKind, kept: boolean): void;
}

/** What the chosen reply asserts about the user, each a box to untick for the plain wording. */
export function ClaimChoices({ claims, off, locale, onChange }: Props) {
  const t = useStrings();
  const styles = useStyles();
  if (claims.length === 0) return null;
  return (
    <fieldset className={styles.group} data-testid="claim-choices">
      <legend className={styles.legend}>{t.claimsLegend}</legend>
      {claims.map((claim) => (
        <label key={claim} className={styles.choice}>
          <input type="checkbox" checked={!off.has(claim)} onChange={(event) => onChange(claim, event.target.checked)} />
          {claimLabel(claim, locale)}
        </label>
      ))}
    </fieldset>
  );
}
