import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular, HatGraduationRegular } from "@fluentui/react-icons";
import { useCommonStyles } from "./commonStyles";
import { useStrings } from "./i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { color: tokens.colorNeutralForeground2, flexGrow: 1 },
});

/** The pane's name and the way to the training tips and back. */
export function PaneHeader({
  title,
  learning,
  onLearn,
}: {
  title: string;
  learning: boolean;
  onLearn: (learning: boolean) => void;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  const strings = useStrings().learn;
  return (
    <header className={styles.root}>
      <h1 className={mergeClasses(common.h3, styles.title)}>{title}</h1>
      <Button
        appearance="subtle"
        size="small"
        icon={learning ? <ArrowLeftRegular /> : <HatGraduationRegular />}
        onClick={() => onLearn(!learning)}
        aria-pressed={learning}
      >
        {learning ? strings.close : strings.open}
      </Button>
    </header>
  );
}
