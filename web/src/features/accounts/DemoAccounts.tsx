import { Button, Container, Text, Title } from "@mantine/core";
import { ROLE_LABELS } from "../../../../src/domains/accounts/roles";
import { useDemo } from "../../api/demo";
import { DataTable } from "../../ui/DataTable";

/** On a demonstration server only: the demo accounts, one per role, to try Amorce. */
export function DemoAccounts({ onChoose }: { onChoose: (email: string, password: string) => void }) {
  const demo = useDemo().data;
  if (!demo) return null;
  return (
    <Container size={720} px={0} pb="xl">
      <Title order={2} size="h3" mb="xs">
        Comptes de démonstration
      </Title>
      <Text mb="sm">
        Mot de passe de tous les comptes : <strong>{demo.password}</strong>
      </Text>
      <DataTable
        caption="Un compte par rôle"
        rows={demo.accounts}
        rowKey={(account) => account.email}
        columns={[
          { header: "Rôle", cell: (account) => ROLE_LABELS[account.role] },
          { header: "Nom", cell: (account) => account.displayName },
          { header: "E-mail", cell: (account) => account.email },
          {
            header: "Action",
            cell: (account) => (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => onChoose(account.email, demo.password)}
                aria-label={`Utiliser le compte ${ROLE_LABELS[account.role]}`}
              >
                Utiliser
              </Button>
            ),
          },
        ]}
      />
    </Container>
  );
}
