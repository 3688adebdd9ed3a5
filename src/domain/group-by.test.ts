import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by.js";

describe("groupBy", () => {
  it.each([
    { items: [], expected: [] },
    { items: ["a1"], expected: [["a", ["a1"]]] },
    {
      items: ["a1", "b1", "a2", "c1", "b2"],
      expected: [
        ["a", ["a1", "a2"]],
        ["b", ["b1", "b2"]],
        ["c", ["c1"]],
      ],
    },
  ])("groups $items by their first letter, keys and items in their first order", ({ items, expected }) => {
    expect([...groupBy(items, (item) => item[0])]).toEqual(expected);
  });

  it("keys by value, so equal keys of another type stay apart", () => {
    const groups = groupBy([1, "1", 1], (item) => item);
    expect(groups.get(1)).toEqual([1, 1]);
    expect(groups.get("1")).toEqual(["1"]);
  });
});
