import { expect, vi } from 'vitest';

export const BLOB_URL = 'blob:http://localhost/3f2a-export';

/** jsdom's Blob has no text(): read it the way a browser of its age would. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** Stubs what a download touches, and records the file it would have saved. */
export function stubDownload() {
  const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue(BLOB_URL);
  const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const clicked: HTMLAnchorElement[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  return {
    createObjectURL,
    revokeObjectURL,
    clicked,
    /** The one file downloaded: its name, type and text. */
    async file() {
      // The export code loads on the first click.
      await vi.waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
      expect(clicked).toHaveLength(1);
      const blob = createObjectURL.mock.calls[0]![0] as Blob;
      const link = clicked[0]!;
      expect(link.href).toBe(BLOB_URL);
      return { name: link.download, type: blob.type, text: await readBlob(blob) };
    },
  };
}
