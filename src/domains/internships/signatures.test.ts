import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SessionHeaders, type TestApp } from "../../../tests/support/test-app";
import { demoAccount } from "../../demo/demo-accounts";
import { lastEmailTo } from "../accounts/test-fixtures";
import { outboxEmails } from "../mail/mail.tables";
import { notifications } from "../notifications/notifications.tables";
import { enterTrainee, linkDemoTrainee } from "../pathways/test-fixtures";
import { people } from "../people/people.tables";
import { internshipSignatures, internships } from "./internships.tables";
import { daysFromToday, draftInternship } from "./test-fixtures";

/**
 * The four signatures, through the API, with the tokens of the e-mails in the outbox: every link signs
 * once; an expired, reused or replaced link and a changed agreement are refused with nothing changed.
 */
describe("signing an internship agreement without an account", () => {
  let t: TestApp;
  let staff: SessionHeaders;
  let pathwayId: string;
  let traineeEmail: string;
  const organisationSigner = { name: "Marc Formateur", email: "marc.formateur@of.test" };
  const referentEmail = demoAccount("prescriber_advisor").email;

  beforeAll(async () => {
    t = await createTestApp();
    const trainee = await enterTrainee(t.database.db, {
      entryDate: daysFromToday(-20),
      firstName: "Zoé",
      lastName: "Lefèvre",
    });
    pathwayId = trainee.pathwayId;
    const [person] = await t.database.db.select().from(people).where(eq(people.id, trainee.personId));
    traineeEmail = person?.email as string;
    await linkDemoTrainee(t.database.db, trainee.personId);
    staff = await t.sessionAs("training_staff");
  });
  afterAll(() => t.close());

  const send = (id: string) =>
    t.request(
      {
        method: "POST",
        url: `/api/internships/${id}/send-for-signature`,
        payload: { trainingOrganisation: organisationSigner },
      },
      staff,
    );
  const tokenOf = async (address: string) => (await lastEmailTo(t.database.db, address))?.token as string;
  const sign = (token: string, fullName: string) =>
    t.request({ method: "POST", url: `/api/signatures/${token}`, payload: { fullName, accepted: true } });
  const read = (token: string) => t.request({ method: "GET", url: `/api/signatures/${token}` });
  const signatureRows = (internshipId: string) =>
    t.database.db
      .select()
      .from(internshipSignatures)
      .where(eq(internshipSignatures.internshipId, internshipId));
  const statusOf = async (id: string) =>
    (
      await t.database.db
        .select({ status: internships.status })
        .from(internships)
        .where(eq(internships.id, id))
    )[0]?.status;

  it("runs the whole flow: four links by e-mail, four signatures, the internship signed and the staff told", async () => {
    const internship = await draftInternship(t, staff, pathwayId);
    const sent = await send(internship.id);
    expect(sent.statusCode).toBe(200);
    expect(sent.json().status).toBe("awaiting_signatures");
    expect(
      sent.json().signatures.map((s: { party: string; signerEmail: string }) => [s.party, s.signerEmail]),
    ).toEqual([
      ["trainee", traineeEmail],
      ["company", internship.tutorEmail],
      ["training_organisation", organisationSigner.email],
      ["referent", referentEmail],
    ]);
    const rows = await signatureRows(internship.id);
    const frozen = (
      await t.database.db.select().from(internships).where(eq(internships.id, internship.id))
    )[0];
    expect(frozen?.agreementHash).toMatch(/^[0-9a-f]{64}$/);
    const traineeMail = await lastEmailTo(t.database.db, traineeEmail);
    expect(traineeMail?.bodyText).toContain("/signer?jeton=");
    // Only the token's hash is stored.
    expect(rows.some((row) => row.tokenHash === traineeMail?.token)).toBe(false);

    const editAfterSending = await t.request(
      { method: "PATCH", url: `/api/internships/${internship.id}`, payload: { hours: 20 } },
      staff,
    );
    expect(editAfterSending.statusCode).toBe(409);

    const view = await read(await tokenOf(traineeEmail));
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      party: "trainee",
      signerName: "Zoé Lefèvre",
      alreadySigned: [],
      agreement: { traineeName: "Zoé Lefèvre", job: "K2204 — Nettoyage de locaux", hours: 35 },
    });

    const wrongName = await sign(await tokenOf(traineeEmail), "Zoé Martin");
    expect(wrongName.statusCode).toBe(400);
    expect(wrongName.json().message).toBe(
      "Tapez votre nom tel qu'il est écrit sur la convention : Zoé Lefèvre.",
    );
    const unticked = await t.request({
      method: "POST",
      url: `/api/signatures/${await tokenOf(traineeEmail)}`,
      payload: { fullName: "Zoé Lefèvre", accepted: false },
    });
    expect(unticked.statusCode).toBe(400);

    const traineeToken = await tokenOf(traineeEmail);
    expect((await sign(traineeToken, "zoe LEFEVRE")).json()).toMatchObject({ allSigned: false });
    expect((await sign(await tokenOf(internship.tutorEmail), "Hélène Roux")).json().allSigned).toBe(false);
    expect(
      (await sign(await tokenOf(organisationSigner.email), organisationSigner.name)).json().allSigned,
    ).toBe(false);
    const referentName = rows.find((row) => row.party === "referent")?.signerName as string;
    const last = await sign(await tokenOf(referentEmail), referentName);
    expect(last.json().allSigned).toBe(true);
    expect(await statusOf(internship.id)).toBe("signed");
    const signed = await signatureRows(internship.id);
    expect(
      signed.every((row) => row.signedAt && row.usedAt && row.agreementHash === frozen?.agreementHash),
    ).toBe(true);
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.link, `/parcours/${pathwayId}?onglet=stages`));
    expect(told.some((row) => row.message.includes("est signée par les quatre parties"))).toBe(true);

    // Used once: the same link again is refused, nothing changes.
    const again = await sign(traineeToken, "Zoé Lefèvre");
    expect(again.statusCode).toBe(410);
    expect(again.json().message).toContain("Cette convention a déjà été signée avec ce lien");
    expect((await read(traineeToken)).statusCode).toBe(410);

    // The PDF says who signed; the trainee reads their own, the signer through their link.
    const pdf = await t.request(
      { method: "GET", url: `/api/internships/${internship.id}/agreement.pdf` },
      await t.sessionAs("trainee"),
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const bySigner = await t.request({ method: "GET", url: `/api/signatures/${traineeToken}/agreement.pdf` });
    expect(bySigner.statusCode).toBe(200);
  });

  it("refuses an expired link, asking for a new one, and signs nothing", async () => {
    const internship = await draftInternship(t, staff, pathwayId, {
      startDate: daysFromToday(20),
      endDate: daysFromToday(22),
      hours: 21,
    });
    await send(internship.id);
    const token = await tokenOf(internship.tutorEmail);
    await t.database.db
      .update(internshipSignatures)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(
        and(eq(internshipSignatures.internshipId, internship.id), eq(internshipSignatures.party, "company")),
      );
    const refused = await sign(token, "Hélène Roux");
    expect(refused.statusCode).toBe(410);
    expect(refused.json().message).toMatch(
      /^Ce lien a expiré le .* : demandez un nouveau lien à l'organisme de formation\.$/,
    );
    expect((await signatureRows(internship.id)).every((row) => row.signedAt === null)).toBe(true);

    // A new link works again; the expired one stays refused.
    const resent = await t.request(
      { method: "POST", url: `/api/internships/${internship.id}/signatures/company/resend` },
      staff,
    );
    expect(resent.statusCode).toBe(200);
    expect((await sign(await tokenOf(internship.tutorEmail), "Hélène Roux")).statusCode).toBe(200);
    const resendSigned = await t.request(
      { method: "POST", url: `/api/internships/${internship.id}/signatures/company/resend` },
      staff,
    );
    expect(resendSigned.statusCode).toBe(409);
    expect(resendSigned.json().message).toBe("L'entreprise d'accueil a déjà signé.");
  });

  it("refuses a link replaced by a newer one, and signs nothing", async () => {
    const internship = await draftInternship(t, staff, pathwayId, {
      startDate: daysFromToday(30),
      endDate: daysFromToday(31),
      hours: 14,
    });
    await send(internship.id);
    const old = await tokenOf(traineeEmail);
    await t.request(
      { method: "POST", url: `/api/internships/${internship.id}/signatures/trainee/resend` },
      staff,
    );
    const replaced = await sign(old, "Zoé Lefèvre");
    expect(replaced.statusCode).toBe(404);
    expect(replaced.json().message).toBe(
      "Ce lien n'est pas valable, ou il a été remplacé par un lien plus récent : utilisez le dernier lien reçu par e-mail.",
    );
    expect((await signatureRows(internship.id)).every((row) => row.signedAt === null)).toBe(true);
    const fresh = await tokenOf(traineeEmail);
    expect(fresh).not.toBe(old);
    expect((await sign(fresh, "Zoé Lefèvre")).statusCode).toBe(200);
  });

  it("refuses to sign an agreement changed since it was sent, and signs nothing", async () => {
    const internship = await draftInternship(t, staff, pathwayId, {
      startDate: daysFromToday(40),
      endDate: daysFromToday(41),
      hours: 14,
    });
    await send(internship.id);
    const token = await tokenOf(internship.tutorEmail);
    await t.database.db.update(internships).set({ hours: 16 }).where(eq(internships.id, internship.id));
    for (const response of [await read(token), await sign(token, "Hélène Roux")]) {
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toBe(
        "La convention a été modifiée depuis l'envoi de ce lien : elle ne peut plus être signée ainsi. Contactez l'organisme de formation.",
      );
    }
    expect((await signatureRows(internship.id)).every((row) => row.signedAt === null)).toBe(true);
    expect(await statusOf(internship.id)).toBe("awaiting_signatures");
  });

  it("refuses an unknown link, and the links of a cancelled internship", async () => {
    expect((await read("inconnu-inconnu-inconnu")).statusCode).toBe(404);
    const internship = await draftInternship(t, staff, pathwayId, {
      startDate: daysFromToday(50),
      endDate: daysFromToday(51),
      hours: 14,
    });
    await send(internship.id);
    const token = await tokenOf(internship.tutorEmail);
    await t.request({ method: "POST", url: `/api/internships/${internship.id}/cancel` }, staff);
    const refused = await sign(token, "Hélène Roux");
    expect(refused.statusCode).toBe(410);
    expect(refused.json().message).toBe(
      "Cette convention de stage a été annulée : il n'y a plus rien à signer.",
    );
  });

  it("makes the internship signed when the last two parties sign at the same time", async () => {
    const internship = await draftInternship(t, staff, pathwayId, {
      startDate: daysFromToday(60),
      endDate: daysFromToday(61),
      hours: 14,
    });
    await send(internship.id);
    const rows = await signatureRows(internship.id);
    const referentName = rows.find((row) => row.party === "referent")?.signerName as string;
    await sign(await tokenOf(traineeEmail), "Zoé Lefèvre");
    await sign(await tokenOf(internship.tutorEmail), "Hélène Roux");
    const last = await Promise.all([
      sign(await tokenOf(organisationSigner.email), organisationSigner.name),
      sign(await tokenOf(referentEmail), referentName),
    ]);
    expect(last.map((response) => response.statusCode)).toEqual([200, 200]);
    expect(last.filter((response) => response.json().allSigned)).toHaveLength(1);
    expect(await statusOf(internship.id)).toBe("signed");
  });

  it("sends nothing when the trainee has no e-mail address", async () => {
    const noEmail = await enterTrainee(t.database.db, { entryDate: daysFromToday(-5), email: null });
    const internship = await draftInternship(t, staff, noEmail.pathwayId);
    const before = await t.database.db.select({ n: count() }).from(outboxEmails);
    const response = await send(internship.id);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe(
      "Camille Durand n'a pas d'adresse e-mail : elle est nécessaire pour signer la convention.",
    );
    expect(await t.database.db.select({ n: count() }).from(outboxEmails)).toEqual(before);
    expect(await signatureRows(internship.id)).toEqual([]);
  });
});
