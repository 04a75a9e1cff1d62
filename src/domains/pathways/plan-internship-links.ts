/**
 * The links from a plan's internships to the internships recorded for the pathway (`internshipId`):
 * each must name one of the pathway's own internships, on an internship item, and no internship is
 * linked twice. Problems in French, naming the item as the editor does (« Élément 5 »), in plan order.
 */
export function internshipLinkProblems(
  items: readonly Record<string, unknown>[],
  pathwayInternshipIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const linkedBy = new Map<string, number>();
  items.forEach((item, index) => {
    const link = item.internshipId;
    if (link === undefined || link === null) return;
    const position = index + 1;
    if (item.kind !== "internship") {
      problems.push(`Élément ${position} : seul un stage peut être relié à un stage enregistré.`);
    } else if (typeof link !== "string" || !pathwayInternshipIds.has(link)) {
      problems.push(`Élément ${position} : ce stage n'appartient pas à ce parcours.`);
    } else if (linkedBy.has(link)) {
      problems.push(`Élément ${position} : ce stage est déjà relié à l'élément ${linkedBy.get(link)}.`);
    } else {
      linkedBy.set(link, position);
    }
  });
  return problems;
}
