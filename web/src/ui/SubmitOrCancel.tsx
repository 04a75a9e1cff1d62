import { Button, Group } from "@mantine/core";

/** A form's submit button, and « Annuler » when the form can be left without saving. */
export function SubmitOrCancel({
  label,
  pending,
  onCancel,
}: {
  label: string;
  pending: boolean;
  onCancel?: () => void;
}) {
  return (
    <Group>
      <Button type="submit" loading={pending}>
        {label}
      </Button>
      {onCancel && (
        <Button variant="subtle" onClick={onCancel}>
          Annuler
        </Button>
      )}
    </Group>
  );
}
