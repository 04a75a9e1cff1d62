import { Alert } from "@mantine/core";

/** A link from an e-mail arrived without its token (often: cut by the mail program). */
export function MissingToken() {
  return (
    <Alert role="alert" color="red" title="Lien incomplet" mb="md">
      Ce lien est incomplet. Ouvrez à nouveau le lien reçu par e-mail, en entier, ou copiez-le dans la barre
      d'adresse du navigateur.
    </Alert>
  );
}
