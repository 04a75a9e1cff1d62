import { Badge, Group } from "@mantine/core";
import {
  REFERRAL_STATUS_LABELS,
  type ReferralStatus,
} from "../../../../src/domains/referrals/referral-status";
import type { ReferralSummary } from "./referrals-api";

/** Dark shades, outlined: their text stays above AA contrast on white. */
const STATUS_COLOURS: Record<ReferralStatus, string> = {
  sent: "region",
  under_review: "region",
  information_session: "region",
  admission_interview: "region",
  waiting_list: "violet.9",
  accepted: "teal.9",
  entered: "teal.9",
  refused: "gray.8",
  withdrawn: "gray.8",
  expired: "gray.8",
};

/** Long labels wrap rather than being cut, and keep their case. */
const WRAPPING = {
  root: { height: "auto", textTransform: "none" },
  label: { whiteSpace: "normal" },
} as const;

/** The status in words, « Sans réponse dans le délai » when flagged (after `REFERRAL_UNANSWERED_DAYS`), and the rank on the waiting list. */
export function ReferralBadges({
  referral,
}: {
  referral: Pick<ReferralSummary, "status" | "unanswered" | "waitingListPosition">;
}) {
  return (
    <Group gap={4} component="span">
      <Badge color={STATUS_COLOURS[referral.status]} variant="outline" styles={WRAPPING}>
        {REFERRAL_STATUS_LABELS[referral.status]}
        {referral.waitingListPosition !== null && ` (n° ${referral.waitingListPosition})`}
      </Badge>
      {referral.unanswered && (
        <Badge color="red.9" variant="outline" styles={WRAPPING}>
          Sans réponse dans le délai
        </Badge>
      )}
    </Group>
  );
}
