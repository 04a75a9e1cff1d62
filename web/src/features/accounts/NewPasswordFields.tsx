import { PasswordInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { PASSWORD_MIN_LENGTH } from "./validators";

export type NewPasswordValues = { password: string; confirmation: string };

/**
 * Choosing a password: the password and its confirmation. Mantine's PasswordInput does not mark its
 * field invalid for screen readers as TextInput does: `aria-invalid` is set here.
 */
export function NewPasswordFields({ form }: { form: UseFormReturnType<NewPasswordValues> }) {
  return (
    <>
      <PasswordInput
        label="Nouveau mot de passe"
        description={`Au moins ${PASSWORD_MIN_LENGTH} caractères. Une phrase de plusieurs mots est facile à retenir.`}
        autoComplete="new-password"
        required
        withAsterisk={false}
        {...form.getInputProps("password")}
        aria-invalid={form.errors.password ? true : undefined}
      />
      <PasswordInput
        label="Confirmez le mot de passe"
        autoComplete="new-password"
        required
        withAsterisk={false}
        {...form.getInputProps("confirmation")}
        aria-invalid={form.errors.confirmation ? true : undefined}
      />
    </>
  );
}
