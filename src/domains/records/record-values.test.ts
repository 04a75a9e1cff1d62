import { describe, expect, it } from "vitest";
import { readRecordsFile } from "./read-records-file";
import { formatHundredths, numericToHundredths, parseHundredths } from "./record-values";

describe("hours in the records file", () => {
  it("reads a dot and two decimals at most, and writes them back without trailing zeros", () => {
    expect(["0", "12", "12.5", "12.50", "0.05", "999999.99"].map(parseHundredths)).toEqual([
      0, 1200, 1250, 1250, 5, 99999999,
    ]);
    expect(["", "12,5", "1.234", "-1", ".5", "1e3", "1000000"].map(parseHundredths)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect([0, 1200, 1250, 5, 10, 99999999].map(formatHundredths)).toEqual([
      "0",
      "12",
      "12.5",
      "0.05",
      "0.1",
      "999999.99",
    ]);
    expect(numericToHundredths("402.50")).toBe(40250);
  });
});

describe("reading a records file", () => {
  it("numbers lines from the header, skips a byte order mark and blank lines, keeps quoted commas", () => {
    const read = readRecordsFile('\uFEFFa,b\n1,"x, y"\n\n2," multi\nligne"\n3,z\n');
    expect(read.header).toEqual(["a", "b"]);
    expect(read.lines).toEqual([
      { line: 2, cells: ["1", "x, y"] },
      { line: 4, cells: ["2", " multi\nligne"] },
      { line: 6, cells: ["3", "z"] },
    ]);
    expect(readRecordsFile('a,b\n1,"x\n').problems[0]?.reason).toMatch(/^CSV illisible/);
    expect(readRecordsFile("").problems[0]?.reason).toBe("fichier vide : l'en-tête manque");
  });
});
