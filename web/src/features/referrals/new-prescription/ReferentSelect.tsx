import { Select } from "@mantine/core";
import { useSession } from "../../../api/session";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useReferents } from "./new-prescription-api";

/** The referent (référent·e): a prescriber of the signed-in user's organisation, by default themself. */
export function ReferentSelect({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (userId: string | null) => void;
  error?: unknown;
}) {
  const me = useSession().data?.user;
  const referents = useReferents();
  const options = (referents.data ?? []).map((referent) => ({
    value: referent.id,
    label: referent.id === me?.id ? `${referent.displayName} (vous)` : referent.displayName,
  }));
  return (
    <>
      <Select
        label="Référent·e"
        description="La personne à qui le site et la personne s'adressent pendant le parcours : vous, ou un·e collègue prescripteur·rice de votre structure."
        required
        searchable
        allowDeselect={false}
        nothingFoundMessage="Aucun·e collègue ne correspond."
        data={options}
        disabled={referents.isPending}
        value={value}
        onChange={onChange}
        error={error as string | undefined}
      />
      <ErrorAlert error={referents.error} title="Référent·es indisponibles" />
    </>
  );
}
