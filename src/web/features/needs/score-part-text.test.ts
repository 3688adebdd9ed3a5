import type { TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import type { ScorePart } from "../../../domain/matching.js";
import type { NeedsT } from "./labels.js";
import { loadNeedsWords } from "./needs-words.js";
import { describePart } from "./score-part-text.js";

const words = {} as Record<"da" | "en", { t: NeedsT; tc: TFunction }>;

beforeAll(async () => {
  Object.assign(words, await loadNeedsWords());
});

const network = (detail: string[]): ScorePart => ({ key: "network", points: 0, max: 0, detail });

describe("describePart: why a cluster is proposed", () => {
  it.each([
    ["co_owners", "da", "Netværk: behovet har flere ejere"],
    ["co_owners", "en", "Network: the need has several owners"],
    ["network_process", "da", "Netværk: et netværksforløb arbejder med behovet"],
    ["network_process", "en", "Network: a network process works on the need"],
  ] as const)("%s in %s", (reason, language, expected) => {
    const { t, tc } = words[language];
    expect(describePart(network([reason]), "home_care", t, tc)).toBe(expected);
  });

  it("says so when the need asks for no network", () => {
    const { t, tc } = words.da;
    expect(describePart(network([]), "home_care", t, tc)).toBe("Netværk: behovet beder ikke om et netværk");
  });
});
