import { Text } from "@mantine/core";
import { roleMay } from "../../../../src/domains/authorization/policies";
import { useSession } from "../../api/session";
import { useAmbassadorSessions } from "./alumni-api";

/**
 * Beside an information session on the site's page: how many ambassadors the training organisation
 * invited, and how many are coming. Nothing for those who do not see ambassadors, or when none is invited.
 */
export function SessionAmbassadors({ sessionId }: { sessionId: string }) {
  const role = useSession().data?.user?.role;
  const allowed = role !== undefined && roleMay(role, "read", "Ambassador");
  const sessions = useAmbassadorSessions(allowed);
  const session = sessions.data?.items.find((item) => item.id === sessionId);
  if (!session || session.invited === 0) return null;
  const invited = `${session.invited} invité${session.invited > 1 ? "s" : ""}`;
  const coming = `${session.accepted} ${session.accepted > 1 ? "viennent" : "vient"}`;
  return <Text size="sm">{`Ambassadeurs : ${invited}, ${coming}`}</Text>;
}
