import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { roleMay } from "../../../../src/domains/authorization/policies";
import { useSession } from "../../api/session";
import { formatDateTime } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { type ProgrammeRulesVersion, useProgrammeRules, useRuleVersions } from "./programme-rules-api";
import { RulesForm } from "./RulesForm";
import { ruleSentences } from "./rule-texts";

/** Who saved a version, when, and why; version 0 is the spec's. */
function versionLine(version: ProgrammeRulesVersion): string {
  if (version.version === 0) return "Les règles par défaut du cahier des charges.";
  return `${formatDateTime(version.createdAt)} — ${version.createdBy?.displayName ?? "—"}`;
}

/** `/regles-du-programme`: the rules in force, the Region's form to change them, and every version. */
export default function ProgrammeRulesPage() {
  const session = useSession();
  const current = useProgrammeRules();
  const versions = useRuleVersions();
  const [editing, setEditing] = useState(false);
  const role = session.data?.user?.role;
  const mayEdit = role !== undefined && roleMay(role, "manage", "ProgrammeRules");
  const rules = current.data;
  return (
    <>
      <PageTitle>Règles du programme</PageTitle>
      <Alert color="blue" mb="md" title="Une modification s'applique aux plans construits ensuite">
        Chaque plan de parcours est vérifié avec les règles en vigueur quand sa première version a été
        enregistrée, y compris lors de ses révisions. Les nouvelles règles valent pour les plans construits
        après leur enregistrement.
      </Alert>
      <ErrorAlert error={current.error ?? versions.error} />
      {current.isPending && <PageLoader />}
      {rules && (
        <Stack gap="lg">
          {editing ? (
            <Card withBorder component="section" aria-labelledby="modifier-regles">
              <Title order={2} size="h3" id="modifier-regles" mb="sm">
                Modifier les règles (version {rules.version + 1})
              </Title>
              <RulesForm current={rules} onDone={() => setEditing(false)} />
            </Card>
          ) : (
            <Card withBorder component="section" aria-labelledby="regles-en-vigueur">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h3" id="regles-en-vigueur">
                  Règles en vigueur : version {rules.version}
                </Title>
                {mayEdit && <Button onClick={() => setEditing(true)}>Modifier les règles</Button>}
              </Group>
              <List spacing={4}>
                {ruleSentences(rules.rules).map((sentence) => (
                  <List.Item key={sentence}>{sentence}</List.Item>
                ))}
              </List>
            </Card>
          )}
          <Card withBorder component="section" aria-labelledby="versions-regles">
            <Title order={2} size="h3" id="versions-regles" mb="sm">
              Versions des règles
            </Title>
            <Stack
              component="ol"
              gap="sm"
              m={0}
              pl="lg"
              aria-label="Versions des règles, de la plus récente à la première"
            >
              {versions.data?.items.map((version) => (
                <li key={version.version}>
                  <Group gap="xs">
                    <Text fw={600}>Version {version.version}</Text>
                    {version.version === rules.version && (
                      <Badge variant="outline" color="green.9" c="dark.7">
                        En vigueur
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">{versionLine(version)}</Text>
                  {version.note && (
                    <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                      Pourquoi : {version.note}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          </Card>
        </Stack>
      )}
    </>
  );
}
