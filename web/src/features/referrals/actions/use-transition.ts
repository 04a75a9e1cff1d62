import { notifications } from "@mantine/notifications";
import { REFERRAL_STATUS_LABELS } from "../../../../../src/domains/referrals/referral-status";
import { personName } from "../../../ui/person-name";
import { type ReferralDetail, type TransitionInput, useChangeStatus } from "../referrals-api";

/** Sends a change of status; once saved, says so and closes the form (the detail shows the answer). */
export function useTransition(referral: ReferralDetail, onDone: () => void) {
  const change = useChangeStatus(referral.id);
  const send = (input: TransitionInput) =>
    change.mutate(input, {
      onSuccess: (saved) => {
        notifications.show({
          title: "Demande mise à jour",
          message: `${personName(saved.person)} : ${REFERRAL_STATUS_LABELS[saved.status].toLowerCase()}.`,
        });
        onDone();
      },
    });
  return { send, change };
}
