import { useForm } from "@mantine/form";
import type { NewPasswordValues } from "./NewPasswordFields";
import { confirmationValidator, newPasswordValidator } from "./validators";

export function useNewPasswordForm() {
  return useForm<NewPasswordValues>({
    initialValues: { password: "", confirmation: "" },
    validate: { password: newPasswordValidator, confirmation: confirmationValidator },
  });
}
