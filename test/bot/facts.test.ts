import { describe, expect, it } from "vitest";
import { readFacts } from "../../src/bot/facts.js";
import { arabicize } from "../../src/bot/numbers.js";

describe("arabicize", () => {
  it.each([
    ["十万元", "100000元"],
    ["二十万", "200000"],
    ["1.5万", "15000"],
    ["两千元", "2000元"],
    ["3千元", "3000元"],
    ["100,000元", "100000元"],
    ["百分之六十五", "65%"],
    ["三个人", "3个人"],
    ["一年半", "1.5年"],
    ["半年", "6个月"],
    ["一次性吸纳就业补贴", "一次性吸纳就业补贴"],
    ["统一要求", "统一要求"],
    ["二十四个月", "24个月"],
    ["一千二百人", "1200人"],
    ["一千二", "1200"],
    ["三万五", "35000"],
    ["百分之一点二", "1.2%"],
    ["一点五万", "15000"],
    ["三十人", "30人"],
  ])("%s → %s", (input, output) => expect(arabicize(input)).toBe(output));
});

describe("readFacts", () => {
  const f = (text: string) => readFacts(text).facts;

  it("reads an enterprise's headcount, layoffs, premiums and size", () => {
    expect(f("我们是平凉的一家小微企业，参保职工50人，上年度裁员2人，去年一共缴了失业保险费10万元")).toEqual({
      enterpriseKind: "中小微企业",
      insuredCount: 50,
      layoffs: 2,
      premiumPaid: 100000,
    });
    expect(f("大型企业，参保1000人，裁了30人，缴纳失业保险费八十万元")).toMatchObject({ enterpriseKind: "大型企业", insuredCount: 1000, layoffs: 30, premiumPaid: 800000 });
    expect(f("只有25个参保职工，去年没裁员，缴了失业保险3万")).toMatchObject({ insuredCount: 25, layoffs: 0, premiumPaid: 30000 });
    expect(f("月均参保30.4人")).toMatchObject({ insuredCount: 30.4 });
    expect(f("一家律师事务所")).toMatchObject({ enterpriseKind: "社会组织等参照单位" });
  });

  it("reads who was hired, how many, and the contract", () => {
    expect(f("招用了3名离校2年内未就业的高校毕业生，都签了1年劳动合同")).toMatchObject({ people: 3, group: "离校2年内未就业高校毕业生", contractMonths: 12 });
    expect(f("招了2个登记失业半年以上的人，签了两年合同")).toMatchObject({ people: 2, group: "登记失业半年以上人员", contractMonths: 24 });
    expect(f("招了两个应届生，签了半年合同")).toMatchObject({ people: 2, group: "毕业年度高校毕业生", contractMonths: 6 });
    expect(f("离校3年还没就业的毕业生")).toMatchObject({ group: "离校超过2年的高校毕业生" });
    expect(f("招了一个25岁的失业青年")).toMatchObject({ people: 1, group: "其他人员" });
    expect(f("也给他们交了失业、工伤和养老保险3个月了")).toMatchObject({ insuranceMonths: 3 });
  });

  it("reads certificate levels in their several names", () => {
    expect(f("考了中级（四级）证书").certLevel).toBe("中级");
    expect(f("拿到了高级工（三级）证书").certLevel).toBe("高级");
    expect(f("技师（二级）").certLevel).toBe("技师");
    expect(f("高级技师证").certLevel).toBe("高级技师");
    expect(f("初级证").certLevel).toBe("初级");
    expect(f("五级证书").certLevel).toBe("初级");
  });

  it("reads durations, rates and money for individuals", () => {
    expect(f("失业保险才交了8个月")).toMatchObject({ unemploymentInsuranceMonths: 8 });
    expect(f("参加失业保险3年了")).toMatchObject({ unemploymentInsuranceMonths: 36 });
    expect(f("接收了5名见习人员，见习6个月，留用率65%")).toMatchObject({ people: 5, internMonths: 6, retentionRate: 65 });
    expect(f("留用率百分之五十")).toMatchObject({ retentionRate: 50 });
    expect(f("去浙江打工5个月了，往返路费花了860元")).toMatchObject({ workMonths: 5, fare: 860 });
    expect(f("在省内稳定就业3个月，家里也能自主发展生产")).toMatchObject({ crossProvince: false, workMonths: 3, ownProduction: true });
    expect(f("最低工资标准是1860元")).toEqual({ minimumWage: 1860 });
    expect(f("月工资6000元")).toEqual({ monthlyWage: 6000 });
    expect(f("可支付月数是20个月，我们企业现行费率1.2%")).toMatchObject({ fundMonths: 20, currentRate: 1.2 });
    expect(f("距法定退休年龄还有4年")).toMatchObject({ yearsToRetirement: 4 });
  });

  it("reads a bare count as the count the calculation is about", () => {
    expect(readFacts("不对，是3个人", "people").facts).toEqual({ people: 3 });
    expect(readFacts("不对，是3个人").facts).toEqual({});
  });

  it("reads the ways people state groups, counts and insurance time", () => {
    expect(f("招了一个毕业两年的大学生，还没就业过")).toMatchObject({ people: 1, group: "离校2年内未就业高校毕业生" });
    expect(f("企业招了5个登记失业的18岁青年")).toMatchObject({ people: 5, group: "登记失业的16—24岁青年" });
    expect(f("参保缴费满一年了")).toMatchObject({ unemploymentInsuranceMonths: 12 });
    expect(f("说错了，签的是半年合同")).toMatchObject({ contractMonths: 6 });
    expect(f("见习了4个月，8个人，留用5人")).toMatchObject({ internMonths: 4, people: 8, retained: 5 });
  });

  it("refuses impossible values with a clear reason instead of storing them", () => {
    const r = readFacts("留用率120%");
    expect(r.facts.retentionRate).toBeUndefined();
    expect(r.invalid[0]).toContain("100%");
    expect(readFacts("缴了失业保险费-5万元").invalid[0]).toContain("负数");
  });
});
