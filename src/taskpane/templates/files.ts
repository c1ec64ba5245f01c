/** Browser file plumbing for export and import, kept apart so the components stay declarative. */

/** Offers `text` as a download named `fileName`; false when the browser refuses. */
export function downloadText(text: string, fileName: string, type = "application/json"): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Some browsers start the download after click() returns; release the URL once they have it.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    return true;
  } catch {
    return false;
  }
}

/** The file's text as UTF-8. FileReader rather than Blob.text(): older Outlook webviews lack the latter. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsText(file, "utf-8");
  });
}
