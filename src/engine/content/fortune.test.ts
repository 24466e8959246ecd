import { fortuneIn } from "./fortune";

describe("fortuneIn", () => {
  it.each([
    ["in my department we have US$ 9.5 million united state dollars", "$ 9.5 million"],
    ["You have just received a payment of €520,000 from the Moneygram service", "€520,000"],
    ["a total of $ 1,204,519.22 USD. Login with details below", "$ 1,204,519.22 USD"],
    ["a charity proposal for u worth Hundred Million United State Dollars", "Million United State Dollars"],
    ["um valor total de 2.500.000,00 dólares americanos", "2.500.000,00 dólares"],
    ["la suma de 4,8 millones de euros", "4,8 millones de euros"],
    ["uma herança de 3 Milhões de Dólares", "3 Milhões de Dólares"],
    ["DÓLARES 2.000.000", "DÓLARES 2.000.000"],
    ["le dejo un millón de dólares", "millón de dólares"],
  ])("finds the fortune in %j", (text, found) => {
    expect(fortuneIn(text)).toBe(found);
  });

  it.each([
    "Transação em analise no valor de R$1.599,99 em RENNER",
    "Tickets cost $45 and the venue holds 100,000 people",
    "The city has 2 million residents",
    "Invoice 1234567 is attached",
    "Raise $250 by Friday",
  ])("finds none in %j", (text) => {
    expect(fortuneIn(text)).toBeUndefined();
  });

  it("reads a hostile run of digits and separators in one pass", () => {
    const text = `$${"1,".repeat(200_000)}1`;
    expect(fortuneIn(text)).toBe(text);
  });
});
