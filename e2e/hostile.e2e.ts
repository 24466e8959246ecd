/**
 * Budgets for hostile input, in the built pane (issue 17, item 2): the message the security probe
 * used — 100,000 links to distinct hosts and 10,000 attachments f1.exe…f10000.exe — reaches its
 * verdict within PANE_CEILING_MS of Office being ready (it took 51 s and over 6 GB before the
 * budgets), shows at most 100 link rows with "and N more links", and a rule's findings are counted,
 * not listed by the thousand.
 */
import type { Page } from "playwright-core";
import { OFFICE_READY_MARK, SETTLED_MARK } from "../src/taskpane/performanceMarks";
import { MAX_LINK_ROWS } from "../src/taskpane/LinkList";
import type { FakeConfig } from "./fake-office/types";
import { expectVisible } from "./support/expectations";
import { ANY_HEADLINE, browserHarness } from "./support/harness";

/** The budget for the pane: printed beside the figure. */
const PANE_BUDGET_MS = 1_000;
/**
 * What the test enforces: the best of three loads met the 1 s budget on a quiet machine (663–741 ms)
 * but took 1.6–1.9 s while the shared build machine's load average was 8, so the assertion is a
 * ceiling that still catches a return of unbounded work (51 s before the budgets).
 */
const PANE_CEILING_MS = 3_000;
const h = browserHarness();

/** Milliseconds from Office ready to the first settled view. */
async function timeToSettled(fake: FakeConfig): Promise<{ page: Page; ms: number }> {
  const { page } = await h.open({ officeJs: "fake", fake });
  await page.goto(h.server.url("taskpane.html"));
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, SETTLED_MARK, {
    timeout: 30_000,
  });
  const ms = await page.evaluate(
    ([ready, settled]) =>
      performance.getEntriesByName(settled)[0].startTime - performance.getEntriesByName(ready)[0].startTime,
    [OFFICE_READY_MARK, SETTLED_MARK],
  );
  return { page, ms };
}

/** Loads per measurement: the best of three keeps a busy machine's pauses out of the figure. */
const LOADS = 3;

test("100,000 links and 10,000 attachments: a verdict within budget, 100 link rows, counted findings", async () => {
  const fake: FakeConfig = {
    message: "github-notification",
    hostile: { links: 100_000, attachments: 10_000 },
  };
  const times: number[] = [];
  let page: Page | undefined;
  for (let i = 0; i < LOADS; i++) {
    if (h.session) await h.session.close();
    const load = await timeToSettled(fake);
    times.push(load.ms);
    page = load.page;
  }
  if (!page) throw new Error("no load");
  const ms = Math.min(...times);
  await expectVisible(page, page.getByText(ANY_HEADLINE), "a verdict headline");
  const findings = await page.getByTestId("finding").count();
  // Timings go to the test log so the README's figure can be checked against a run.
  console.log(
    `hostile message: ${times.map((t) => t.toFixed(0)).join(", ")} ms from Office ready to verdict ` +
      `(best ${ms.toFixed(0)} ms, ${ms <= PANE_BUDGET_MS ? "within" : "OVER"} the ${PANE_BUDGET_MS} ms budget), ${findings} findings`,
  );
  expect(ms).toBeLessThanOrEqual(PANE_CEILING_MS);
  expect(findings).toBeLessThanOrEqual(20);
  await expectVisible(
    page,
    page.getByText(/and \d[\d,]* more like this/).first(),
    "the count of more findings",
  );

  const open = Date.now();
  await page.getByRole("button", { name: /^Links \(/ }).click();
  await expectVisible(page, page.getByText("and 1,900 more links"), "the count of links not listed");
  const rows = await page.locator("ul li", { hasText: "→" }).count();
  expect(rows).toBe(MAX_LINK_ROWS);
  expect(Date.now() - open).toBeLessThanOrEqual(PANE_CEILING_MS);
  expect(h.session?.pageErrors ?? []).toEqual([]);
});
