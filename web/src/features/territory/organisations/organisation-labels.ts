import {
  DEPARTMENT_NAMES,
  ORGANISATION_KIND_LABELS,
  PRESCRIBER_NETWORK_LABELS,
} from "../../../../../src/domains/territory/territory.vocabulary";
import type { OrganisationItem } from "../territory-api";

export const kindLabel = (organisation: Pick<OrganisationItem, "kind">) =>
  ORGANISATION_KIND_LABELS[organisation.kind];

export const networkLabel = (organisation: Pick<OrganisationItem, "networkType">) =>
  organisation.networkType ? PRESCRIBER_NETWORK_LABELS[organisation.networkType] : "—";

export const departmentLabel = (code: string | null) =>
  code ? `${DEPARTMENT_NAMES[code] ?? code} (${code})` : "—";
