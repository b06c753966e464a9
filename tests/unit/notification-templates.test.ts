import { describe, expect, it } from "vitest";
import {
  SMS_MAX_LENGTH,
  approval,
  conflictNotice,
  declarationWithdrawn,
  emailConfirmation,
  phoneVerificationCode,
  counterNotice,
  counterPasswordReset,
  counterPhoneCode,
  declarationReceived,
  deadlineReminder,
  ellipsize,
  expiry,
  notificationTemplates,
  otp,
  passwordExpiryReminder,
  rejection,
  toGsm7,
  type NotificationMessage,
} from "@/lib/server/notifications/templates";
import { LOCALES, type Locale } from "@/lib/i18n/config";

// GSM 03.38 basic characters that are also ASCII, without the escape-table ones ([]{}|~^\ and €).
const GSM7_BASIC_ASCII = /^[A-Za-z0-9 !"#$%&'()*+,\-./:;<=>?@_\n]*$/;

const deadline = new Date("2026-08-04T16:59:59Z"); // 23:59:59 on 4 August in Hà Nội
const office = "BHXH TP. Hà Nội – BHXH cơ sở Đống Đa";
const address = "Số 16 phố Thái Hà, phường Đống Đa, Hà Nội";

function expectSendableSms(sms: string) {
  expect(sms.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
  expect(sms).toMatch(GSM7_BASIC_ASCII);
  expect(sms).toMatch(/^BHXH: \S/);
  expect(sms).not.toMatch(/\s{2}|\s$/);
}

describe("SMS text", () => {
  // Vietnamese diacritics stripped, đ/Đ included, and what GSM-7 cannot carry replaced.
  it.each([
    ["Đặng Thị Hồng Nhung", "Dang Thi Hong Nhung"], ["Nguyễn Văn Ước, Phường Hòa Khánh", "Nguyen Van Uoc, Phuong Hoa Khanh"],
    ["BHXH TP. Hà Nội – “cơ sở” …", 'BHXH TP. Ha Noi - "co so" ...'], ["a{b}[c]~d|e^f€g😀", "a(b)(c)?d?e?f?g??"],
  ])("writes %j in GSM-7 as %j", (text, sms) => {
    expect(toGsm7(text)).toBe(sms);
  });

  // At a word boundary, and never over the limit.
  it.each([
    ["Ảnh mặt sau bị mờ", 100, "Ảnh mặt sau bị mờ"], ["one two three four five six", 16, "one two three..."],
    ["abcdefghijklmnopqrstuvwxyz", 10, "abcdefg..."], ["abc", 2, ""],
  ] as const)("ellipsizes %j to %i characters as %j", (text, limit, shortened) => {
    expect(ellipsize(text, limit)).toBe(shortened);
  });

  const credentials = { bhxhCode: "0123456789", temporaryPassword: "K7PM4XQ2RT9H" };

  it("gives the user name, the temporary password and the sign-in link in one SMS", () => {
    const message = approval({ ...credentials, signInUrl: "http://localhost:3000/dang-nhap", fullName: "Đặng Thị Hồng" });
    expect(message.sms).toBe(
      "BHXH: Da cap tai khoan BHXH dien tu. Ten dang nhap: 0123456789, mat khau tam: K7PM 4XQ2 RT9H. Dang nhap tai http://localhost:3000/dang-nhap de doi mat khau.",
    );
    expectSendableSms(message.sms);
  });

  it("drops the link rather than the credentials when the address is too long", () => {
    const message = approval({ ...credentials, signInUrl: "https://dichvucong.baohiemxahoi.gov.vn/giao-dich-dien-tu/ca-nhan/dang-nhap" });
    expectSendableSms(message.sms);
    expect(message.sms).toContain("Ten dang nhap: 0123456789, mat khau tam: K7PM 4XQ2 RT9H.");
    expect(message.sms).toContain("doi mat khau khi dang nhap lan dau");
    expect(message.sms).not.toContain("https://");
  });

  it("shortens a long rejection reason gracefully and keeps the reference and the link", () => {
    const message = rejection({
      reference: "DK-2026-000123",
      reasonLabel: "Ảnh giấy tờ không rõ",
      officerNote: "Ảnh mặt sau CCCD bị mờ, không đọc được ngày cấp. Vui lòng chụp lại dưới ánh sáng tốt, không bị lóa.",
      correctUrl: "http://localhost:3000/tra-cuu",
    });
    expectSendableSms(message.sms);
    expect(message.sms).toMatch(/^BHXH: To khai DK-2026-000123 chua duoc chap nhan\. Ly do: Anh giay to khong ro: Anh mat sau CCCD bi mo[^]*\.\.\. Sua va gui lai tai http:\/\/localhost:3000\/tra-cuu$/);
  });

  it("sends a short reason whole", () => {
    const message = rejection({ reference: "DK-2026-000123", reasonLabel: "Sai mã số BHXH", correctUrl: "http://localhost:3000/tra-cuu" });
    expect(message.sms).toBe("BHXH: To khai DK-2026-000123 chua duoc chap nhan. Ly do: Sai ma so BHXH. Sua va gui lai tai http://localhost:3000/tra-cuu");
  });

  it("gives the reason's short SMS label, not the officer's note, which goes by email (with the full reason)", () => {
    const note = "Ảnh mặt sau CCCD bị mờ, không đọc được ngày cấp.";
    const message = rejection(
      { reference: "DK-2026-000123", reasonCode: "mismatchWithRecords", reasonLabel: "Thông tin không khớp với cơ sở dữ liệu BHXH", emailReasonLabel: "Details differ", officerNote: note, correctUrl: "http://localhost:3000/sua/x" },
      { locale: "en" },
    );
    expect(message.sms).toBe("BHXH: To khai DK-2026-000123 chua duoc chap nhan. Ly do: Thong tin khong khop ho so BHXH. Sua va gui lai tai http://localhost:3000/sua/x");
    expect(message.email.text).toContain(note);
    expect(message.email.text).toContain("Details differ");
  });

  it("names a corrected declaration sent again by its correction number, in the SMS and the email", () => {
    const first = declarationReceived({ reference: "DK-2026-000123", deadline, officeName: "BHXH cơ sở Đống Đa", version: 1 });
    const again = declarationReceived({ reference: "DK-2026-000123", deadline, officeName: "BHXH cơ sở Đống Đa", version: 2 });
    expect(first.sms).toMatch(/^BHXH: Da nhan to khai DK-2026-000123\./);
    expect(again.sms).toMatch(/^BHXH: Da nhan to khai sua lan 2 cua ho so DK-2026-000123\./);
    expectSendableSms(again.sms);
    expect(again.email.subject).toBe("Đã nhận tờ khai sửa lần 2 – hồ sơ DK-2026-000123");
  });

  it("names the office and the deadline in the reminder", () => {
    const message = deadlineReminder({ reference: "DK-2026-000123", deadline, officeName: "BHXH cơ sở Đống Đa", officeAddress: "16 Thái Hà" });
    expect(message.sms).toBe(
      "BHXH: Nhac han: mang to khai DK-2026-000123 da ky va ban goc giay to den BHXH co so Dong Da, 16 Thai Ha cham nhat ngay 04/08/2026, qua han to khai bi huy.",
    );
  });

  it("gives the OTP, its validity and the warning never to share it", () => {
    const message = otp({ code: "482913", purpose: "newDevice" });
    expect(message.sms).toBe(
      "BHXH: Ma dang nhap thiet bi moi: 482913, hieu luc 5 phut. KHONG cung cap ma nay cho bat ky ai, ke ca can bo BHXH.",
    );
    expect(otp({ code: "482913", purpose: "passwordReset" }).sms).toContain("Ma dat lai mat khau: 482913, hieu luc 5 phut.");
  });

  it("says how many days the password has left, or that it expires today", () => {
    const url = "http://localhost:3000/tai-khoan/mat-khau";
    expect(passwordExpiryReminder({ daysLeft: 14, changePasswordUrl: url }).sms).toBe(
      "BHXH: Mat khau tai khoan dien tu BHXH se het han sau 14 ngay. Vui long doi mat khau tai http://localhost:3000/tai-khoan/mat-khau",
    );
    expect(passwordExpiryReminder({ daysLeft: 0, changePasswordUrl: url }).sms).toContain("se het han trong hom nay.");
  });

  it("counter: the phone-change code says to read it only at the counter; notices carry no secret", () => {
    expect(counterPhoneCode({ code: "482913", validMinutes: 5 }).sms).toBe(
      "BHXH: Ma doi so dien thoai tai quay BHXH: 482913, hieu luc 5 phut. Chi doc ma nay cho can bo khi ban dang co mat tai quay.",
    );
    const at = new Date("2026-12-01T03:04:00Z");
    const notice = counterNotice({ kind: "changePhone", bhxhCode: "0123456789", officeName: "BHXH co so Ba Dinh", at, receipt: "QT-7KQ4-M9XD" });
    expect(notice.sms).toBe(
      "BHXH: So dien thoai nhan tin cua tai khoan 0123456789 da duoc doi tai BHXH co so Ba Dinh, 01/12/2026 10:04. Khong phai ban yeu cau? Bao ngay co quan BHXH.",
    );
    expect(counterNotice({ kind: "lock", bhxhCode: "0123456789", officeName: "X", at, receipt: "QT-7KQ4-M9XD", reasonCode: "suspectedMisuse" }).email.text).toContain(
      "Lý do: Nghi ngờ tài khoản bị người khác sử dụng.",
    );
    expect(counterPasswordReset({ bhxhCode: "0123456789", temporaryPassword: "K7PM4XQ2RT9H", signInUrl: "http://localhost:3000/dang-nhap" }).sms).toContain(
      "0123456789: K7PM 4XQ2 RT9H.",
    );
  });

  it("tells the person their declaration was withdrawn, and where to declare again", () => {
    const message = declarationWithdrawn({ reference: "TK-7KQ4-M9XD", reasonLabel: "Khai sai", atCounter: false, declareUrl: "http://x.test/dang-ky" });
    expect(message.sms).toBe("BHXH: To khai TK-7KQ4-M9XD da duoc rut, khong con cho xet. Can dang ky lai, lap to khai moi tai http://x.test/dang-ky");
    expect(message.email.text).toContain("sau khi xác nhận mã gửi tới số điện thoại đã khai");
    expect(declarationWithdrawn({ reference: "TK-7KQ4-M9XD", reasonLabel: "Khai sai", atCounter: true, declareUrl: "http://x.test/dang-ky" }).email.text).toContain("tại bộ phận một cửa");
  });

  it("uses the configured brand as prefix", () => {
    expect(expiry({ reference: "DK-1", declareUrl: "http://x.test/dang-ky" }, { brand: "BHXHVN" }).sms).toMatch(/^BHXHVN: To khai DK-1 da bi huy/);
  });

  describe("stays within one 160-character GSM-7 SMS with worst-case inputs", () => {
    const longName = "Nguyễn Đặng Thị Hồng Nhung Phượng Hoàng ".repeat(8);
    const longText = "Ảnh mặt trước và mặt sau giấy tờ bị lóa, không đọc được; <script>alert('x')</script> 😀 {chụp lại} ".repeat(20);
    const longOffice = "BHXH Thành phố Hồ Chí Minh – BHXH cơ sở Phường Sài Gòn, Bến Thành, Tân Định và các xã lân cận ".repeat(4);
    const longAddress = "Số 117C đường Nguyễn Đình Chính, khu phố 5, phường Phú Nhuận, Thành phố Hồ Chí Minh ".repeat(5);
    const longUrl = "https://dichvucong.baohiemxahoi.gov.vn/" + "rat-dai/".repeat(30);
    const longReference = "DK-2026-HCM-0000000001234567";

    const worstCases: Record<keyof typeof notificationTemplates, (locale: Locale) => NotificationMessage> = {
      approval: (locale) =>
        approval({ bhxhCode: "0123456789", temporaryPassword: "K7PM4XQ2RT9H", signInUrl: longUrl, fullName: longName }, { locale }),
      rejection: (locale) =>
        rejection({ reference: longReference, reasonLabel: longText, officerNote: longText, correctUrl: longUrl, fullName: longName }, { locale }),
      deadlineReminder: (locale) =>
        deadlineReminder({ reference: longReference, deadline, officeName: longOffice, officeAddress: longAddress, fullName: longName }, { locale }),
      expiry: (locale) => expiry({ reference: longReference, declareUrl: longUrl, fullName: longName }, { locale }),
      otp: (locale) => otp({ code: "999999", purpose: "passwordReset", validMinutes: 5 }, { locale }),
      passwordExpiryReminder: (locale) => passwordExpiryReminder({ daysLeft: 183, changePasswordUrl: longUrl, fullName: longName }, { locale }),
      declarationReceived: (locale) =>
        declarationReceived({ reference: longReference, deadline, officeName: longOffice, officeAddress: longAddress, lookupUrl: longUrl }, { locale }),
      phoneVerificationCode: (locale) => phoneVerificationCode({ code: "999999", validMinutes: 10 }, { locale }),
      emailConfirmation: (locale) => emailConfirmation({ reference: longReference, confirmUrl: longUrl }, { locale }),
      declarationWithdrawn: (locale) =>
        declarationWithdrawn({ reference: longReference, reasonLabel: longText, atCounter: true, declareUrl: longUrl, fullName: longName }, { locale }),
      conflictNotice: (locale) =>
        locale === "vi"
          ? conflictNotice({ kind: "pending", reference: longReference, officeName: longOffice, deadline }, { locale })
          : conflictNotice({ kind: "account", bhxhCode: "0123456789", signInUrl: longUrl }, { locale }),
      counterPhoneCode: (locale) => counterPhoneCode({ code: "999999", validMinutes: 5 }, { locale }),
      counterPasswordReset: (locale) => counterPasswordReset({ bhxhCode: "0123456789", temporaryPassword: "K7PM4XQ2RT9H", signInUrl: longUrl }, { locale }),
      counterNotice: (locale) =>
        counterNotice({ kind: "lock", bhxhCode: "0123456789", officeName: longOffice, at: deadline, receipt: "QT-7KQ4-M9XD", reasonCode: "suspectedMisuse", fullName: longName }, { locale }),
    };

    for (const [name, build] of Object.entries(worstCases)) {
      for (const locale of LOCALES) {
        it(`${name} (${locale})`, () => {
          const { sms } = build(locale);
          expectSendableSms(sms);
          expect(sms.length).toBeGreaterThan(60);
        });
      }
    }

    it("keeps the reference, the deadline and a piece of each shortened part", () => {
      const reminder = deadlineReminder({ reference: longReference, deadline, officeName: longOffice, officeAddress: longAddress });
      expect(reminder.sms).toContain(`to khai ${longReference} da ky`);
      expect(reminder.sms).toContain("BHXH Thanh pho Ho Chi Minh");
      expect(reminder.sms).toMatch(/\.\.\. cham nhat ngay 04\/08\/2026\.$/);

      const refused = rejection({ reference: longReference, reasonLabel: longText, officerNote: longText, correctUrl: longUrl });
      expect(refused.sms).toContain(`To khai ${longReference} chua duoc chap nhan. Ly do: Anh mat truoc`);
      expect(refused.sms).toContain("...");
    });

    it("cuts even an absurd brand and reference", () => {
      const { sms } = expiry({ reference: "X".repeat(400), declareUrl: longUrl }, { brand: "Bảo hiểm xã hội Việt Nam" });
      expect(sms.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
      expect(sms).toMatch(GSM7_BASIC_ASCII);
      expect(sms.startsWith("Bao hiem...: To khai XXX")).toBe(true);
    });
  });
});

describe("email", () => {
  it("is full Vietnamese with diacritics, in a text part and an accessible HTML part", () => {
    const { email } = approval({
      bhxhCode: "0123456789",
      temporaryPassword: "K7PM4XQ2RT9H",
      signInUrl: "http://localhost:3000/dang-nhap",
      fullName: "Đặng Thị Hồng",
    });
    expect(email.subject).toBe("Tài khoản giao dịch điện tử với cơ quan BHXH đã được cấp");
    expect(email.text).toContain("Kính gửi ông/bà Đặng Thị Hồng,");
    expect(email.text).toContain("Tên đăng nhập (mã số BHXH): 0123456789");
    expect(email.text).toContain("Mật khẩu tạm thời: K7PM 4XQ2 RT9H");
    expect(email.text).toContain("Đăng nhập: http://localhost:3000/dang-nhap");
    expect(email.html).toMatch(/^<!DOCTYPE html>\n<html lang="vi" dir="ltr">/);
    expect(email.html).toContain('<meta charset="utf-8">');
    expect(email.html).toContain("<title>Tài khoản giao dịch điện tử với cơ quan BHXH đã được cấp</title>");
    expect(email.html).toMatch(/<h1 [^>]*>Tài khoản của bạn đã được cấp<\/h1>/);
    expect(email.html).toMatch(/<th scope="row"[^>]*>Mật khẩu tạm thời<\/th><td[^>]*>K7PM 4XQ2 RT9H<\/td>/);
    expect(email.html).toMatch(/<a href="http:\/\/localhost:3000\/dang-nhap"[^>]*>Đăng nhập<\/a>/);
  });

  it("escapes user content: a <script> in the officer's note stays text", () => {
    const { email } = rejection({
      reference: "DK-2026-000123",
      reasonLabel: "Thông tin không khớp",
      officerNote: `Họ tên <script>alert("x")</script> & "ngày sinh" không khớp`,
      correctUrl: "http://localhost:3000/tra-cuu?ma=DK-2026-000123&b=1",
      fullName: "<img src=x onerror=alert(1)>",
    });
    expect(email.html).not.toMatch(/<script|<img/i);
    expect(email.html).toContain("Họ tên &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;ngày sinh&quot; không khớp");
    expect(email.html).toContain("Kính gửi ông/bà &lt;img src=x onerror=alert(1)&gt;,");
    expect(email.html).toContain('href="http://localhost:3000/tra-cuu?ma=DK-2026-000123&amp;b=1"');
    // The text part is plain text: nothing to escape there.
    expect(email.text).toContain(`Ghi chú của cán bộ BHXH: Họ tên <script>alert("x")</script> & "ngày sinh" không khớp`);
    expect(email.text).toContain("Lý do: Thông tin không khớp");
    expect(email.text).toContain("Sửa và gửi lại tờ khai: http://localhost:3000/tra-cuu?ma=DK-2026-000123&b=1");
    expect(email.subject).toBe("Tờ khai DK-2026-000123 chưa được chấp nhận");
  });

  it("tells what to bring, where and by when", () => {
    const { email } = deadlineReminder({ reference: "DK-2026-000123", deadline, officeName: office, officeAddress: address });
    expect(email.subject).toBe("Nhắc hạn nộp hồ sơ: tờ khai DK-2026-000123");
    expect(email.text).toContain("chậm nhất ngày 04/08/2026");
    expect(email.text).toContain(`Cơ quan BHXH tiếp nhận: ${office}`);
    expect(email.text).toContain(`Địa chỉ: ${address}`);
    expect(email.text).toContain("Quá hạn này, tờ khai sẽ tự động bị hủy");
  });

  it("announces the attached PDF on submission, and how to declare again after expiry", () => {
    const received = declarationReceived({ reference: "DK-2026-000123", deadline, officeName: office, lookupUrl: "http://localhost:3000/tra-cuu" });
    expect(received.email.subject).toBe("Đã nhận tờ khai DK-2026-000123");
    expect(received.email.text).toContain("Tờ khai (bản PDF) được đính kèm thư này.");
    expect(received.email.text).toContain("Hạn nộp tại cơ quan BHXH: 04/08/2026");
    expect(received.email.text).not.toContain("Địa chỉ:");
    expect(received.sms).toBe(
      "BHXH: Da nhan to khai DK-2026-000123. In, ky va mang to khai cung ban goc giay to den BHXH TP. Ha Noi - BHXH co so Dong Da cham nhat ngay 04/08/2026.",
    );

    const expired = expiry({ reference: "DK-2026-000123", declareUrl: "http://localhost:3000/dang-ky" });
    expect(expired.email.subject).toBe("Tờ khai DK-2026-000123 đã bị hủy do quá hạn");
    expect(expired.email.text).toContain("Khai tờ khai mới: http://localhost:3000/dang-ky");
  });

  it("gives the OTP with its validity and the warning", () => {
    const { email } = otp({ code: "482913", purpose: "newDevice" });
    expect(email.text).toContain("Mã xác thực: 482913");
    expect(email.text).toContain("Mã có hiệu lực trong 5 phút.");
    expect(email.text).toContain("Tuyệt đối không cung cấp mã này cho bất kỳ ai");
    expect(email.html).toContain("Tuyệt đối không cung cấp mã này cho bất kỳ ai");
  });

  it("writes the email in the person's language and the SMS always in unaccented Vietnamese", () => {
    const vi = passwordExpiryReminder({ daysLeft: 3, changePasswordUrl: "http://localhost:3000/mk" });
    const en = passwordExpiryReminder({ daysLeft: 3, changePasswordUrl: "http://localhost:3000/mk" }, { locale: "en" });
    expect(en.email.html).toContain('<html lang="en"');
    expect(en.email.text).toContain("The password of your electronic transaction account expires in 3 days.");
    const ko = passwordExpiryReminder({ daysLeft: 3, changePasswordUrl: "http://localhost:3000/mk" }, { locale: "ko" });
    expect(ko.email.html).toContain('<html lang="ko"');
    expect(ko.email.text).toContain("귀하의 전자거래 계정 비밀번호가 3일 후 만료됩니다.");
    for (const locale of LOCALES) {
      const { sms } = passwordExpiryReminder({ daysLeft: 3, changePasswordUrl: "http://localhost:3000/mk" }, { locale });
      expect(sms, locale).toBe(vi.sms);
    }
    expect(vi.sms).toMatch(/^BHXH: Mat khau tai khoan/);
  });

  it("dates the email's deadline in the person's language, the SMS's in Vietnamese", () => {
    const params = { reference: "TK-7KQ4-M9XD", officeName: "BHXH Ba Đình", officeAddress: "1 Phố X", deadline: new Date("2026-08-04T16:59:59.999Z") };
    const ko = declarationReceived(params, { locale: "ko" });
    expect(ko.email.text).toContain("2026. 8. 4.까지");
    expect(ko.sms).toContain("04/08/2026");
    expect(ko.email.html).toContain('lang="ko"');
    const zh = deadlineReminder(params, { locale: "zh" });
    expect(zh.email.html).toContain('<html lang="zh-Hans"');
    expect(zh.sms).toBe(deadlineReminder(params).sms);
  });

  it("quotes the deadline's date in Vietnam, the last day the office can still be visited", () => {
    // The deadline is the end of a Vietnamese day: 23:59:59.999 on 4 August there is 16:59:59.999 UTC.
    const params = { reference: "TK-7KQ4-M9XD", officeName: "BHXH Ba Đình", officeAddress: "1 Phố X", fullName: "A" };
    const lastDay = deadlineReminder({ ...params, deadline: new Date("2026-08-04T16:59:59.999Z") });
    expect(lastDay.sms).toContain("04/08/2026");
    expect(lastDay.email.text).toContain("04/08/2026");
    const received = declarationReceived({ ...params, deadline: new Date("2026-08-04T17:00:00Z") });
    expect(received.sms).toContain("05/08/2026");
  });
});
