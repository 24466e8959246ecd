const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** configRequest as the pane's entry imports it: fresh, with `fetch` answering as given. */
async function importWith(answer: () => Promise<Response>) {
  const fetchMock = jest.fn(answer);
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  let module: typeof import("./configRequest") | undefined;
  await jest.isolateModulesAsync(async () => {
    module = await import("./configRequest");
  });
  return { fetchMock, requestConfig: (module as typeof import("./configRequest")).requestConfig };
}

describe("the config.json request begun at start", () => {
  it("goes out when the script starts, uncached, and is handed to the first request for the file", async () => {
    const response = new Response("{}", { status: 200 });
    const { fetchMock, requestConfig } = await importWith(async () => response);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith("config.json", { cache: "no-cache" });
    await expect(requestConfig("config.json")).resolves.toBe(response);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("is handed over once: a later request asks the server again", async () => {
    const { fetchMock, requestConfig } = await importWith(async () => new Response("{}"));
    await requestConfig("config.json");
    await requestConfig("config.json");
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("keeps a failed start for loadConfig to report, without an unhandled rejection before", async () => {
    const unhandled = jest.fn();
    process.on("unhandledRejection", unhandled);
    try {
      const { requestConfig } = await importWith(() => Promise.reject(new TypeError("Failed to fetch")));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(requestConfig("config.json")).rejects.toThrow("Failed to fetch");
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });
});
