import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "./intl-formats.js";

const instant = new Date("2027-01-07T08:00:00Z");

describe("dateTimeFormat", () => {
  it.each([
    ["da-DK", { dateStyle: "long" }, "7. januar 2027"],
    ["en-GB", { dateStyle: "long" }, "7 January 2027"],
    ["da-DK", { timeZone: "Europe/Copenhagen", hour: "2-digit", minute: "2-digit" }, "09.00"],
    ["en-GB", { timeZone: "UTC", hour: "2-digit", minute: "2-digit" }, "08:00"],
  ] as const)("%s %j formats as a new formatter would: %s", (locale, options, expected) => {
    expect(dateTimeFormat(locale, options).format(instant)).toBe(expected);
    expect(dateTimeFormat(locale, options).format(instant)).toBe(
      new Intl.DateTimeFormat(locale, options).format(instant),
    );
  });

  it("gives the same formatter for the same locale and options, another for other ones", () => {
    const longDanish = dateTimeFormat("da-DK", { dateStyle: "long" });
    expect(dateTimeFormat("da-DK", { dateStyle: "long" })).toBe(longDanish);
    expect(dateTimeFormat("en-GB", { dateStyle: "long" })).not.toBe(longDanish);
    expect(dateTimeFormat("da-DK", { dateStyle: "medium" })).not.toBe(longDanish);
    expect(dateTimeFormat("da-DK", { dateStyle: "long", timeZone: "UTC" })).not.toBe(longDanish);
  });

  it("takes no options as the locale's defaults", () => {
    expect(dateTimeFormat("da-DK").format(instant)).toBe(new Intl.DateTimeFormat("da-DK").format(instant));
    expect(dateTimeFormat("da-DK")).toBe(dateTimeFormat("da-DK", {}));
  });
});

describe("numberFormat", () => {
  it.each([
    ["da-DK", {}, 1234567.5, "1.234.567,5"],
    ["en-GB", {}, 1234567.5, "1,234,567.5"],
    ["da-DK", { maximumFractionDigits: 0 }, 2.5, "3"],
    ["da-DK", { style: "percent" }, 0.25, "25\u00a0%"],
  ] as const)("%s %j formats %d as %s", (locale, options, value, expected) => {
    expect(numberFormat(locale, options).format(value)).toBe(expected);
  });

  it("gives the same formatter for the same locale and options, another for other ones", () => {
    const danish = numberFormat("da-DK");
    expect(numberFormat("da-DK", {})).toBe(danish);
    expect(numberFormat("en-GB")).not.toBe(danish);
    expect(numberFormat("da-DK", { maximumFractionDigits: 1 })).not.toBe(danish);
  });
});
