import { roleMay } from "../../../../src/domains/authorization/policies";
import { useSession } from "../../api/session";
import { FollowedReferrals } from "./FollowedReferrals";
import { ReceivedReferrals } from "./ReceivedReferrals";
import { SentReferrals } from "./SentReferrals";

/**
 * `/prescriptions`, worded for each role: a training organisation's inbox, a prescriber's follow-up,
 * the Region's or an officer's reading.
 */
export default function ReferralsPage() {
  const user = useSession().data?.user;
  if (!user) return null;
  if (roleMay(user.role, "answer", "Referral")) return <ReceivedReferrals />;
  if (roleMay(user.role, "create", "Referral")) {
    return <SentReferrals organisationName={user.organisation?.name ?? null} />;
  }
  return <FollowedReferrals officer={user.role === "territorial_officer"} />;
}
