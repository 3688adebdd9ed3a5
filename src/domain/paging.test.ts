import { describe, expect, it } from "vitest";
import { PagingQuery } from "./paging.js";

describe("PagingQuery", () => {
  it.each([
    [{}, { page: 1, pageSize: 25 }],
    [
      { page: "3", pageSize: "10" },
      { page: 3, pageSize: 10 },
    ],
    [{ pageSize: "100000" }, { page: 1, pageSize: 100 }],
  ])("reads %j as %j", (input, expected) => {
    expect(PagingQuery.parse(input)).toEqual(expected);
  });

  it.each([{ page: "0" }, { page: "1.5" }, { pageSize: "0" }, { page: "100001" }, { page: "two" }])(
    "refuses %j",
    (input) => {
      expect(PagingQuery.safeParse(input).success).toBe(false);
    },
  );
});
