import { describe, expect, it } from "vitest";
import { frenchCommanderError, frenchHelpTitle } from "./french-commander";

describe("Commander's errors in French", () => {
  it("rewrites each known message, keeping what it names", () => {
    expect(frenchCommanderError("error: required option '--from <AAAA-MM-JJ>' not specified\n")).toBe(
      "erreur : l'option « --from <AAAA-MM-JJ> » est obligatoire.\n",
    );
    expect(frenchCommanderError("error: option '--lot <code>' argument missing")).toBe(
      "erreur : l'option « --lot <code> » attend une valeur.",
    );
    expect(frenchCommanderError("error: missing required argument 'fichier'")).toBe(
      "erreur : il manque l'argument obligatoire « fichier ».",
    );
    expect(frenchCommanderError("error: unknown option '--lots'\n(Did you mean --lot?)")).toBe(
      "erreur : option inconnue « --lots ».\n(Vouliez-vous dire --lot ?)",
    );
    expect(
      frenchCommanderError("error: unknown command 'indicator'\n(Did you mean one of indicators, user?)"),
    ).toBe("erreur : commande inconnue « indicator ».\n(Vouliez-vous dire l'un de : indicators, user ?)");
    expect(
      frenchCommanderError("error: too many arguments for 'import'. Expected 1 argument but got 2."),
    ).toBe("erreur : trop d'arguments pour « import » : 1 attendu(s), 2 donné(s).");
  });

  it("leaves any other text as it is", () => {
    expect(frenchCommanderError("(ajoutez --help pour l'aide)")).toBe("(ajoutez --help pour l'aide)");
  });

  it("titles the help in French", () => {
    expect(["Usage:", "Options:", "Commands:", "Arguments:"].map(frenchHelpTitle)).toEqual([
      "Utilisation :",
      "Options :",
      "Commandes :",
      "Arguments :",
    ]);
  });
});
