import { describe, expect, it } from "vitest";
import { endOfTenthDayInVietnam, vn } from "@/tests/support/vietnam-time";
import { isExpired, latestDeadlineToRemind, reminderDueAt, submissionDeadline, ageOn } from "@/lib/domain/deadlines";
import { formatCalendarDate, formatDateTimeVi, formatDateVi, fromIsoDate, isIsoDate, isoDateInVietnam, toIsoDate } from "@/lib/domain/dates";


describe("the deadline: the end of the 10th day in Vietnam time", () => {
  it("is the same last day whether the declaration was sent just after midnight or just before the next one", () => {
    const early = submissionDeadline(vn("2026-12-02T00:00:01"));
    const late = submissionDeadline(vn("2026-12-02T23:59:59"));
    expect(early.toISOString()).toBe(vn("2026-12-12T23:59:59.999").toISOString());
    expect(late.toISOString()).toBe(early.toISOString());
    expect(early).toEqual(endOfTenthDayInVietnam(vn("2026-12-02T12:00:00")));
    expect(formatDateVi(early)).toBe("12/12/2026");
    expect(formatDateTimeVi(early)).toBe("12/12/2026 23:59");
  });

  it("moves to the next day one second later", () => {
    expect(submissionDeadline(vn("2026-12-03T00:00:00")).toISOString()).toBe(vn("2026-12-13T23:59:59.999").toISOString());
  });

  it("counts the Vietnamese date, not the UTC one (sent at 06:30 on 6 March in Hà Nội = 23:30 UTC on the 5th)", () => {
    expect(formatDateVi(submissionDeadline(new Date("2026-03-05T23:30:00Z")))).toBe("16/03/2026");
    expect(formatDateVi(submissionDeadline(new Date("2026-03-05T16:59:59Z")))).toBe("15/03/2026");
  });

  it("crosses month ends, leap days and years", () => {
    expect(formatDateVi(submissionDeadline(vn("2028-02-25T10:00:00")))).toBe("06/03/2028");
    expect(formatDateVi(submissionDeadline(vn("2027-02-25T10:00:00")))).toBe("07/03/2027");
    expect(formatDateVi(submissionDeadline(vn("2026-12-28T10:00:00")))).toBe("07/01/2027");
  });

  it("does not change the date it is given", () => {
    const sentAt = vn("2026-03-05T08:15:30");
    submissionDeadline(sentAt);
    expect(sentAt.toISOString()).toBe(vn("2026-03-05T08:15:30").toISOString());
  });

  it("still lets the person come at 23:59:59 on the last day, and not after midnight", () => {
    const expiresAt = submissionDeadline(vn("2026-12-02T23:59:59"));
    expect(isExpired(expiresAt, vn("2026-12-12T08:00:00"))).toBe(false);
    expect(isExpired(expiresAt, vn("2026-12-12T23:59:58"))).toBe(false);
    expect(isExpired(expiresAt, expiresAt)).toBe(false);
    expect(isExpired(expiresAt, vn("2026-12-13T00:00:00"))).toBe(true);
  });
});

describe("the reminder", () => {
  it("is due at 08:00 Vietnam time two days before the last day", () => {
    const expiresAt = submissionDeadline(vn("2026-12-02T23:59:59"));
    expect(reminderDueAt(expiresAt).toISOString()).toBe(vn("2026-12-10T08:00:00").toISOString());
    // The same morning for a declaration sent just after midnight that day.
    expect(reminderDueAt(submissionDeadline(vn("2026-12-02T00:00:01"))).toISOString()).toBe(vn("2026-12-10T08:00:00").toISOString());
  });

  it("selects exactly the deadlines whose reminder is due (the job's SQL bound agrees with reminderDueAt)", () => {
    const deadlines = ["2026-12-11", "2026-12-12", "2026-12-13"].map((day) => vn(`${day}T23:59:59.999`));
    for (const now of [vn("2026-12-10T07:59:59.999"), vn("2026-12-10T08:00:00"), vn("2026-12-10T23:59:59"), vn("2026-12-11T00:00:00")]) {
      const bound = latestDeadlineToRemind(now);
      for (const expiresAt of deadlines) expect(expiresAt <= bound).toBe(reminderDueAt(expiresAt) <= now);
    }
    expect(latestDeadlineToRemind(vn("2026-12-10T07:59:59")).toISOString()).toBe(vn("2026-12-11T23:59:59.999").toISOString());
    expect(latestDeadlineToRemind(vn("2026-12-10T08:00:00")).toISOString()).toBe(vn("2026-12-12T23:59:59.999").toISOString());
  });
});

