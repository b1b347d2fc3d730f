// Personal numbers never reach the logs: 18-digit ID-card numbers and mainland mobile numbers.
const ID_CARD = /(?<!\d)\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)/g;
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d{9}(?!\d)/g;

export function redact(text: string): string {
  return text.replace(ID_CARD, "[身份证号]").replace(MOBILE, "[手机号]");
}
