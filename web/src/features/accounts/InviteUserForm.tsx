import { Button, Group, MultiSelect, Select, Stack, Text, TextInput } from "@mantine/core";
import { type UseFormReturnType, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  ROLE_ORGANISATION_KIND,
  type Role,
  roleFitsOrganisation,
} from "../../../../src/domains/accounts/roles";
import { useOrganisations } from "../../api/organisations";
import type { Me } from "../../api/session";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { useLots } from "../territory/territory-api";
import { grantableRoleOptions } from "./grantable-roles";
import { useInviteUser } from "./users-api";
import { emailValidator } from "./validators";

type InviteValues = {
  email: string;
  displayName: string;
  role: Role | null;
  organisationId: string | null;
  lotIds: string[];
};

/**
 * Invites a person: they receive an e-mail to choose their password. The Region's administrator picks
 * the organisation; an organisation's administrator invites into their own. A territorial officer is
 * given the lots they follow.
 */
export function InviteUserForm({ actor, onDone }: { actor: Me; onDone: () => void }) {
  const picksOrganisation = actor.role === "region_admin";
  const organisations = useOrganisations(picksOrganisation);
  const invite = useInviteUser();
  const form = useForm<InviteValues>({
    initialValues: { email: "", displayName: "", role: null, organisationId: null, lotIds: [] },
    validate: {
      email: emailValidator,
      displayName: (value) => (value.trim() ? null : "Indiquez le nom de la personne."),
      role: (value) => (value ? null : "Choisissez un rôle."),
      organisationId: (value, values) =>
        picksOrganisation && needsOrganisation(values.role) && !value ? "Choisissez une organisation." : null,
      lotIds: (value, values) =>
        followsLots(values.role) && value.length === 0 ? "Choisissez au moins un lot suivi." : null,
    },
  });
  const role = form.values.role;
  const organisationOptions = (organisations.data ?? [])
    .filter((organisation) => role !== null && roleFitsOrganisation(role, organisation.kind))
    .map((organisation) => ({
      value: organisation.id,
      label: `${organisation.name} (${organisation.code})`,
    }));

  const submit = form.onSubmit((values) => {
    if (!values.role) return;
    const organisationId = !needsOrganisation(values.role)
      ? null
      : picksOrganisation
        ? values.organisationId
        : (actor.organisation?.id ?? null);
    invite.mutate(
      {
        email: values.email,
        displayName: values.displayName,
        role: values.role,
        organisationId,
        ...(followsLots(values.role) ? { lotIds: values.lotIds } : {}),
      },
      {
        onSuccess: () => {
          notifications.show({
            title: "Invitation envoyée",
            message: `${values.displayName} va recevoir un e-mail pour choisir son mot de passe.`,
          });
          onDone();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          La personne recevra un e-mail avec un lien pour choisir son mot de passe. Les champs marqués d'un
          astérisque (*) sont obligatoires.
        </Text>
        <ErrorAlert error={invite.error} title="Invitation impossible" />
        <TextInput label="Nom et prénom" required autoComplete="off" {...form.getInputProps("displayName")} />
        <TextInput
          label="Adresse e-mail"
          type="email"
          required
          autoComplete="off"
          {...form.getInputProps("email")}
        />
        <Select
          label="Rôle"
          required
          data={grantableRoleOptions(actor.role)}
          {...form.getInputProps("role")}
          onChange={(value) =>
            form.setValues({ role: value as Role | null, organisationId: null, lotIds: [] })
          }
        />
        {picksOrganisation && needsOrganisation(role) && (
          <Select
            label="Organisation"
            required
            searchable
            nothingFoundMessage="Aucune organisation ne correspond."
            data={organisationOptions}
            disabled={organisations.isPending}
            {...form.getInputProps("organisationId")}
          />
        )}
        <ErrorAlert error={organisations.error} title="Organisations indisponibles" />
        {followsLots(role) && <FollowedLotsField form={form} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuler
          </Button>
          <Button type="submit" loading={invite.isPending}>
            Envoyer l'invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function needsOrganisation(role: Role | null): boolean {
  return role !== null && ROLE_ORGANISATION_KIND[role] !== null;
}

function followsLots(role: Role | null): boolean {
  return role === "territorial_officer";
}

/** The lots a territorial officer follows, loaded only once that role is chosen. */
function FollowedLotsField({ form }: { form: UseFormReturnType<InviteValues> }) {
  const lots = useLots();
  const options = (lots.data ?? [])
    .toSorted((a, b) => a.code.localeCompare(b.code, "fr"))
    .map((lot) => ({ value: lot.id, label: `${lot.code} — ${lot.name}` }));
  return (
    <>
      <MultiSelect
        label="Lots suivis"
        required
        searchable
        nothingFoundMessage="Aucun lot ne correspond."
        data={options}
        disabled={lots.isPending}
        {...form.getInputProps("lotIds")}
      />
      <ErrorAlert error={lots.error} title="Lots indisponibles" />
    </>
  );
}
