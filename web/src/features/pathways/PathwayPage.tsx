import { Anchor, Badge, Box, Group, Tabs } from "@mantine/core";
import { Suspense } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { personName } from "../../ui/person-name";
import { PathwayStateBadge } from "./PathwayStateBadge";
import { PATHWAY_SECTIONS } from "./pathway-sections";
import { usePathway } from "./pathways-api";

/** `/parcours/:id`: one trainee's pathway, one tab per part (plan, attendance, barriers, internships…). */
export default function PathwayPage() {
  const { id } = useParams();
  const [search, setSearch] = useSearchParams();
  const pathway = usePathway(id);
  const p = pathway.data;
  const current =
    PATHWAY_SECTIONS.find((section) => section.slug === search.get("onglet")) ?? PATHWAY_SECTIONS[0];
  return (
    <>
      <Anchor component={Link} to="/parcours" size="sm" mb="xs" display="inline-block">
        Tous les parcours
      </Anchor>
      <Box style={{ overflowWrap: "anywhere" }}>
        <PageTitle>{p ? `Parcours de ${personName(p.person)}` : "Parcours"}</PageTitle>
      </Box>
      <ErrorAlert error={pathway.error} />
      {pathway.isPending && <PageLoader />}
      {p && current && (
        <>
          <Group gap="xs" mb="md">
            <PathwayStateBadge state={p.state} />
            <Badge variant="outline">{p.site.name}</Badge>
          </Group>
          <Tabs
            value={current.slug}
            onChange={(slug) => setSearch(slug ? { onglet: slug } : {}, { replace: true })}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              {PATHWAY_SECTIONS.map((section) => (
                <Tabs.Tab key={section.slug} value={section.slug}>
                  {section.label}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {PATHWAY_SECTIONS.map((section) => (
              <Tabs.Panel key={section.slug} value={section.slug}>
                <Suspense fallback={<PageLoader />}>
                  <section.panel pathway={p} />
                </Suspense>
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      )}
    </>
  );
}
