import fc from "fast-check";
import { isAddrSpec, recoverFrom } from "./fromAddress";

describe("recoverFrom", () => {
  it.each([
    ['"Microsoft account team" <x@y.com>', "Microsoft account team", "x@y.com", []],
    ["Microsoft account team ,_<x@y.com>", "Microsoft account team", "x@y.com", ["several-addresses"]],
    ["Brand, xyz <a@b.com>", "Brand xyz", "a@b.com", ["several-addresses"]],
    ['"Brand", "Brand", <a@b.com>', "Brand", "a@b.com", ["several-addresses"]],
    ["Name (<a@b.com>)", "Name", "a@b.com", ["address-in-comment"]],
    ['"Facebook" <>', "Facebook", "", ["empty-address"]],
    [
      '"PayPal Security <service@paypa1.com>',
      "PayPal Security",
      "service@paypa1.com",
      ["unterminated-quote"],
    ],
    ["PayPal Security <service@paypa1.com", "PayPal Security", "service@paypa1.com", ["unterminated-angle"]],
    ['"Anna@Hofer"', "Anna@Hofer", "", ["no-address"]],
    ["Omaha Steaks Kit <crew@morningbrew,com>", "Omaha Steaks Kit", "", ["invalid-address"]],
    ['"Anna@Hofer" <anna@hofer.at>', "Anna@Hofer", "anna@hofer.at", []],
  ])("%s → %s <%s> %j", (raw, name, address, problems) => {
    expect(recoverFrom(raw)).toMatchObject({ name, address, problems });
  });

  it("says when there are several From lines", () => {
    expect(recoverFrom("a@b.com", 2).problems).toEqual(["several-from-fields"]);
  });

  it("never throws, and finds an addr-spec or nothing, in linear time on hostile lines", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("<", ">", '"', "(", ")", ",", "@", "a", " ", "\\", ".") }),
        (raw) => {
          const r = recoverFrom(raw);
          expect(r.address === "" || isAddrSpec(r.address)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
    const started = Date.now();
    recoverFrom("<".repeat(200_000) + '"' + "a@b.c ".repeat(20_000));
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
