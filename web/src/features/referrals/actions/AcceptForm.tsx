import { Alert, Button, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { ApiError } from "../../../api/client";
import { parisToday } from "../../../ui/dates";
import type { ReferralDetail } from "../referrals-api";
import { ActionForm } from "./ActionForm";
import { useTransition } from "./use-transition";

/**
 * Accepts the person with a planned entry date, any day of the week. A full site refuses (409): the
 * form then offers the waiting list, when the referral may go there.
 */
export function AcceptForm({ referral, onDone }: { referral: ReferralDetail; onDone: () => void }) {
  const { send, change } = useTransition(referral, onDone);
  const form = useForm({
    initialValues: { entryDate: parisToday() },
    validate: { entryDate: (value) => (value ? null : "Indiquez la date d'entrée prévue.") },
  });
  const full = change.error instanceof ApiError && change.error.status === 409;
  const mayWait = referral.allowedTransitions.includes("waiting_list");
  return (
    <ActionForm
      intro="Une place du site est réservée à la personne jusqu'à son entrée. Elle et le prescripteur en sont informés."
      error={change.error}
      pending={change.isPending}
      submitLabel="Accepter"
      onSubmit={form.onSubmit((values) => send({ to: "accepted", entryDate: values.entryDate }))}
      onCancel={onDone}
      afterError={
        full &&
        mayWait && (
          <Alert color="gray" title="Le site n'a pas de place pour elle">
            <Button variant="outline" onClick={() => send({ to: "waiting_list" })} loading={change.isPending}>
              Mettre sur liste d'attente
            </Button>
          </Alert>
        )
      }
    >
      <TextInput
        label="Date d'entrée prévue"
        description="Les entrées sont permanentes : tous les jours de la semaine sont possibles."
        type="date"
        required
        {...form.getInputProps("entryDate")}
      />
    </ActionForm>
  );
}
