import { mergeClasses } from "@fluentui/react-components";
import { ShieldErrorFilled, ShieldRegular, WarningFilled, WarningRegular } from "@fluentui/react-icons";
import type { ReactElement, ReactNode } from "react";
import type { Analysis, Verdict } from "../engine";
import { useCommonStyles } from "./commonStyles";
import { displayText } from "./displayText";
import { useStrings } from "./i18n";
import { StatusCard, type Tone } from "./StatusCard";

const LOOK: Record<Verdict, { tone: Tone; icon: ReactElement }> = {
  dangerous: { tone: "danger", icon: <ShieldErrorFilled /> },
  suspicious: { tone: "warning", icon: <WarningFilled /> },
  caution: { tone: "caution", icon: <WarningRegular /> },
  ok: { tone: "neutral", icon: <ShieldRegular /> },
};

interface VerdictBannerProps {
  analysis: Pick<Analysis, "verdict" | "signals" | "incomplete">;
  /** What the reader can do about it (the Report button), shown at suspicious or worse. */
  action?: ReactNode;
}

/**
 * The verdict in words (headline, advice and the main reason), with an icon and a tint that repeat
 * it. "ok" is neutral, never a reassuring green check, and says when checks are missing.
 */
export function VerdictBanner({ analysis, action }: VerdictBannerProps) {
  const common = useCommonStyles();
  const strings = useStrings().verdict;
  const { verdict, signals } = analysis;
  const incomplete = analysis.incomplete.length > 0;
  const { tone, icon } = LOOK[verdict];
  const text = verdict === "ok" ? (incomplete ? strings.okIncomplete : strings.ok) : strings[verdict];
  const serious = verdict === "suspicious" || verdict === "dangerous";
  return (
    <div data-testid="verdict" data-verdict={verdict}>
      <StatusCard tone={tone} icon={icon} heading={text.headline}>
        {signals.length > 0 && (
          <p className={mergeClasses(common.p, common.strong)}>
            {displayText(strings.mainReason(signals[0].title))}
          </p>
        )}
        <p className={common.p}>{text.advice}</p>
        {incomplete && verdict !== "ok" && <p className={common.p}>{strings.incomplete}</p>}
        {serious && action}
      </StatusCard>
    </div>
  );
}
