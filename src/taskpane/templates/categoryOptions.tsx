import { Option } from "@fluentui/react-components";
import { CATEGORY_IDS, type CategoryId } from "../../core/categories";

/** One Dropdown option per category, in the pane's order, valued by category id. */
export function categoryOptions(names: Record<CategoryId, string>) {
  return CATEGORY_IDS.map((id) => (
    <Option key={id} value={id}>
      {names[id]}
    </Option>
  ));
}
