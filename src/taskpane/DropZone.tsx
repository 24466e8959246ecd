import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentArrowUpRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useRef, useState, type DragEvent } from "react";
import { useCommonStyles } from "./commonStyles";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  active: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  icon: { fontSize: "32px", color: tokens.colorBrandForeground1 },
});

const ACCEPT = ".eml,message/rfc822";

function hasFiles(event: DragEvent) {
  return Array.from(event.dataTransfer.types).includes("Files");
}

/** Drag-and-drop an .eml, or choose one with a real file input behind a visible button. */
export function DropZone({ onFile }: { onFile: (file: File) => void }) {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings().standalone;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <div
      data-testid="drop-zone"
      className={mergeClasses(styles.zone, dragging && styles.active)}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <DocumentArrowUpRegular className={styles.icon} aria-hidden="true" />
      <p className={common.p}>{strings.drop}</p>
      <Button appearance="primary" icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
        {strings.choose}
      </Button>
      <input
        ref={input}
        data-testid="eml-input"
        type="file"
        accept={ACCEPT}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again checks it again.
          event.currentTarget.value = "";
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
