import { useSession } from "../../api/session";
import { HOME_CONTENT } from "./home-content";
import { ProfessionalHome } from "./ProfessionalHome";
import { TraineeHome } from "./TraineeHome";

/** The home page at `/`: one per role. */
export default function HomePage() {
  const user = useSession().data?.user;
  if (!user) return null;
  if (user.role === "trainee") return <TraineeHome user={user} />;
  return <ProfessionalHome user={user} content={HOME_CONTENT[user.role]} />;
}
