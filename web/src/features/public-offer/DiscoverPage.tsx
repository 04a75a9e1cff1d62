import { Button, Group, List, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useBranding } from "../../api/branding";
import { PublicPage } from "./PublicPage";
import { SelfCheck } from "./SelfCheck";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title order={2} id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** `/decouvrir`: the programme in plain French, for anyone, and the « Est-ce pour moi ? » check. */
export default function DiscoverPage() {
  const regionName = useBranding().data?.regionName ?? "Région";
  return (
    <PublicPage title="Découvrir Amorce de Parcours">
      <Stack gap="xl">
        <Text size="xl">
          Amorce de Parcours est un parcours de formation. Il vous aide à trouver votre projet professionnel,
          puis à entrer en formation ou en emploi.
        </Text>
        <Group>
          <Button component={Link} to="/trouver-un-site" size="lg">
            Trouver un site près de chez moi
          </Button>
          <Button component="a" href="#est-ce-pour-moi" variant="default" size="lg">
            Est-ce pour moi ?
          </Button>
        </Group>

        <Section id="pour-qui" title="Pour qui ?">
          <Text>Pour les personnes qui cherchent un emploi, quel que soit leur âge.</Text>
          <Text>
            Surtout si trouver un travail ou une formation est difficile pour vous en ce moment. Pas besoin de
            diplôme.
          </Text>
        </Section>

        <Section id="comment" title="Comment ça se passe ?">
          <List spacing="xs">
            <List.Item>Environ 450 heures, sur 3 à 4 mois, en journée.</List.Item>
            <List.Item>En petit groupe, avec un suivi personnel.</List.Item>
            <List.Item>
              3 temps : reprendre confiance et se remettre en route, découvrir des métiers et choisir son
              projet, puis préparer la suite.
            </List.Item>
            <List.Item>3 stages en entreprise, pour essayer des métiers.</List.Item>
            <List.Item>
              Une aide pour ce qui peut bloquer : transport, logement, santé, garde d'enfants, argent,
              démarches, numérique, langue.
            </List.Item>
            <List.Item>Vous pouvez commencer à tout moment de l'année.</List.Item>
          </List>
        </Section>

        <Section id="cout" title="Combien ça coûte ?">
          <Text>Rien : le parcours est gratuit pour vous. Il est financé par la {regionName}.</Text>
          <Text>
            Votre statut pendant le parcours, et une éventuelle rémunération, dépendent de votre situation. Le
            site ou votre conseiller vous l'explique.
          </Text>
        </Section>

        <Section id="entrer" title="Comment y entrer ?">
          <List spacing="xs">
            <List.Item>
              Par votre conseiller : France Travail, Mission Locale, Cap emploi, ou une autre structure qui
              vous accompagne. Il peut vous inscrire.
            </List.Item>
            <List.Item>
              Par vous-même : choisissez un site et envoyez votre demande en ligne, sans créer de compte. Le
              site vous recontacte.
            </List.Item>
          </List>
          <Group>
            <Button component={Link} to="/trouver-un-site" size="lg">
              Trouver un site près de chez moi
            </Button>
            <Button component={Link} to="/candidater" variant="default" size="lg">
              Envoyer ma demande
            </Button>
          </Group>
        </Section>

        <SelfCheck />
      </Stack>
    </PublicPage>
  );
}
