/** Content-Disposition for a download, with a plain ASCII name and the UTF-8 one. */
export const attachment = (name: string) =>
  `attachment; filename="${name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\w.-]+/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;
