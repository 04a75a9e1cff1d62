import { Card, List, Text, Title } from "@mantine/core";
import { ROLE_LABELS } from "../../../../src/domains/accounts/roles";
import type { Me } from "../../api/session";
import { PageTitle } from "../../ui/PageTitle";
import type { HomeContent } from "./home-content";
import { Shortcuts } from "./Shortcuts";

/** A professional's home: who they are, what they can do now, and the way to each page. */
export function ProfessionalHome({ user, content }: { user: Me; content: HomeContent }) {
  return (
    <>
      <PageTitle>{content.title}</PageTitle>
      <Text size="lg" mb="md">
        Bonjour {user.displayName}. {content.intro}
      </Text>
      <Card withBorder mb="lg" component="section" aria-labelledby="mon-role">
        <Title order={2} size="h4" id="mon-role" mb="xs">
          Votre rôle
        </Title>
        <Text>
          {ROLE_LABELS[user.role]}
          {user.organisation ? ` — ${user.organisation.name} (${user.organisation.code})` : ""}
        </Text>
        {user.role === "territorial_officer" && (
          <Text mt="xs">
            {user.lotIds.length === 0
              ? "Aucun lot ne vous est encore attribué."
              : `Vous suivez ${user.lotIds.length} lot${user.lotIds.length > 1 ? "s" : ""}.`}
          </Text>
        )}
      </Card>
      <Title order={2} size="h3" mb="xs">
        Ce que vous pouvez faire
      </Title>
      <List mb="lg">
        {content.abilities.map((ability) => (
          <List.Item key={ability}>{ability}</List.Item>
        ))}
      </List>
      <Shortcuts role={user.role} />
    </>
  );
}
