import { Alert, Button, FileInput, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDownload, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import type { ImportResult } from "../../../../src/domains/territory/territory.schemas";
import { ApiError } from "../../api/client";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { exportTerritory, useImportTerritory } from "./territory-api";

const SECTIONS: Record<keyof ImportResult, string> = {
  basins: "Bassins d'emploi",
  lots: "Lots",
  organisations: "Organisations",
  sites: "Sites",
};

/** Downloads `data` as a JSON file named `name`. */
function download(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}

/** The problems an import reported, in French, one a line. */
function problemsOf(error: unknown): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.map((problem) =>
    typeof problem === "string"
      ? problem
      : String((problem as { message?: unknown }).message ?? JSON.stringify(problem)),
  );
}

/** The territory file: export it as JSON, import one (all or nothing, with the list of problems). */
export function ImportExportPanel() {
  const [file, setFile] = useState<File | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const importing = useImportTerritory();
  const problems = problemsOf(importing.error);

  const runExport = async () => {
    setExportError(null);
    try {
      download(`territoire-${new Date().toISOString().slice(0, 10)}.json`, await exportTerritory());
    } catch (error) {
      setExportError(error);
    }
  };
  const runImport = async () => {
    if (!file) return;
    setReadError(null);
    let content: unknown;
    try {
      content = JSON.parse(await file.text());
    } catch {
      setReadError("Ce fichier n'est pas un fichier JSON lisible.");
      return;
    }
    importing.mutate(content, {
      onSuccess: () =>
        notifications.show({ title: "Territoire importé", message: "Le fichier a été importé." }),
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="territory-file">
      <Title order={2} size="h3" id="territory-file" mb="xs">
        Fichier de territoire
      </Title>
      <Text size="sm" mb="md">
        Exportez le territoire (bassins, lots, organisations, sites) en JSON, ou importez un fichier : il est
        appliqué en entier, ou pas du tout s'il contient une erreur.
      </Text>
      <Stack>
        <Group align="flex-end">
          <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} onClick={runExport}>
            Exporter le territoire
          </Button>
        </Group>
        <ErrorAlert error={exportError} title="Export impossible" />
        <Group align="flex-end">
          <FileInput
            label="Fichier à importer (JSON)"
            accept="application/json,.json"
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ "aria-label": "Retirer le fichier choisi" }}
            w={320}
          />
          <Button
            leftSection={<IconUpload size={18} aria-hidden />}
            onClick={runImport}
            disabled={!file}
            loading={importing.isPending}
          >
            Importer
          </Button>
        </Group>
        {readError && (
          <Alert role="alert" color="red" title="Import impossible">
            {readError}
          </Alert>
        )}
        {importing.error ? (
          <Alert role="alert" color="red" title="Import impossible : rien n'a été modifié">
            <Text size="sm">{importing.error.message}</Text>
            {problems.length > 0 && (
              <List size="sm" mt="xs">
                {problems.map((problem) => (
                  <List.Item key={problem}>{problem}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        ) : null}
        {importing.data && (
          <Alert color="green" title="Territoire importé" role="status">
            <List size="sm">
              {Object.entries(SECTIONS).map(([key, label]) => {
                const counts = importing.data[key as keyof ImportResult];
                return (
                  <List.Item key={key}>
                    {label} : {counts.created} créé(s), {counts.updated} modifié(s), {counts.unchanged}{" "}
                    inchangé(s)
                  </List.Item>
                );
              })}
            </List>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
