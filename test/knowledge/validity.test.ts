import { describe, expect, it } from "vitest";
import { chinaDate, chineseDate, isCalendarDate, statedDates, validityOn } from "../../src/knowledge/validity.js";

describe("statedDates", () => {
  it("reads the forms the documents use", () => {
    expect(statedDates("政策实施期限截至2023年12月31日。").endsOn).toBe("2023-12-31");
    expect(statedDates("上述政策执行期限截至2023年12月31日。").endsOn).toBe("2023-12-31");
    expect(statedDates("实施期限延长至2024年底。").endsOn).toBe("2024-12-31");
    expect(statedDates("2023年5月1日起，…延长至2024年12月31日").startsOn).toBe("2023-05-01");
    expect(statedDates("没有日期的条款").endsOn).toBeNull();
  });

  it("keeps the latest of several end dates", () => {
    expect(statedDates("截至2023年12月31日；另一项延长至2024年12月31日").endsOn).toBe("2024-12-31");
  });
});

describe("validityOn", () => {
  const dates = { startsOn: "2023-05-01", endsOn: "2023-12-31" };
  it("is in force on the last day and expired the day after", () => {
    expect(validityOn(dates, "2023-12-31").status).toBe("in-force");
    expect(validityOn(dates, "2024-01-01").status).toBe("expired");
    expect(validityOn(dates, "2023-04-30").status).toBe("not-yet");
    expect(validityOn({ startsOn: null, endsOn: null }, "2024-01-01").status).toBe("unstated");
  });

  it("takes today in China's time zone", () => {
    expect(chinaDate(new Date("2023-12-31T17:00:00Z"))).toBe("2024-01-01");
    expect(chineseDate("2023-12-31")).toBe("2023年12月31日");
  });
});

describe("isCalendarDate", () => {
  it("knows month lengths and leap years", () => {
    expect(["2024-02-29", "2000-02-29", "2023-01-31", "2023-12", "2023"].map(isCalendarDate)).toEqual([true, true, true, true, true]);
    expect(["2023-02-29", "1900-02-29", "2023-02-30", "2023-04-31", "2023-13-01", "2023-00", "2023-01-00"].map(isCalendarDate)).toEqual([false, false, false, false, false, false, false]);
  });
});
