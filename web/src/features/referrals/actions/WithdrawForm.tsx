import { Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { ReferralDetail } from "../referrals-api";
import { ActionForm } from "./ActionForm";
import { useTransition } from "./use-transition";

/** The prescriber withdraws the referral, and says why: the site reads it in the history. */
export function WithdrawForm({ referral, onDone }: { referral: ReferralDetail; onDone: () => void }) {
  const { send, change } = useTransition(referral, onDone);
  const form = useForm({
    initialValues: { reason: "" },
    validate: { reason: (value) => (value.trim() ? null : "Indiquez le motif du retrait.") },
  });
  return (
    <ActionForm
      intro="La demande est close et le site en est informé. Le motif apparaîtra dans l'historique."
      error={change.error}
      pending={change.isPending}
      submitLabel="Retirer la demande"
      onSubmit={form.onSubmit((values) => send({ to: "withdrawn", reasonText: values.reason.trim() }))}
      onCancel={onDone}
    >
      <Textarea
        label="Motif du retrait"
        required
        autosize
        minRows={3}
        maxLength={1000}
        {...form.getInputProps("reason")}
      />
    </ActionForm>
  );
}
