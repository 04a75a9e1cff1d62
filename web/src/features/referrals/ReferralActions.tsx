import { Button, Card, Group, Modal, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type ComponentType, useState } from "react";
import type { ReferralStatus } from "../../../../src/domains/referrals/referral-status";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { AcceptForm } from "./actions/AcceptForm";
import { AppointmentForm } from "./actions/AppointmentForm";
import { AssignSiteForm } from "./actions/AssignSiteForm";
import { EntryForm } from "./actions/EntryForm";
import { RefuseForm } from "./actions/RefuseForm";
import { useTransition } from "./actions/use-transition";
import { WaitingListForm } from "./actions/WaitingListForm";
import { WithdrawForm } from "./actions/WithdrawForm";
import type { ReferralDetail } from "./referrals-api";

type FormProps = { referral: ReferralDetail; onDone: () => void };
type Action = {
  label: string;
  /** The form, in a dialog; none: the change is made at once. */
  form?: ComponentType<FormProps>;
  danger?: boolean;
};

function InformationSessionForm(props: FormProps) {
  return <AppointmentForm {...props} to="information_session" />;
}

function AdmissionInterviewForm(props: FormProps) {
  return <AppointmentForm {...props} to="admission_interview" />;
}

/** The button, and its form, for each status a person may move a referral to (the expiry is the system's). */
const ACTIONS: Partial<Record<ReferralStatus, Action>> = {
  under_review: { label: "Prendre en charge" },
  information_session: { label: "Inviter en information collective", form: InformationSessionForm },
  admission_interview: { label: "Inviter en entretien de positionnement", form: AdmissionInterviewForm },
  waiting_list: { label: "Mettre sur liste d'attente", form: WaitingListForm },
  accepted: { label: "Accepter", form: AcceptForm },
  entered: { label: "Confirmer l'entrée", form: EntryForm },
  refused: { label: "Refuser", form: RefuseForm, danger: true },
  withdrawn: { label: "Retirer la demande", form: WithdrawForm, danger: true },
};

const ASSIGN_SITE: Action = { label: "Choisir le site", form: AssignSiteForm };

/** What the caller may do now, as the API says (`allowedTransitions`, `mayAssignSite`). */
export function ReferralActions({ referral }: { referral: ReferralDetail }) {
  const [open, setOpen] = useState<Action | null>(null);
  const phone = useMediaQuery("(max-width: 48em)");
  const close = () => setOpen(null);
  const direct = useTransition(referral, close);
  const available: { action: Action; to?: ReferralStatus }[] = [
    ...(referral.mayAssignSite ? [{ action: ASSIGN_SITE }] : []),
    ...referral.allowedTransitions.flatMap((to) => {
      const action = ACTIONS[to];
      return action ? [{ action, to }] : [];
    }),
  ];
  if (available.length === 0) return null;
  const Form = open?.form;

  return (
    <Card withBorder component="section" aria-labelledby="actions">
      <Title order={2} size="h3" id="actions" mb="xs">
        Actions
      </Title>
      <Text size="sm" mb="sm">
        Ce que vous pouvez faire à cette étape. Chaque action est inscrite dans l'historique.
      </Text>
      <ErrorAlert error={direct.change.error} title="Action impossible" />
      <Group gap="sm">
        {available.map(({ action, to }) => (
          <Button
            key={action.label}
            variant={action.danger ? "outline" : "filled"}
            color={action.danger ? "red.9" : "region"}
            loading={!action.form && direct.change.isPending}
            onClick={() => (action.form ? setOpen(action) : to && direct.send({ to }))}
          >
            {action.label}
          </Button>
        ))}
      </Group>
      <Modal opened={open !== null} onClose={close} title={open?.label} size="lg" fullScreen={phone}>
        {Form && <Form referral={referral} onDone={close} />}
      </Modal>
    </Card>
  );
}
