import { makeStyles, Skeleton, SkeletonItem, tokens } from "@fluentui/react-components";
import { useCommonStyles } from "./commonStyles";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  banner: { height: "88px" },
  row: { height: "56px" },
});

/** The shape of a result while it is worked out, and the words for screen readers. */
export function LoadingState({ label }: { label: string }) {
  const styles = useStyles();
  const common = useCommonStyles();
  return (
    <div className={styles.root} role="status" aria-busy="true" data-testid="loading">
      <p className={common.small}>{label}</p>
      <Skeleton aria-hidden="true" className={styles.root}>
        <SkeletonItem shape="rectangle" className={styles.banner} />
        <SkeletonItem shape="rectangle" className={styles.row} />
        <SkeletonItem shape="rectangle" className={styles.row} />
      </Skeleton>
    </div>
  );
}
