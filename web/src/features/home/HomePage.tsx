import { useSession } from "../../api/session";
import { TraineeSpace } from "../trainee-space/TraineeSpace";
import { HOME_CONTENT } from "./home-content";
import { ProfessionalHome } from "./ProfessionalHome";

/** The home page at `/`: one per role. */
export default function HomePage() {
  const user = useSession().data?.user;
  if (!user) return null;
  if (user.role === "trainee") return <TraineeSpace user={user} />;
  return <ProfessionalHome user={user} content={HOME_CONTENT[user.role]} />;
}
