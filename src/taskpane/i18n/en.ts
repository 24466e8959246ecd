/**
 * Every string the pane shows, in English. `es.ts` must have the same keys (the compiler checks;
 * i18n.test.ts checks they are filled in). Group keys by the part of the pane that shows them.
 * Finding titles and details come from the engine, already in the reader's language.
 */
export const en = {
  app: {
    name: "CampaignGuard",
    starting: "Starting CampaignGuard…",
  },
  verdict: {
    ok: {
      headline: "No warning signs found",
      advice:
        "That is not a guarantee. If the message asks for a password, money or a file, check with the sender another way.",
    },
    okIncomplete: {
      headline: "No warning signs in what could be checked",
      advice: "Some checks could not run (see below), so treat this message with the usual care.",
    },
    caution: {
      headline: "Be careful with this message",
      advice: "Something here is unusual. Read the notes below before you click or reply.",
    },
    suspicious: {
      headline: "This message looks suspicious",
      advice:
        "Do not click links, open attachments or reply until you have checked with the sender another way.",
    },
    dangerous: {
      headline: "Dangerous: likely phishing",
      advice: "Do not click links, open attachments or reply. Report this message to your security contact.",
    },
    mainReason: (title: string) => `Main reason: ${title}`,
    incomplete: "Some checks could not run, so this result is incomplete: see below.",
    checked: (checks: number, spoofs: number, trusted: number) =>
      `Checked on this device with ${checks} ${checks === 1 ? "check" : "checks"}, against ${spoofs} known spoof domains and look-alikes of ${trusted} trusted domains.`,
  },
  severity: {
    label: "Severity:",
    dangerous: "Dangerous",
    suspicious: "Suspicious",
    caution: "Caution",
  },
  findings: {
    heading: (n: number) => (n === 1 ? "1 warning sign" : `${n} warning signs`),
    category: {
      sender: "Sender",
      authentication: "Authentication",
      links: "Links",
      attachments: "Attachments",
      content: "What the message says",
      body: "How the message is built",
    },
    evidence: "Evidence",
    howToSpot: "How to spot this",
    more: (n: number) =>
      n === 1 ? "and 1 more like this" : `and ${n.toLocaleString("en-US")} more like this`,
  },
  evidence: {
    none: "none",
    yes: "yes",
    no: "no",
    labels: {
      address: "Address",
      addresses: "Addresses",
      appearsAs: "Appears as",
      claims: "Claims to be",
      compauth: "Microsoft composite authentication",
      contentType: "Declared type",
      destination: "Really goes to",
      displayName: "Sender's name",
      displayedAs: "Displayed as",
      displaysAs: "Displays as",
      dkim: "DKIM",
      dkimDomains: "Signed by",
      dmarc: "DMARC",
      domain: "Domain",
      domainsInName: "Domains in the name",
      ending: "Ending",
      extension: "File ending",
      flags: "Notes",
      freeMail: "Free mailbox",
      from: "From",
      fromDomain: "From domain",
      fromLine: "From line as written",
      goesTo: "Goes to",
      headers: "Headers",
      hiddenCharacters: "Hidden characters",
      hiddenDestinationHint: "Hinted destination",
      ignoredResults: "Results ignored (written lower in the message)",
      images: "Pictures",
      imitates: "Imitates",
      links: "Links",
      listedDomain: "Listed domain",
      lures: "Lures",
      mailto: "Write-to address",
      matchedName: "Name matched",
      moreLinks: "More links",
      name: "Name",
      organisationDomains: "Your organisation's domains",
      phrases: "Phrases",
      platform: "Platform",
      problems: "Problems",
      realDomain: "Real domain",
      realDomains: "Real domains",
      recipient: "Recipient",
      replyTo: "Reply-To",
      reported: "Reported",
      resultsFrom: "Results from",
      returnPathDomain: "Return-Path domain",
      said: "Said",
      senderDomain: "Sender domain",
      shows: "Shows",
      size: "Size",
      source: "Source",
      spf: "SPF",
      subject: "Subject",
      technique: "Technique",
      techniques: "Techniques",
      tenant: "Tenant",
      text: "Text",
      unwrapped: "Unwrapped",
      verifiedDomains: "Verified domains",
      vip: "Name borrowed",
      visibleCharacters: "Visible characters",
      word: "Word",
      words: "Words",
      writtenAs: "Written as",
    },
  },
  lookalike: {
    thisDomain: "This message",
    realDomain: "The real one",
    differences: "The characters that differ are highlighted.",
  },
  auth: {
    heading: "Sender checks",
    method: "Check",
    result: "Result",
    methods: { dmarc: "DMARC", compauth: "Microsoft", spf: "SPF", dkim: "DKIM" },
    results: {
      pass: "passed",
      fail: "failed",
      softfail: "soft fail",
      none: "not done",
      neutral: "no verdict",
      temperror: "temporary error",
      permerror: "broken setup",
      policy: "policy",
      softpass: "soft pass",
      other: "other",
    },
    none: "none",
  },
  incomplete: {
    heading: "Some checks could not run:",
  },
  links: {
    heading: "Links",
    flags: {
      wrapped: "unwrapped",
      "destination-hidden": "destination hidden by the rewriter",
      userinfo: "fake address before @",
      "ip-host": "numeric address",
      "disguised-ip": "encoded numeric address",
      punycode: "international address",
      port: "unusual port",
      script: "runs code",
      file: "opens a file",
      shortener: "shortened",
      hosting: "free hosting platform",
    },
    noText: "(no text)",
    displaysAs: (host: string) => `displays as ${host}`,
    through: (wrappers: string[]) => `through ${wrappers.join(", then ")}`,
    hinted: (host: string) => `hinted destination ${host}`,
    fromQr: (name: string) => (name ? `From a QR code in ${name}` : "From a QR code in a picture"),
    fromPdf: (name: string) => (name ? `From the PDF ${name}` : "From a PDF attachment"),
    truncated: "The message has more links than were checked.",
    more: (n: number) => (n === 1 ? "and 1 more link" : `and ${n.toLocaleString("en-US")} more links`),
  },
  details: {
    heading: "Message details",
    authentication: "Sender authentication",
    noResults: "The receiving server added no authentication results.",
    ignored: (n: number) =>
      n === 1
        ? "1 further result lower in the message was ignored: the sender could have written it."
        : `${n} further results lower in the message were ignored: the sender could have written them.`,
    filter: "Microsoft's filter",
    route: (n: number) => `Route (${n} ${n === 1 ? "server" : "servers"})`,
    unknownServer: "unknown",
    entered: (server: string, delay: string | undefined) =>
      `Entered your organisation at ${server}${delay ? `; ${delay} in transit.` : "."}`,
  },
  states: {
    selectMessage: "Select a message to check it.",
    notMail: "CampaignGuard checks email messages. Select a message (not a meeting or a task) to check it.",
    checking: "Checking this message…",
    checkingNext: "Checking the message you opened…",
    couldNotRead: (reason: string) => `CampaignGuard could not read this message: ${reason}`,
    readHint: "Try again. If it keeps failing, close the message and open it again.",
    tryAgain: "Try again",
    somethingWrong: "Something went wrong while showing this result.",
    somethingWrongHint: "Close the pane and open it again. Nothing was sent anywhere.",
    unknownError: "an unknown error",
    details: (detail: string) => `Details: ${detail}`,
    mobile:
      "On a phone, Outlook shows add-ins less of a message: its internet headers cannot be checked, and the pane does not follow the next message you open.",
    notOutlook:
      "This page runs inside Outlook. To check a saved message outside Outlook, use the message check page.",
    openStandalone: "Open the message check page",
  },
  settingsNotice: {
    status: (status: number) =>
      `Your organisation's CampaignGuard settings could not be read (the server answered with status ${status}). Using the defaults.`,
    download: (detail: string) =>
      `Your organisation's CampaignGuard settings could not be downloaded (${detail}). Using the defaults.`,
    invalid: (detail: string) =>
      `Your organisation's CampaignGuard settings are not valid (${detail}). Using the defaults.`,
  },
  learn: {
    open: "Learn to spot phishing",
    close: "Back to the message",
    heading: "How to spot phishing",
    whyHeading: "Why am I seeing this?",
    why: "Your organisation installed CampaignGuard because campaigns, think tanks and election offices are targeted by phishing that imitates the people and services they trust. It checks each message you open on this device, and nothing leaves your mailbox unless you report a message.",
    tipsHeading: "Tips",
  },
  standalone: {
    heading: "CampaignGuard message check",
    intro:
      "Check a saved email for phishing. The file is checked here in your browser: nothing leaves your computer.",
    couldNotCheck: (reason: string) => `CampaignGuard could not check this file: ${reason}`,
    chooseAnother: "Choose another .eml file above, or paste headers.",
    readFailed: (detail: string) => `Something went wrong while reading it (${detail}).`,
    file: "File",
    from: "From",
    subject: "Subject",
    noSubject: "(no subject)",
    noSender: "(no sender)",
    checkAnother: "Check another file",
    saveHeading: "How to save a message as .eml",
    saveWeb:
      "Outlook on the web and the new Outlook: open the message, select ··· (More actions), then Save as or Download.",
    saveMac: "Outlook for Mac: drag the message from the message list to your desktop.",
    saveClassic:
      "Classic Outlook for Windows saves .msg files, which CampaignGuard cannot read: open the message in Outlook on the web instead.",
    drop: "Drop an .eml file here, or",
    choose: "Choose an .eml file",
    pasteHeading: "Or paste the message's headers",
    pasteLabel: "Internet headers",
    pasteHint: "In Outlook: open the message, then File › Properties (Windows) or View › Message source.",
    pasteCheck: "Check the headers",
    pastedName: "Pasted headers",
    pasteEmpty: "Paste the headers first.",
    fileErrors: {
      empty: "The file is empty.",
      tooLarge: (mb: string, limit: number) =>
        `The file is ${mb} MB; CampaignGuard checks messages up to ${limit} MB.`,
      noHeaders: "This is not an email message: no email headers (From, To, Subject, Date…) were found.",
      binary: "This is not an email message: the file contains binary data.",
      unreadable: "The message could not be read.",
      msg: "This is an Outlook .msg file, which CampaignGuard cannot read. Save the message as .eml instead (see below).",
    },
  },
  feed: {
    noticeHeading: "Alert from your domain list",
    noticeDismiss: "Dismiss alert",
    /** How long ago, in words: "5 min", "3 h", "2 days". */
    age: (ms: number) => {
      const minutes = Math.max(0, Math.round(ms / 60_000));
      if (minutes < 60) return `${minutes} min ago`;
      const hours = Math.round(minutes / 60);
      if (hours < 48) return `${hours} h ago`;
      return `${Math.round(hours / 24)} days ago`;
    },
    bundledOnly: (version: number) =>
      `Domain list: the built-in list, version ${version} (no update address is set by your organisation).`,
    bundled: (version: number) => `Domain list: the built-in list, version ${version}.`,
    current: (version: number, age: string) => `Domain list: version ${version}, updated ${age}.`,
    skipped: (n: number) =>
      n === 1 ? " 1 entry was invalid and left out." : ` ${n} entries were invalid and left out.`,
    failed: (reason: string, version: number, age: string | null) =>
      `Couldn't refresh the domain list (${reason}); using version ${version}${age ? ` from ${age}` : " (built in)"}.`,
    problems: {
      "missing-signature": "it has no signature",
      "malformed-signature": "the signature is unreadable",
      "no-trusted-key": "no valid key is configured",
      mismatch: "signature did not match",
      "too-large": "the download was too large",
      "not-json": "the download was not a domain list",
      invalid: "the list is not in the expected format",
      rollback: "the server offered an older version",
      expired: "the list offered has expired",
      timeout: "the server did not answer in time",
      network: "the server could not be reached",
      "http-error": "the server answered with an error",
    },
  },
  report: {
    button: "Report to your security team",
    working: "Sending the report…",
    sent: (where: string) => `Report sent to ${where}. Thank you.`,
    queued: (where: string, when: string) =>
      `Your report to ${where} could not be sent right now. CampaignGuard keeps it and will send it ${when}.`,
    needsSignIn: (where: string) =>
      `Your report to ${where} is kept. Sending it needs you to sign in to Microsoft 365.`,
    signIn: "Sign in and send",
    already: (where: string, date: string) =>
      `You already reported this message: it was sent to ${where} on ${date}.`,
    composed: (where: string) =>
      `A forward to ${where} has opened with the message attached. Press Send in it to report the message.`,
    composedNoTarget:
      "A forward has opened with the message attached. Add your security contact's address and press Send.",
    failed: (reason: string) =>
      `The report could not be sent (${reason}). It is kept: try again, or tell your security contact.`,
    notConfigured:
      "Sending reports is turned off for your organisation. Tell your security contact about this message.",
    misconfigured: (what: string) =>
      `Reports cannot be sent: your organisation's CampaignGuard settings are incomplete (${what}). Tell your security contact.`,
    error: (reason: string) => `The report could not be prepared (${reason}). Nothing was sent.`,
    afterwards: "You can delete the message once your security team has it.",
    outboxHeading: (n: number) =>
      n === 1 ? "1 report waiting to be sent" : `${n} reports waiting to be sent`,
    outboxWaiting: (when: string) => `Will be sent ${when}.`,
    outboxSending: "Sending now…",
    outboxNeedsSignIn: "Needs you to sign in.",
    outboxFailed: (reason: string) => `Not sent: ${reason}.`,
    outboxTo: (where: string) => `To ${where}`,
    retry: "Send now",
    discard: "Remove",
    discardConfirm: "Remove it without sending",
    noSubject: "(no subject)",
  },
};

/** The shape every language follows: the same keys, each a string or a function returning one. */
export type Strings = typeof en;
