import { Button, Group, List, Text } from "@mantine/core";
import {
  SIGNATORY_PARTY_LABELS,
  type SignatoryParty,
} from "../../../../src/domains/internships/internship-vocabulary";
import { formatDateTime } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { type InternshipItem, useResendLink } from "./internships-api";

/** The four signatures: who signed when, who is awaited (and a new link for them). */
export function SignatureProgress({
  pathwayId,
  internship,
  manage,
}: {
  pathwayId: string;
  internship: InternshipItem;
  manage: boolean;
}) {
  const resend = useResendLink(pathwayId, internship.id);
  const signed = internship.signatures.filter((signature) => signature.signedAt).length;
  const listId = `signatures-${internship.id}`;
  return (
    <div>
      <Text fw={600} id={listId}>
        Signatures : {signed} sur {internship.signatures.length}
      </Text>
      <List aria-labelledby={listId} spacing={4}>
        {internship.signatures.map((signature) => (
          <List.Item key={signature.party}>
            <Group gap="xs">
              <Text size="sm">
                {SIGNATORY_PARTY_LABELS[signature.party]} ({signature.signerName}) :{" "}
                {signature.signedAt
                  ? `signé le ${formatDateTime(signature.signedAt)}`
                  : `en attente (lien valable jusqu'au ${formatDateTime(signature.expiresAt)}${signature.remindersSent ? `, ${signature.remindersSent} relance${signature.remindersSent > 1 ? "s" : ""}` : ""})`}
              </Text>
              {manage && internship.status === "awaiting_signatures" && !signature.signedAt && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  loading={resend.isPending && resend.variables === signature.party}
                  onClick={() => resend.mutate(signature.party as SignatoryParty)}
                  aria-label={`Renvoyer un lien à ${signature.signerName}`}
                >
                  Renvoyer un lien
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      {resend.isSuccess && <Text size="sm">Nouveau lien envoyé ; l'ancien ne fonctionne plus.</Text>}
      <ErrorAlert error={resend.error} title="Lien non renvoyé" />
    </div>
  );
}
