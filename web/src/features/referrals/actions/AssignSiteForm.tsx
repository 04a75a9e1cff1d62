import { Select } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useSites } from "../../territory/territory-api";
import { type ReferralDetail, useAssignSite } from "../referrals-api";
import { ActionForm } from "./ActionForm";

/** The lot's operator chooses, among the lot's open sites, the one that will welcome the person. */
export function AssignSiteForm({ referral, onDone }: { referral: ReferralDetail; onDone: () => void }) {
  const assign = useAssignSite(referral.id);
  const sites = useSites({ lotId: referral.lot.id });
  const options = (sites.data ?? [])
    .filter((site) => site.active)
    .map((site) => ({ value: site.id, label: `${site.name} — ${site.commune.name}` }));
  const form = useForm<{ siteId: string | null }>({
    initialValues: { siteId: null },
    validate: { siteId: (value) => (value ? null : "Choisissez un site.") },
  });
  return (
    <ActionForm
      intro={`La demande a été adressée au lot ${referral.lot.name}. Le site choisi la reçoit et peut y répondre.`}
      error={assign.error}
      pending={assign.isPending}
      submitLabel="Choisir ce site"
      onSubmit={form.onSubmit((values) => {
        if (!values.siteId) return;
        assign.mutate(
          { siteId: values.siteId },
          {
            onSuccess: (saved) => {
              notifications.show({
                title: "Site choisi",
                message: `La demande est orientée vers ${saved.site?.name ?? "le site choisi"}.`,
              });
              onDone();
            },
          },
        );
      })}
      onCancel={onDone}
    >
      <ErrorAlert error={sites.error} title="Sites indisponibles" />
      <Select
        label="Site"
        data={options}
        required
        searchable
        disabled={sites.isPending}
        nothingFoundMessage="Aucun site ne correspond."
        {...form.getInputProps("siteId")}
      />
    </ActionForm>
  );
}
