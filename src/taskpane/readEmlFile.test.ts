import { EmlError, MAX_EML_BYTES } from "../eml/parseEml";
import { readEmlFile } from "./readEmlFile";

describe("readEmlFile", () => {
  it("refuses a file over the limit before reading any of it", async () => {
    const arrayBuffer = jest.fn();
    const read = readEmlFile({ name: "huge.eml", size: MAX_EML_BYTES + 1, arrayBuffer });
    await expect(read).rejects.toThrow(EmlError);
    await expect(read).rejects.toThrow(
      /^The file is 40\.0 MB; CampaignGuard analyses messages up to 40 MB\.$/,
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it("reads a message", async () => {
    const text = "From: a@example.org\r\nSubject: Hi\r\n\r\nBody\r\n";
    const bytes = new TextEncoder().encode(text);
    const snapshot = await readEmlFile({
      name: "hi.eml",
      size: bytes.length,
      arrayBuffer: async () => bytes.buffer,
    });
    expect(snapshot.subject).toBe("Hi");
    expect(snapshot.from?.address).toBe("a@example.org");
  });
});
