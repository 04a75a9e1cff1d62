import { Anchor, List, Stack, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { Facts } from "../Facts";
import { RecordLink } from "../RecordLink";
import { SitesTable } from "../sites/SitesTable";
import { EditButton, TerritoryFrame } from "../TerritoryFrame";
import { useOrganisation, useSites } from "../territory-api";
import { departmentLabel, kindLabel, networkLabel } from "./organisation-labels";

/** `/territoire/organisations/:id`: an organisation's kind, network, consortium, members and sites. */
export default function OrganisationPage() {
  const { id } = useParams();
  const organisation = useOrganisation(id);
  const sites = useSites({ organisationId: id }, Boolean(id));
  const o = organisation.data;
  return (
    <TerritoryFrame
      title={o?.name ?? "Organisation"}
      action={<EditButton to={`/territoire/organisations/${id}/modifier`} label="Modifier l'organisation" />}
      isPending={organisation.isPending}
      error={organisation.error ?? sites.error}
    >
      {o && (
        <Stack gap="lg">
          <Facts
            facts={[
              { label: "Type", value: kindLabel(o) },
              { label: "Code", value: o.code },
              ...(o.kind === "prescriber" ? [{ label: "Réseau", value: networkLabel(o) }] : []),
              { label: "SIRET", value: o.siret ?? "—" },
              { label: "Département", value: departmentLabel(o.department) },
              {
                label: "Membre du groupement",
                value: <RecordLink kind="organisation" record={o.consortium} />,
              },
              ...(o.kind === "consortium"
                ? [{ label: "Chef de file", value: <RecordLink kind="organisation" record={o.leadMember} /> }]
                : []),
              { label: "État", value: o.active ? "Active" : "Inactive" },
            ]}
          />
          {o.members.length > 0 && (
            <section aria-labelledby="organisation-members">
              <Title order={2} size="h3" id="organisation-members" mb="xs">
                Membres du groupement
              </Title>
              <List>
                {o.members.map((member) => (
                  <List.Item key={member.id}>
                    <Anchor component={Link} to={`/territoire/organisations/${member.id}`}>
                      {member.name}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </section>
          )}
          {(o.kind === "training_organisation" || o.kind === "consortium") && (
            <SitesTable caption="Sites de l'organisation" sites={sites.data ?? []} />
          )}
        </Stack>
      )}
    </TerritoryFrame>
  );
}
