import { createContext, useContext } from "react";
import { en, type UiStrings } from "./strings/en";

export const StringsContext = createContext<UiStrings>(en);

export function useStrings(): UiStrings {
  return useContext(StringsContext);
}
