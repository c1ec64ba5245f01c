import { Dropdown, Option } from "@fluentui/react-components";
import { CATEGORY_IDS, type CategoryId, isCategoryId } from "../core/categories";
import { useStrings } from "./StringsContext";

export interface CategoryDropdownProps {
  /** The control's id and its label's, from the picker's LabelledField. */
  id: string;
  labelId: string;
  category: CategoryId;
  onCategoryChange(category: CategoryId): void;
}

/**
 * Fluent's Dropdown brings its popup positioning along (about 34 KB gzip), more than anything else
 * in the pane, and is not needed to show the first suggestion, so CategoryPicker loads this lazily.
 */
export default function CategoryDropdown({ id, labelId, category, onCategoryChange }: CategoryDropdownProps) {
  const t = useStrings();
  return (
    <Dropdown
      id={id}
      aria-labelledby={labelId}
      value={t.categories[category]}
      selectedOptions={[category]}
      onOptionSelect={(_event, data) => {
        if (isCategoryId(data.optionValue)) onCategoryChange(data.optionValue);
      }}
    >
      {CATEGORY_IDS.map((id) => (
        <Option key={id} value={id}>
          {t.categories[id]}
        </Option>
      ))}
    </Dropdown>
  );
}
