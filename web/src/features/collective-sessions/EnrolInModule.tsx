import { Button, Group, Select } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { MODULE_LABELS, MODULES, type Module } from "../../../../src/domains/programme-rules/programme-rules";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { useEnrolInModule } from "./sessions-api";

/** « Inscrire à toutes les séances à venir du module »: one click instead of one per session. */
export function EnrolInModule({ pathwayId }: { pathwayId: string }) {
  const [module, setModule] = useState<Module>("dynamisation");
  const enrol = useEnrolInModule(pathwayId);
  const send = () =>
    enrol.mutate(module, {
      onSuccess: ({ enrolled, full }) =>
        notifications.show({
          title: "Inscriptions enregistrées",
          message: `${enrolled} séance${enrolled > 1 ? "s" : ""} de ${MODULE_LABELS[module]}${
            full > 0 ? ` ; ${full} complète${full > 1 ? "s" : ""}, sans inscription` : ""
          }.`,
        }),
    });
  return (
    <>
      <ErrorAlert error={enrol.error} title="Inscriptions non enregistrées" />
      <Group align="flex-end" mb="md" wrap="wrap">
        <Select
          label="Module"
          data={MODULES.map((value) => ({ value, label: MODULE_LABELS[value] }))}
          value={module}
          onChange={(value) => value && setModule(value as Module)}
          allowDeselect={false}
          maw={280}
        />
        <Button variant="default" onClick={send} loading={enrol.isPending}>
          Inscrire à toutes les séances à venir du module
        </Button>
      </Group>
    </>
  );
}
