import { mergeClasses } from "@fluentui/react-components";
import { CheckmarkCircleFilled, InfoFilled, ShieldErrorFilled, WarningFilled } from "@fluentui/react-icons";
import type { ReactElement } from "react";
import type { Verdict } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { StatusCard, type Tone } from "./StatusCard";
import { VERDICT_TEXT } from "./verdictText";

const LOOK: Record<Verdict, { tone: Tone; icon: ReactElement }> = {
  dangerous: { tone: "danger", icon: <ShieldErrorFilled /> },
  suspicious: { tone: "warning", icon: <WarningFilled /> },
  caution: { tone: "info", icon: <InfoFilled /> },
  ok: { tone: "success", icon: <CheckmarkCircleFilled /> },
};

interface VerdictBannerProps {
  verdict: Verdict;
  /** True when some checks could not run: a quiet result must not read as a complete one. */
  incomplete: boolean;
}

/** The verdict in words (headline and advice), with an icon and a tint that repeat it. */
export function VerdictBanner({ verdict, incomplete }: VerdictBannerProps) {
  const common = useCommonStyles();
  const { tone, icon } = LOOK[verdict];
  const text = VERDICT_TEXT[verdict];
  return (
    <div data-testid="verdict" data-verdict={verdict}>
      <StatusCard tone={tone} icon={icon} heading={text.headline}>
        <p className={common.p}>{text.advice}</p>
        {incomplete && (
          <p className={mergeClasses(common.p, common.strong)}>
            Some checks could not run, so this result is incomplete: see below.
          </p>
        )}
      </StatusCard>
    </div>
  );
}
