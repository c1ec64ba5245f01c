import {
  Badge,
  Button,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Text,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, ArrowResetRegular, StarFilled, StarRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef } from "react";
import { CATEGORY_IDS, type CategoryId } from "../../core/categories";
import type { Restorable, TemplateEntry, TemplateOrigin } from "./model";
import { categoryOptions } from "./categoryOptions";
import { useTemplateStrings, type TemplateStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { flexGrow: 1 },
  when: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  categoryHeading: { margin: `${tokens.spacingVerticalS} 0 0` },
});

export type CategoryFilter = CategoryId | "all";

/** data-focus-key of the control focus returns to after the editor or a dialog closes. */
export const focusKeys = {
  newTemplate: "new",
  edit: (id: string) => `edit:${id}`,
};

interface Props {
  entries: TemplateEntry[];
  filter: CategoryFilter;
  onFilterChange(filter: CategoryFilter): void;
  restorable: Restorable;
  busy: boolean;
  /** A focusKeys value to focus once rendered, or null. */
  focusKey: string | null;
  onNew(): void;
  onEdit(entry: TemplateEntry): void;
  onDuplicate(entry: TemplateEntry): void;
  onDelete(entry: TemplateEntry): void;
  onToggleStar(entry: TemplateEntry): void;
  onRestore(): void;
}

function originLabel(t: TemplateStrings, origin: TemplateOrigin): string {
  return { builtIn: t.originBuiltIn, editedBuiltIn: t.originEditedBuiltIn, yours: t.originYours }[origin];
}

export function TemplateList(props: Props) {
  const { entries, filter, restorable, busy, focusKey } = props;
  const t = useTemplateStrings();
  const styles = useStyles();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focusKey) return;
    // Compared as data rather than put in a selector: an imported id may hold any character.
    const candidates = Array.from(rootRef.current?.querySelectorAll<HTMLElement>("[data-focus-key]") ?? []);
    const byKey = (key: string) => candidates.find((element) => element.dataset.focusKey === key);
    (byKey(focusKey) ?? byKey(focusKeys.newTemplate))?.focus();
  }, [focusKey]);

  const categories = filter === "all" ? CATEGORY_IDS.filter((c) => entries.some((e) => e.template.category === c)) : [filter];
  const nothingToRestore = restorable.hidden + restorable.edited === 0;
  const filterLabel = filter === "all" ? t.allCategories : t.categories[filter];

  return (
    <div ref={rootRef} className={styles.root}>
      <Field label={t.showCategory}>
        <Dropdown
          value={filterLabel}
          selectedOptions={[filter]}
          onOptionSelect={(_event, data) => data.optionValue && props.onFilterChange(data.optionValue as CategoryFilter)}
        >
          <Option value="all">{t.allCategories}</Option>
          {categoryOptions(t.categories)}
        </Dropdown>
      </Field>
      <div className={styles.toolbar}>
        <Button appearance="primary" icon={<AddRegular />} data-focus-key={focusKeys.newTemplate} onClick={props.onNew}>
          {t.newTemplate}
        </Button>
        <Button
          icon={<ArrowResetRegular />}
          disabledFocusable={busy || nothingToRestore}
          title={nothingToRestore ? t.nothingToRestore : undefined}
          onClick={props.onRestore}
        >
          {t.restoreBuiltIns}
        </Button>
      </div>
      {categories.map((category) => (
        <CategorySection key={category} category={category} {...props} />
      ))}
    </div>
  );
}

function CategorySection({ category, entries, ...props }: Props & { category: CategoryId }) {
  const t = useTemplateStrings();
  const styles = useStyles();
  const headingId = useId();
  const inCategory = entries.filter((e) => e.template.category === category);
  return (
    <section aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={300} weight="semibold" className={styles.categoryHeading} block>
        {t.categories[category]}
      </Text>
      {inCategory.length === 0 ? (
        <Text>{t.noTemplates}</Text>
      ) : (
        <ul className={styles.list} aria-label={t.templatesInCategory(t.categories[category])}>
          {inCategory.map((entry) => (
            <TemplateItem key={entry.template.id} entry={entry} {...props} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TemplateItem({ entry, busy, ...props }: Omit<Props, "entries"> & { entry: TemplateEntry }) {
  const t = useTemplateStrings();
  const styles = useStyles();
  const nameId = useId();
  const { template, origin, starred } = entry;
  const name = template.strategy;
  return (
    <li className={styles.item} aria-labelledby={nameId}>
      <div className={styles.heading}>
        <Text id={nameId} weight="semibold" className={styles.name}>
          {name}
        </Text>
        <Badge appearance={origin === "yours" ? "filled" : "tint"} color={origin === "builtIn" ? "informative" : "brand"}>
          {originLabel(t, origin)}
        </Badge>
        <ToggleButton
          appearance="subtle"
          checked={starred}
          disabledFocusable={busy}
          icon={starred ? <StarFilled /> : <StarRegular />}
          aria-label={t.showFirst(name)}
          title={t.showFirst(name)}
          onClick={() => props.onToggleStar(entry)}
        />
      </div>
      {template.whenToUse && (
        <Text size={200} className={styles.when}>
          {template.whenToUse}
        </Text>
      )}
      <div className={styles.actions}>
        <Button size="small" aria-label={t.edit(name)} data-focus-key={focusKeys.edit(template.id)} onClick={() => props.onEdit(entry)}>
          {t.editShort}
        </Button>
        <Button size="small" aria-label={t.duplicate(name)} onClick={() => props.onDuplicate(entry)}>
          {t.duplicateShort}
        </Button>
        <Button size="small" aria-label={t.remove(name)} disabledFocusable={busy} onClick={() => props.onDelete(entry)}>
          {t.removeShort}
        </Button>
      </div>
    </li>
  );
}
