import { describe, expect, it } from "vitest";
import { SELF_CHECK_QUESTIONS, type SelfCheckAnswers, selfCheckVerdict } from "./self-check";

/** The answers of a person the programme is made for; each test changes one or two. */
const fits: Required<SelfCheckAnswers> = {
  seeking: true,
  stableJob: false,
  inSchool: false,
  projectReady: false,
  available: true,
};

const INFORMAL = new Set(["tu", "t", "te", "toi", "ton", "ta", "tes"]);

describe("« Est-ce pour moi ? »", () => {
  it("asks 4 or 5 yes/no questions and answers nothing until all are answered", () => {
    expect(SELF_CHECK_QUESTIONS.length).toBeGreaterThanOrEqual(4);
    expect(SELF_CHECK_QUESTIONS.length).toBeLessThanOrEqual(5);
    expect(selfCheckVerdict({})).toBeNull();
    expect(selfCheckVerdict({ ...fits, available: undefined })).toBeNull();
  });

  it("says « likely yes » to a job seeker without a project, free in the day, and points to a site and the form", () => {
    const verdict = selfCheckVerdict(fits);
    expect(verdict?.kind).toBe("likely_yes");
    expect(verdict?.nextSteps.map((step) => step.link?.to).filter(Boolean)).toEqual([
      "/trouver-un-site",
      "/candidater",
    ]);
  });

  it("sends to an advisor someone whose project is ready, or who is not free in the day", () => {
    const ready = selfCheckVerdict({ ...fits, projectReady: true });
    expect(ready?.kind).toBe("talk_to_advisor");
    expect(ready?.explanation).toMatch(/formation qualifiante/);
    const busy = selfCheckVerdict({ ...fits, available: false });
    expect(busy?.kind).toBe("talk_to_advisor");
    expect(busy?.explanation).toMatch(/disponible en journée/);
    expect(busy?.explanation).not.toMatch(/formation qualifiante/);
    expect(busy?.nextSteps[0]?.text).toMatch(/France Travail, Mission Locale/);
  });

  it("points to another service someone not looking, in a stable job, or still at school, with each reason", () => {
    expect(selfCheckVerdict({ ...fits, seeking: false })?.explanation).toMatch(/qui cherchent un emploi/);
    expect(selfCheckVerdict({ ...fits, inSchool: true })?.explanation).toMatch(/orientation/);
    const both = selfCheckVerdict({ ...fits, stableJob: true, inSchool: true, projectReady: true });
    expect(both?.kind).toBe("other_service");
    expect(both?.explanation).toMatch(/CPF/);
    expect(both?.explanation).toMatch(/CIO/);
  });

  it("speaks plainly: short sentences, « vous », never « tu »", () => {
    const texts = [
      ...SELF_CHECK_QUESTIONS.map((question) => question.text),
      ...[fits, { ...fits, available: false }, { ...fits, seeking: false }].flatMap((answers) => {
        const verdict = selfCheckVerdict(answers);
        return verdict
          ? [verdict.title, verdict.explanation, ...verdict.nextSteps.map((step) => step.text)]
          : [];
      }),
    ];
    for (const text of texts) {
      const words = text.toLowerCase().split(/[^\p{L}]+/u);
      expect(
        words.filter((word) => INFORMAL.has(word)),
        text,
      ).toEqual([]);
      for (const sentence of text.split(/[.?!] /))
        expect(sentence.split(" ").length, sentence).toBeLessThanOrEqual(30);
    }
  });
});
