import { Card, List, Text, Title } from "@mantine/core";
import { progressSentence } from "../../../../src/domains/skills/progress-sentence";
import type { PathwaySummary } from "../pathways/pathways-api";
import { useSkills } from "./skills-api";

/** « Mes progrès »: the trainee's skills in plain words, where they started and where they are. */
export default function MyProgressSection({ pathway }: { pathway: PathwaySummary }) {
  const skills = useSkills(pathway.id);
  const sentences = (skills.data?.domains ?? []).map(progressSentence).filter((line) => line !== null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-progress">
      <Title order={2} size="h3" mb="xs" id="my-progress">
        Mes progrès
      </Title>
      {skills.isError && <Text size="lg">Vos progrès ne peuvent pas s'afficher pour le moment.</Text>}
      {skills.data && sentences.length === 0 && (
        <Text size="lg">
          Au début de votre parcours, vous ferez le point sur vos compétences avec votre formateur ou votre
          formatrice. Vous verrez ici vos progrès.
        </Text>
      )}
      {sentences.length > 0 && (
        <List size="lg" spacing="xs">
          {sentences.map((sentence) => (
            <List.Item key={sentence}>{sentence}</List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
