import { Button, Group } from "@mantine/core";
import { IconPencil, IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { roleMay } from "../../../../src/domains/authorization/policies";
import { useSession } from "../../api/session";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { TerritoryNav } from "./TerritoryNav";

/** Whether the signed-in user may edit the territory (the Region's administrator, per the policies). */
export function useCanManageTerritory(): boolean {
  const role = useSession().data?.user?.role;
  return role !== undefined && roleMay(role, "manage", "Territory");
}

/** A territory page: its title, the sections' links, an optional action, then the content or its state. */
export function TerritoryFrame({
  title,
  action,
  isPending = false,
  error = null,
  children,
}: {
  title: string;
  action?: ReactNode;
  isPending?: boolean;
  error?: unknown;
  children?: ReactNode;
}) {
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{title}</PageTitle>
        {action}
      </Group>
      <TerritoryNav />
      <ErrorAlert error={error} title="Données indisponibles" />
      {isPending ? <PageLoader /> : !error && children}
    </>
  );
}

/** « Nouveau … » or « Modifier », for the Region's administrator only. */
export function EditButton({ to, label, create = false }: { to: string; label: string; create?: boolean }) {
  if (!useCanManageTerritory()) return null;
  const Icon = create ? IconPlus : IconPencil;
  return (
    <Button component={Link} to={to} leftSection={<Icon size={18} aria-hidden />}>
      {label}
    </Button>
  );
}
