/**
 * The suggestions the pane shows once the user's stored data is applied. Pure and small: the pane
 * may import this statically (the rest of this folder is loaded on demand).
 */
import type { CategoryId } from "../../core/categories";
import { chooseReplies, type ChosenReplies, type SuggestOptions } from "../../core/replies";
import type { ReplyTemplate } from "../../core/replies/types";
import type { StoredData } from "../../settings/schema";

/**
 * suggestReplies with the user's templates (their own, and edits that override a built-in by id)
 * and stars, minus the built-ins they deleted.
 */
export function personalSuggestions(
  category: CategoryId,
  data: Pick<StoredData, "templates" | "starred" | "hiddenBuiltIns">,
  options: Omit<SuggestOptions, "userTemplates" | "starred" | "hiddenBuiltIns"> = {},
): ReplyTemplate[] {
  return personalChoice(category, data, options).replies;
}

/** personalSuggestions with the line saying why the first one is first. */
export function personalChoice(
  category: CategoryId,
  data: Pick<StoredData, "templates" | "starred" | "hiddenBuiltIns">,
  options: Omit<SuggestOptions, "userTemplates" | "starred" | "hiddenBuiltIns"> = {},
): ChosenReplies {
  return chooseReplies(category, {
    ...options,
    userTemplates: data.templates,
    starred: data.starred,
    hiddenBuiltIns: data.hiddenBuiltIns,
  });
}
