import { describe, expect, it } from "vitest";
import {
  hasNeedFilters,
  needApiPath,
  needSearch,
  parseStatuses,
  readNeedFilters,
  readNeedPage,
  readNeedView,
} from "./need-query.js";

describe("needs list query", () => {
  it("reads filters, view and page from the URL and writes them back without empty values", () => {
    const params = new URLSearchParams("q=løft&status=matched,new&visning=tavle&page=3");
    const filters = readNeedFilters(params);
    expect(filters).toEqual({
      q: "løft",
      status: "matched,new",
      careArea: "",
      dimension: "",
      priority: "",
      ownerOrganisationId: "",
    });
    expect(readNeedView(params)).toBe("board");
    expect(readNeedPage(params)).toBe(3);
    expect(needSearch(filters, { view: "board", page: 1 }).toString()).toBe(
      "q=l%C3%B8ft&status=matched%2Cnew&visning=tavle",
    );
    expect(hasNeedFilters(filters)).toBe(true);
  });

  it("falls back to the list and page 1 for values it does not know", () => {
    const params = new URLSearchParams("visning=kanban&page=-2");
    expect(readNeedView(params)).toBe("list");
    expect(readNeedPage(params)).toBe(1);
    expect(hasNeedFilters(readNeedFilters(params))).toBe(false);
  });

  it("keeps statuses in workflow order and drops unknown ones", () => {
    expect(parseStatuses("solved, new,bogus,matched")).toEqual(["new", "matched", "solved"]);
    expect(parseStatuses("")).toEqual([]);
  });

  it("asks the API for one page in the list and for everything on the board", () => {
    const filters = readNeedFilters(new URLSearchParams("careArea=home_care"));
    expect(needApiPath(filters, "list", 2)).toBe("/api/needs?careArea=home_care&page=2&pageSize=25");
    expect(needApiPath(filters, "board", 2)).toBe("/api/needs?careArea=home_care&page=1&pageSize=100");
  });
});
