import { describe, expect, it } from "vitest";
import { MINIMUM_AGE_YEARS, REMINDER_DAYS_BEFORE_EXPIRY, SUBMISSION_WINDOW_DAYS, ageOn, isExpired, reminderDueAt, submissionDeadline } from "@/lib/domain/deadlines";
import { formatDateVi, fromIsoDate, isIsoDate, isoDateInVietnam, toIsoDate } from "@/lib/domain/dates";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe("submission window", () => {
  it("is 10 days, reminder 2 days before, minimum age 15", () => {
    expect(SUBMISSION_WINDOW_DAYS).toBe(10);
    expect(REMINDER_DAYS_BEFORE_EXPIRY).toBe(2);
    expect(MINIMUM_AGE_YEARS).toBe(15);
  });

  it("closes exactly 10 × 24 h after sending", () => {
    const submittedAt = new Date("2026-03-05T08:15:30.123Z");
    const deadline = submissionDeadline(submittedAt);
    expect(deadline.toISOString()).toBe("2026-03-15T08:15:30.123Z");
    expect(deadline.getTime() - submittedAt.getTime()).toBe(10 * DAY);
    // Across a month end and a leap day.
    expect(submissionDeadline(new Date("2028-02-25T23:00:00Z")).toISOString()).toBe("2028-03-06T23:00:00.000Z");
  });

  it("does not change the date it is given", () => {
    const submittedAt = new Date("2026-03-05T08:15:30Z");
    submissionDeadline(submittedAt);
    expect(submittedAt.toISOString()).toBe("2026-03-05T08:15:30.000Z");
  });

  it("is expired from the deadline instant on", () => {
    const expiresAt = new Date("2026-03-15T08:15:30Z");
    expect(isExpired(expiresAt, new Date(expiresAt.getTime() - 1))).toBe(false);
    expect(isExpired(expiresAt, expiresAt)).toBe(true);
    expect(isExpired(expiresAt, new Date(expiresAt.getTime() + 1))).toBe(true);
  });

  it("reminds 2 × 24 h before the deadline", () => {
    const expiresAt = new Date("2026-03-15T08:15:30Z");
    expect(reminderDueAt(expiresAt).toISOString()).toBe("2026-03-13T08:15:30.000Z");
    const submittedAt = new Date("2026-03-05T08:15:30Z");
    expect(reminderDueAt(submissionDeadline(submittedAt)).getTime() - submittedAt.getTime()).toBe(8 * DAY);
  });
});

describe("dates in Vietnam time (UTC+7)", () => {
  it("formats dd/mm/yyyy on the Vietnamese calendar, across midnight UTC", () => {
    expect(formatDateVi(new Date("2026-03-15T16:59:59Z"))).toBe("15/03/2026"); // 23:59:59 in Hà Nội
    expect(formatDateVi(new Date("2026-03-15T17:00:00Z"))).toBe("16/03/2026"); // 00:00 the next day
    expect(formatDateVi(new Date("2026-12-31T17:30:00Z"))).toBe("01/01/2027");
    expect(formatDateVi(new Date("2026-01-01T00:00:00Z"))).toBe("01/01/2026");
  });

  it("gives the ISO calendar date in Vietnam", () => {
    expect(isoDateInVietnam(new Date("2026-03-15T16:59:59Z"))).toBe("2026-03-15");
    expect(isoDateInVietnam(new Date("2026-03-15T17:00:00Z"))).toBe("2026-03-16");
  });

  it("prints the deadline of a declaration sent late at night by its Vietnamese date", () => {
    // Sent 23:30 on 5 March in Hà Nội (16:30 UTC): the deadline is 23:30 on 15 March there.
    expect(formatDateVi(submissionDeadline(new Date("2026-03-05T16:30:00Z")))).toBe("15/03/2026");
    // Sent 00:30 on 6 March in Hà Nội (17:30 UTC on the 5th): 16 March.
    expect(formatDateVi(submissionDeadline(new Date("2026-03-05T17:30:00Z")))).toBe("16/03/2026");
  });
});

describe("calendar dates", () => {
  it("isIsoDate accepts real dates only", () => {
    expect(isIsoDate("1990-05-01")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("1990-13-01")).toBe(false);
    expect(isIsoDate("1990-04-31")).toBe(false);
    expect(isIsoDate("1990-00-10")).toBe(false);
    expect(isIsoDate("01/05/1990")).toBe(false);
    expect(isIsoDate("1990-5-1")).toBe(false);
    expect(isIsoDate("0999-01-01")).toBe(false);
    expect(isIsoDate("")).toBe(false);
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
