import { Checkbox, Select, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  REFUSAL_REASON_DETAILS,
  REFUSAL_REASONS,
  type RefusalReason,
} from "../../../../../src/domains/referrals/referral-status";
import type { ReferralDetail } from "../referrals-api";
import { ActionForm } from "./ActionForm";
import { useTransition } from "./use-transition";

const REASON_OPTIONS = REFUSAL_REASONS.map((reason) => ({
  value: reason,
  label: REFUSAL_REASON_DETAILS[reason].label,
}));

type RefuseValues = { reason: RefusalReason | null; share: boolean; text: string };

/**
 * Refuses the referral with a reason from the list; the site chooses whether the prescriber learns it
 * (never for a health or personal situation), and spells out « Autre motif ».
 */
export function RefuseForm({ referral, onDone }: { referral: ReferralDetail; onDone: () => void }) {
  const { send, change } = useTransition(referral, onDone);
  const form = useForm<RefuseValues>({
    initialValues: { reason: null, share: false, text: "" },
    validate: {
      reason: (value) => (value ? null : "Choisissez le motif du refus."),
      text: (value, values) =>
        values.reason === "other" && !value.trim() ? "Précisez le motif du refus." : null,
    },
  });
  const reason = form.values.reason;
  const shareable = reason !== null && REFUSAL_REASON_DETAILS[reason].mayShareWithPrescriber;
  return (
    <ActionForm
      intro="La personne est prévenue par e-mail, sans le motif. Le prescripteur voit le refus, et le motif seulement si vous le lui communiquez."
      error={change.error}
      pending={change.isPending}
      submitLabel="Refuser la demande"
      onSubmit={form.onSubmit((values) =>
        send({
          to: "refused",
          refusalReason: values.reason ?? undefined,
          shareWithPrescriber: shareable && values.share,
          reasonText: values.text.trim() || null,
        }),
      )}
      onCancel={onDone}
    >
      <Select
        label="Motif du refus"
        data={REASON_OPTIONS}
        required
        {...form.getInputProps("reason")}
        onChange={(value) =>
          form.setValues({
            reason: value as RefusalReason | null,
            share:
              value !== null &&
              REFUSAL_REASON_DETAILS[value as RefusalReason].mayShareWithPrescriber &&
              form.values.share,
          })
        }
      />
      <Checkbox
        label="Communiquer le motif au prescripteur"
        description={
          reason !== null && !shareable
            ? "Ce motif reste au site : il ne peut pas être communiqué au prescripteur."
            : "Le motif et les précisions ci-dessous seront visibles par la structure prescriptrice."
        }
        disabled={!shareable}
        {...form.getInputProps("share", { type: "checkbox" })}
      />
      <Textarea
        label={reason === "other" ? "Précisez le motif" : "Précisions (facultatif)"}
        required={reason === "other"}
        autosize
        minRows={2}
        maxLength={1000}
        {...form.getInputProps("text")}
      />
    </ActionForm>
  );
}
