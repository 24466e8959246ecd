import { Button } from "@fluentui/react-components";
import { DismissRegular, MegaphoneRegular } from "@fluentui/react-icons";
import type { FeedNotice as Notice } from "../feed/feedSchema";
import { useCommonStyles } from "./commonStyles";
import { useLanguage, useStrings } from "./i18n";
import { StatusCard, type Tone } from "./StatusCard";

const TONE: Record<Notice["severity"], Tone> = { info: "info", warning: "caution", alert: "warning" };

/** A notice is shown only inside its validity window. */
export function noticeInForce(notice: Notice | undefined, now: Date): notice is Notice {
  if (!notice) return false;
  const t = now.getTime();
  return Date.parse(notice.from) <= t && t < Date.parse(notice.until);
}

/** The feed's heightened alert, above the verdict, in the reader's language; dismissed per message. */
export function FeedNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const strings = useStrings();
  const language = useLanguage();
  const common = useCommonStyles();
  return (
    <section aria-label={strings.feed.noticeHeading} data-testid="feed-notice">
      <StatusCard
        tone={TONE[notice.severity]}
        icon={<MegaphoneRegular />}
        heading={strings.feed.noticeHeading}
      >
        <p className={common.p}>{notice.text[language]}</p>
        <Button appearance="subtle" size="small" icon={<DismissRegular />} onClick={onDismiss}>
          {strings.feed.noticeDismiss}
        </Button>
      </StatusCard>
    </section>
  );
}
