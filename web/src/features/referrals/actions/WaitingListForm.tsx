import type { ReferralDetail } from "../referrals-api";
import { ActionForm } from "./ActionForm";
import { useTransition } from "./use-transition";

/** Puts the person on the site's waiting list, after a word on what that means. */
export function WaitingListForm({ referral, onDone }: { referral: ReferralDetail; onDone: () => void }) {
  const { send, change } = useTransition(referral, onDone);
  return (
    <ActionForm
      intro="La personne prend la dernière place de la liste d'attente du site : les places qui se libèrent sont proposées dans l'ordre. Elle et le prescripteur en sont informés."
      error={change.error}
      pending={change.isPending}
      submitLabel="Mettre sur liste d'attente"
      onSubmit={(event) => {
        event?.preventDefault();
        send({ to: "waiting_list" });
      }}
      onCancel={onDone}
    />
  );
}
