import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "../../../api/client";
import { useSession } from "../../../api/session";
import { PageTitle } from "../../../ui/PageTitle";
import { usePersonSearch, useSendPrescription } from "./new-prescription-api";
import { PersonStep } from "./PersonStep";
import { PlaceStep } from "./PlaceStep";
import {
  firstStepWithError,
  formErrors,
  identityErrors,
  initialPrescription,
  LAST_STEP,
  type PersonQuery,
  type PrescriptionValues,
  personQuery,
  prescriptionOf,
  STEP_TITLES,
  type Step,
  sameSearch,
  stepErrors,
} from "./prescription-form";
import { ReasonsStep } from "./ReasonsStep";
import { ReferentStep } from "./ReferentStep";
import { SendErrorAlert } from "./SendErrorAlert";
import { StepList } from "./StepList";

const hasErrors = (errors: Record<string, string>) => Object.keys(errors).length > 0;

/**
 * `/prescriptions/nouvelle`: a prescriber refers a person to Amorce de Parcours in four steps — the
 * person (checked against those Amorce knows), where, why, and the referent.
 */
export default function NewPrescriptionPage() {
  const me = useSession().data?.user ?? null;
  const form = useForm<PrescriptionValues>({ initialValues: initialPrescription(me?.id ?? null) });
  const [step, setStep] = useState<Step>(0);
  const [searched, setSearched] = useState<PersonQuery | null>(null);
  const search = usePersonSearch(searched);
  const send = useSendPrescription();
  const navigate = useNavigate();
  const headings = useRef<(HTMLHeadingElement | null)[]>([]);
  const moved = useRef(false);

  const current = personQuery(form.values.person);
  const checked = searched !== null && search.isSuccess && sameSearch(searched, current);

  useEffect(() => {
    if (moved.current) headings.current[step]?.focus();
    moved.current = true;
  }, [step]);

  const verify = () => {
    const errors = identityErrors(form.values.person);
    form.setErrors(errors);
    if (hasErrors(errors)) return;
    if (searched && sameSearch(searched, current)) void search.refetch();
    else setSearched(current);
  };

  const sendPrescription = (values: PrescriptionValues) =>
    send.mutate(prescriptionOf(values), {
      onSuccess: ({ id, personExisted }) => {
        notifications.show({
          title: "Prescription envoyée",
          message: personExisted
            ? `${values.person.firstName} ${values.person.lastName} était déjà connue d'Amorce : sa fiche a été reprise.`
            : `La fiche de ${values.person.firstName} ${values.person.lastName} a été créée.`,
        });
        navigate(`/prescriptions/${id}`);
      },
      onError: (error) => {
        const errors = formErrors(error instanceof ApiError ? error.details : null, values.destination);
        form.setErrors(errors);
        setStep(firstStepWithError(errors) ?? step);
      },
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step === 0 && !checked) return verify();
    const errors = stepErrors(step, form.values);
    form.setErrors(errors);
    if (hasErrors(errors)) return;
    if (step < LAST_STEP) setStep((step + 1) as Step);
    else sendPrescription(form.values);
  };

  const primary =
    step === 0 && !checked ? "Vérifier" : step === LAST_STEP ? "Envoyer la prescription" : "Continuer";

  return (
    <>
      <PageTitle>Nouvelle prescription</PageTitle>
      <Text mb="md" maw={720}>
        Orientez une personne vers Amorce de Parcours : le site, ou le groupement du lot, reçoit votre
        prescription et vous répond ici. Les champs marqués d'un astérisque (*) sont obligatoires.
      </Text>
      <StepList current={step} />
      <SendErrorAlert error={send.error} destination={form.values.destination} />
      <form onSubmit={submit} noValidate>
        <Stack maw={720}>
          {STEP_TITLES.map((title, index) => (
            <section key={title} hidden={index !== step} aria-labelledby={`etape-${index}`}>
              <Text size="sm">
                Étape {index + 1} sur {STEP_TITLES.length}
              </Text>
              <Title
                order={2}
                size="h3"
                mb="md"
                id={`etape-${index}`}
                tabIndex={-1}
                ref={(element) => {
                  headings.current[index] = element;
                }}
              >
                {title}
              </Title>
              {index === 0 && (
                <PersonStep
                  form={form}
                  matches={checked ? (search.data ?? null) : null}
                  searchError={search.error}
                />
              )}
              {index === 1 && <PlaceStep form={form} />}
              {index === 2 && <ReasonsStep form={form} />}
              {index === 3 && <ReferentStep form={form} />}
            </section>
          ))}
          <Group justify="space-between">
            {step > 0 ? (
              <Button variant="default" onClick={() => setStep((step - 1) as Step)}>
                Retour
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" loading={search.isFetching || send.isPending}>
              {primary}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