describe("dates in Vietnam time (UTC+7)", () => {
  it("formats dd/mm/yyyy on the Vietnamese calendar, across midnight UTC", () => {
    expect(formatDateVi(new Date("2026-03-15T16:59:59Z"))).toBe("15/03/2026"); // 23:59:59 in Hà Nội
    expect(formatDateVi(new Date("2026-03-15T17:00:00Z"))).toBe("16/03/2026"); // 00:00 the next day
    expect(formatDateVi(new Date("2026-12-31T17:30:00Z"))).toBe("01/01/2027");
    expect(formatDateVi(new Date("2026-01-01T00:00:00Z"))).toBe("01/01/2026");
  });

  it("shows instants on the Vietnamese clock and calendar dates as stored (no time zone shift)", () => {
    expect(formatDateTimeVi(new Date("2026-03-01T17:05:00Z"))).toBe("02/03/2026 00:05");
    expect(formatCalendarDate(new Date("1990-05-12T00:00:00Z"))).toBe("12/05/1990");
    expect(formatCalendarDate("2001-02-20")).toBe("20/02/2001");
    expect(formatCalendarDate("2001-02")).toBe("2001-02"); // still being typed: shown as it is
  });

  it("gives the ISO calendar date in Vietnam", () => {
    expect(isoDateInVietnam(new Date("2026-03-15T16:59:59Z"))).toBe("2026-03-15");
    expect(isoDateInVietnam(new Date("2026-03-15T17:00:00Z"))).toBe("2026-03-16");
  });
});

describe("calendar dates", () => {
  it.each(["1990-05-01", "2024-02-29"])("isIsoDate accepts the real date %s", (text) => {
    expect(isIsoDate(text)).toBe(true);
  });
  it.each(["2023-02-29", "1990-13-01", "1990-04-31", "1990-00-10", "01/05/1990", "1990-5-1", "0999-01-01", ""])("isIsoDate refuses %j, not a real date", (text) => {
    expect(isIsoDate(text)).toBe(false);
  });

  it("converts between YYYY-MM-DD and a Date at UTC midnight", () => {
    expect(fromIsoDate("1990-05-01").toISOString()).toBe("1990-05-01T00:00:00.000Z");
    expect(toIsoDate(new Date("1990-05-01T00:00:00Z"))).toBe("1990-05-01");
    expect(toIsoDate("1990-05-01")).toBe("1990-05-01");
    expect(() => fromIsoDate("1990-02-30")).toThrow();
  });
});

describe("ageOn", () => {
  it("counts completed years", () => {
    expect(ageOn("2000-06-15", new Date("2015-06-14T05:00:00Z"))).toBe(14);
    expect(ageOn("2000-06-15", new Date("2015-06-15T05:00:00Z"))).toBe(15);
    expect(ageOn("2000-06-15", new Date("2016-01-01T05:00:00Z"))).toBe(15);
    expect(ageOn(new Date(Date.UTC(2000, 5, 15)), new Date("2015-06-15T05:00:00Z"))).toBe(15);
  });

  it("uses the Vietnamese date of the instant", () => {
    // 17:00 UTC on 14 June is already 15 June in Vietnam: the birthday.
    expect(ageOn("2000-06-15", new Date("2015-06-14T17:00:00Z"))).toBe(15);
    expect(ageOn("2000-06-15", new Date("2015-06-14T16:59:59Z"))).toBe(14);
  });

  it("makes a 29 February birthday count from 1 March in common years", () => {
    expect(ageOn("2004-02-29", new Date("2019-02-28T05:00:00Z"))).toBe(14);
    expect(ageOn("2004-02-29", new Date("2019-03-01T05:00:00Z"))).toBe(15);
    expect(ageOn("2004-02-29", new Date("2020-02-29T05:00:00Z"))).toBe(16);
  });
});
