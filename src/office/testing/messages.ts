/**
 * Messages served by the fake Office host. Each carries the raw internet header block that Exchange
 * Online hands to `getAllInternetHeadersAsync` (Received chain, Authentication-Results as EOP writes
 * them, the X-MS-Exchange-* stamps) and an HTML body, so the pane sees what it would see in Outlook.
 *
 * This file must stay platform-neutral: it is bundled into the browser fake and imported by the Node
 * tests (which build .eml files from the same data).
 */

export interface FakeAddress {
  displayName: string;
  emailAddress: string;
}

export interface FakeAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
}

export interface FakeSharedMailbox {
  owner: string;
  targetMailbox: string;
  targetRestUrl: string;
  /** Bit set of `Office.MailboxEnums.DelegatePermissions`. */
  delegatePermissions: number;
}

export interface FakeMessage {
  itemId: string;
  conversationId: string;
  subject: string;
  from: FakeAddress;
  sender: FakeAddress;
  to: FakeAddress[];
  cc: FakeAddress[];
  internetMessageId: string;
  /** ISO-8601. */
  dateTimeCreated: string;
  /**
   * Header block of the message as delivered (CRLF line ends, folded lines kept, ends with CRLF).
   * `getAsFileAsync` always uses it.
   */
  headers: string;
  /**
   * What `getAllInternetHeadersAsync` returns when it differs from `headers` (the new-Outlook bug
   * that returns only a Subject line).
   */
  internetHeadersOverride?: string;
  /** MIME boundary used in `headers`' Content-Type (multipart/alternative). */
  boundary: string;
  text: string;
  html: string;
  attachments: FakeAttachment[];
  /** Set when the item lives in a shared mailbox: `getSharedPropertiesAsync` is then available. */
  shared?: FakeSharedMailbox;
}

const CRLF = "\r\n";
const lines = (...l: string[]): string => l.join(CRLF) + CRLF;

/** The person whose mailbox the fake host shows. */
export const USER: FakeAddress = {
  displayName: "Dana Whitfield",
  emailAddress: "dana.whitfield@harperforsenate.org",
};

// (a) A GitHub review notification: authenticated (SPF, DKIM and DMARC pass), links only to github.com.
const GITHUB_BOUNDARY = "--==_mimepart_691c7c5f4d2a1_3b1c6a11c8b4e7";
const githubNotification: FakeMessage = {
  itemId:
    "AAMkADk4ZjQ1ZTFhLTU3NmEtNGY2Ni1iZjU1LTQ0ZWM1ZDBhNmE3OQBGAAAAAAC1m9XIvGXTS5WlpX0ho2xnBwCW3Yt2vQyXTqLrU2ulUe7jAAAAAAEMAACW3Yt2vQyXTqLrU2ulUe7jAAAXy3VmAAA=",
  conversationId: "AAQkADk4ZjQ1ZTFhLTU3NmEtNGY2Ni1iZjU1LTQ0ZWM1ZDBhNmE3OQAQAGx4Zq0s1WZGq3S8cWZr0xw=",
  subject: "Re: [harper-campaign/volunteer-portal] Add shift sign-up export (PR #142)",
  from: { displayName: "Priya Natarajan", emailAddress: "notifications@github.com" },
  sender: { displayName: "Priya Natarajan", emailAddress: "notifications@github.com" },
  to: [
    { displayName: "harper-campaign/volunteer-portal", emailAddress: "volunteer-portal@noreply.github.com" },
  ],
  cc: [USER, { displayName: "Mention", emailAddress: "mention@noreply.github.com" }],
  internetMessageId: "<harper-campaign/volunteer-portal/pull/142/review/2456734901@github.com>",
  dateTimeCreated: "2025-11-18T14:02:11.000Z",
  boundary: GITHUB_BOUNDARY,
  headers: lines(
    "Received: from BN8PR11MB3634.namprd11.prod.outlook.com (2603:10b6:408:8e::24)",
    " by SA1PR11MB8473.namprd11.prod.outlook.com with HTTPS; Tue, 18 Nov 2025",
    " 14:02:11 +0000",
    "Received: from CH0PR03CA0301.namprd03.prod.outlook.com (2603:10b6:610:118::11)",
    " by BN8PR11MB3634.namprd11.prod.outlook.com (2603:10b6:408:8e::24) with",
    " Microsoft SMTP Server (version=TLS1_2,",
    " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9320.12; Tue, 18 Nov",
    " 2025 14:02:09 +0000",
    "Received: from CH2PEPF0000009E.namprd02.prod.outlook.com",
    " (2603:10b6:610:118:cafe::4d) by CH0PR03CA0301.outlook.office365.com",
    " (2603:10b6:610:118::11) with Microsoft SMTP Server (version=TLS1_3,",
    " cipher=TLS_AES_256_GCM_SHA384) id 15.20.9320.13 via Frontend Transport; Tue,",
    " 18 Nov 2025 14:02:09 +0000",
    "Authentication-Results: spf=pass (sender IP is 192.30.252.201)",
    " smtp.mailfrom=github.com; dkim=pass (signature was verified)",
    " header.d=github.com;dmarc=pass action=none header.from=github.com;compauth=pass",
    " reason=100",
    "Received-SPF: Pass (protection.outlook.com: domain of github.com designates",
    " 192.30.252.201 as permitted sender) receiver=protection.outlook.com;",
    " client-ip=192.30.252.201; helo=out-18.smtp.github.com; pr=C",
    "Received: from out-18.smtp.github.com (192.30.252.201) by",
    " CH2PEPF0000009E.mail.protection.outlook.com (10.167.244.27) with Microsoft",
    " SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9343.9",
    " via Frontend Transport; Tue, 18 Nov 2025 14:02:08 +0000",
    "Received: from github.com (hubbernetes-node-3b1c6a1.ash1-iad.github.net [10.56.203.71])",
    "\tby smtp.github.com (Postfix) with ESMTPA id 4D8F01C0A2B",
    "\tfor <dana.whitfield@harperforsenate.org>; Tue, 18 Nov 2025 06:02:07 -0800 (PST)",
    "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=github.com;",
    "\ts=pf2023; t=1763474527;",
    "\tbh=qK9n4Rr2mX1cB0w7yQ4t3v2u8s6P5o0L1k2J3h4G5f8=;",
    "\th=Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:",
    "\t List-Archive:List-Post:List-Unsubscribe:From;",
    "\tb=Vf3cQ2xS0pNwq8Kt1mZb7Yd4Ej6Lr9Hs2Ga5Uo0Ti3Px8Wc1Nk4Fv7Be2Rj6Dm9Qy0Zl3Ah5Cg8Xu1",
    "\t Sn4Ip7Ko0Me3Lt6Jw9Od2Fb5Gr8Hv1Yx4Ec7Qa0Tz3Uk6Nm9Ps2Wl5Ri8Cd1Bf4Gj7Hn0Vq3Ys6Xe9",
    "\t Ot2Lu5Ka8Mb1Pc4Ri7Sd0Te3Uf6Vg9Wh2Xi5Yj8Zk1Al4Bm7Cn0Do3Ep6Fq9Gr2Hs5It8Ju1Kv4Lw7=",
    "Date: Tue, 18 Nov 2025 06:02:07 -0800",
    "From: Priya Natarajan <notifications@github.com>",
    "Reply-To: harper-campaign/volunteer-portal",
    " <reply+AB3XQ7NPZK5WJ4XG2KLFRHV7FDQVPEVBNHHLOEJYQM@reply.github.com>",
    "To: harper-campaign/volunteer-portal <volunteer-portal@noreply.github.com>",
    "Cc: Dana Whitfield <dana.whitfield@harperforsenate.org>, Mention",
    " <mention@noreply.github.com>",
    "Message-ID: <harper-campaign/volunteer-portal/pull/142/review/2456734901@github.com>",
    "In-Reply-To: <harper-campaign/volunteer-portal/pull/142@github.com>",
    "References: <harper-campaign/volunteer-portal/pull/142@github.com>",
    "Subject: Re: [harper-campaign/volunteer-portal] Add shift sign-up export (PR",
    " #142)",
    "Content-Type: multipart/alternative;",
    ` boundary="${GITHUB_BOUNDARY}"; charset=UTF-8`,
    "Content-Transfer-Encoding: 7bit",
    "Precedence: list",
    "X-GitHub-Sender: priyanat",
    "X-GitHub-Recipient: dwhitfield",
    "X-GitHub-Reason: mention",
    "List-ID: harper-campaign/volunteer-portal",
    " <volunteer-portal.harper-campaign.github.com>",
    "List-Archive: https://github.com/harper-campaign/volunteer-portal",
    "List-Post: <mailto:reply+AB3XQ7NPZK5WJ4XG2KLFRHV7FDQVPEVBNHHLOEJYQM@reply.github.com>",
    "List-Unsubscribe: <mailto:unsub+AB3XQ7NPZK5WJ4XG2KLFRHV7FDQVPEVBNHHLOEJYQM@reply.github.com>,",
    " <https://github.com/notifications/unsubscribe/AB3XQ7KJ2MZ5RLV4WQKT6GD2ZJHXBAVCNFSM6AAAAABSGQ7M2W>",
    "X-Auto-Response-Suppress: All",
    "X-GitHub-Recipient-Address: dana.whitfield@harperforsenate.org",
    "Return-Path: noreply@github.com",
    "X-MS-Exchange-Organization-ExpirationStartTime: 18 Nov 2025 14:02:08.9312",
    " (UTC)",
    "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
    "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
    "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
    "X-MS-Exchange-Organization-Network-Message-Id:",
    " 0b7f6d1e-5c3a-4f28-9e61-08de26a9c4b7",
    "X-EOPAttributedMessage: 0",
    "X-EOPTenantAttributedMessage: 7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f:0",
    "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
    "X-MS-PublicTrafficType: Email",
    "X-MS-TrafficTypeDiagnostic:",
    " CH2PEPF0000009E:EE_|BN8PR11MB3634:EE_|SA1PR11MB8473:EE_",
    "X-MS-Exchange-Organization-AuthSource:",
    " CH2PEPF0000009E.namprd02.prod.outlook.com",
    "X-MS-Exchange-Organization-AuthAs: Anonymous",
    "X-MS-Office365-Filtering-Correlation-Id: 0b7f6d1e-5c3a-4f28-9e61-08de26a9c4b7",
    "X-MS-Exchange-Organization-SCL: 1",
    "X-Microsoft-Antispam: BCL:0;ARA:13230040|2066899003|8096899003|4073199012;",
    "X-Forefront-Antispam-Report:",
    " CIP:192.30.252.201;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:out-18.smtp.github.com;PTR:out-18.smtp.github.com;CAT:NONE;SFS:(13230040)(2066899003)(8096899003)(4073199012);DIR:INB;",
    "X-MS-Exchange-CrossTenant-OriginalArrivalTime: 18 Nov 2025 14:02:08.7593",
    " (UTC)",
    "X-MS-Exchange-CrossTenant-Network-Message-Id: 0b7f6d1e-5c3a-4f28-9e61-08de26a9c4b7",
    "X-MS-Exchange-CrossTenant-Id: 7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
    "X-MS-Exchange-CrossTenant-AuthSource:",
    " CH2PEPF0000009E.namprd02.prod.outlook.com",
    "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
    "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
    "X-MS-Exchange-Transport-CrossTenantHeadersStamped: BN8PR11MB3634",
    "X-MS-Exchange-Transport-EndToEndLatency: 00:00:02.3390812",
    "X-MS-Exchange-Processed-By-BccFoldering: 15.20.9320.009",
    "MIME-Version: 1.0",
  ),
  text: [
    "@priyanat commented on this pull request.",
    "",
    "In src/exports/shifts.ts:",
    "",
    "> +  const rows = shifts.map((s) => [s.volunteer, s.start, s.end]);",
    "",
    "Could we add the precinct column here? The field team asked for it on Monday.",
    "",
    "-- ",
    "Reply to this email directly, view it on GitHub:",
    "https://github.com/harper-campaign/volunteer-portal/pull/142#pullrequestreview-2456734901",
    "You are receiving this because you were mentioned.",
    "",
  ].join(CRLF),
  html: [
    "<p></p>",
    "<p><b>@priyanat</b> commented on this pull request.</p>",
    "<hr>",
    '<p>In <a href="https://github.com/harper-campaign/volunteer-portal/pull/142#discussion_r1856623410">src/exports/shifts.ts</a>:</p>',
    "<pre style='color:#555'>&gt; +  const rows = shifts.map((s) =&gt; [s.volunteer, s.start, s.end]);",
    "</pre>",
    "<p>Could we add the precinct column here? The field team asked for it on Monday.</p>",
    '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, ' +
      '<a href="https://github.com/harper-campaign/volunteer-portal/pull/142#pullrequestreview-2456734901">view it on GitHub</a>, ' +
      'or <a href="https://github.com/notifications/unsubscribe-auth/AB3XQ7KJ2MZ5RLV4WQKT6GD2ZJHXBAVCNFSM6AAAAABSGQ7M2W">unsubscribe</a>.' +
      "<br />You are receiving this because you were mentioned." +
      '<img src="https://github.com/notifications/beacon/AB3XQ7PLJ6RKV3YFWTZQ5LL2ZJHXBA5CNFSM6AAAAABSGQ7M2W.gif" height="1" width="1" alt="" /></p>',
    "",
  ].join(CRLF),
  attachments: [],
};

// (b) The 2018 Senate ADFS lure: a documented STRONTIUM/APT28 spoof domain, SPF passes for the
// attacker's own domain, no DKIM, no DMARC, and a link whose text shows adfs.senate.gov.
const ADFS_BOUNDARY = "b1_5c0f0e2a7d3b4e1f9a6c3d8b0e4f2a71";
const adfsSenatePhish: FakeMessage = {
  itemId:
    "AAMkADk4ZjQ1ZTFhLTU3NmEtNGY2Ni1iZjU1LTQ0ZWM1ZDBhNmE3OQBGAAAAAAC1m9XIvGXTS5WlpX0ho2xnBwCW3Yt2vQyXTqLrU2ulUe7jAAAAAAEMAACW3Yt2vQyXTqLrU2ulUe7jAAAXy3VnAAA=",
  conversationId: "AAQkADk4ZjQ1ZTFhLTU3NmEtNGY2Ni1iZjU1LTQ0ZWM1ZDBhNmE3OQAQAN2q0kRkT0lCm6m1Kx9fA3Q=",
  subject: "Your Senate password expires today",
  from: { displayName: "Senate IT Support", emailAddress: "it-support@adfs-senate.services" },
  sender: { displayName: "Senate IT Support", emailAddress: "it-support@adfs-senate.services" },
  to: [USER],
  cc: [],
  internetMessageId: "<20251119094728.3F1C2A7B9E@adfs-senate.services>",
  dateTimeCreated: "2025-11-19T09:47:33.000Z",
  boundary: ADFS_BOUNDARY,
  headers: lines(
    "Received: from DM6PR09MB5430.namprd09.prod.outlook.com (2603:10b6:5:2b4::19) by",
    " SA1PR11MB8473.namprd11.prod.outlook.com with HTTPS; Wed, 19 Nov 2025",
    " 09:47:33 +0000",
    "Received: from BL1PR13CA0087.namprd13.prod.outlook.com (2603:10b6:208:2b8::32)",
    " by DM6PR09MB5430.namprd09.prod.outlook.com (2603:10b6:5:2b4::19) with",
    " Microsoft SMTP Server (version=TLS1_2,",
    " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9320.12; Wed, 19 Nov",
    " 2025 09:47:32 +0000",
    "Received: from BL02EPF0001A0FC.namprd03.prod.outlook.com",
    " (2603:10b6:208:2b8:cafe::c1) by BL1PR13CA0087.outlook.office365.com",
    " (2603:10b6:208:2b8::32) with Microsoft SMTP Server (version=TLS1_3,",
    " cipher=TLS_AES_256_GCM_SHA384) id 15.20.9320.13 via Frontend Transport; Wed,",
    " 19 Nov 2025 09:47:32 +0000",
    "Authentication-Results: spf=pass (sender IP is 185.220.101.47)",
    " smtp.mailfrom=adfs-senate.services; dkim=none (message not signed)",
    " header.d=none;dmarc=none action=none",
    " header.from=adfs-senate.services;compauth=fail reason=001",
    "Received-SPF: Pass (protection.outlook.com: domain of adfs-senate.services",
    " designates 185.220.101.47 as permitted sender)",
    " receiver=protection.outlook.com; client-ip=185.220.101.47;",
    " helo=mail.adfs-senate.services; pr=C",
    "Received: from mail.adfs-senate.services (185.220.101.47) by",
    " BL02EPF0001A0FC.mail.protection.outlook.com (10.167.242.103) with Microsoft",
    " SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
    " 15.20.9343.9 via Frontend Transport; Wed, 19 Nov 2025 09:47:31 +0000",
    "Received: from [10.8.0.14] (unknown [89.44.9.243])",
    "\tby mail.adfs-senate.services (Postfix) with ESMTPSA id 7E2A4C1F3B",
    "\tfor <dana.whitfield@harperforsenate.org>; Wed, 19 Nov 2025 09:47:29 +0000 (UTC)",
    "Date: Wed, 19 Nov 2025 09:47:28 +0000",
    "From: Senate IT Support <it-support@adfs-senate.services>",
    "Reply-To: =?utf-8?Q?Senate_IT_Support_=E2=80=93_Verification?=",
    " <helpdesk-verify@adfs-senate.services>",
    "To: dana.whitfield@harperforsenate.org",
    "Subject: Your Senate password expires today",
    "Message-ID: <20251119094728.3F1C2A7B9E@adfs-senate.services>",
    "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
    "X-Priority: 1 (Highest)",
    "Importance: High",
    "Content-Type: multipart/alternative;",
    ` boundary="${ADFS_BOUNDARY}"`,
    "Return-Path:",
    "\t<bounce+7f3a2c@adfs-senate.services>",
    "X-MS-Exchange-Organization-ExpirationStartTime: 19 Nov 2025 09:47:31.6684",
    " (UTC)",
    "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
    "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
    "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
    "X-MS-Exchange-Organization-Network-Message-Id:",
    " 5e2c9a41-7b3d-4e0f-a8c6-08de27520f93",
    "X-EOPAttributedMessage: 0",
    "X-EOPTenantAttributedMessage: 7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f:0",
    "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
    "X-MS-PublicTrafficType: Email",
    "X-MS-TrafficTypeDiagnostic:",
    " BL02EPF0001A0FC:EE_|DM6PR09MB5430:EE_|SA1PR11MB8473:EE_",
    "X-MS-Exchange-Organization-AuthSource:",
    " BL02EPF0001A0FC.namprd03.prod.outlook.com",
    "X-MS-Exchange-Organization-AuthAs: Anonymous",
    "X-MS-Office365-Filtering-Correlation-Id: 5e2c9a41-7b3d-4e0f-a8c6-08de27520f93",
    "X-MS-Exchange-Organization-SCL: 1",
    "X-Microsoft-Antispam: BCL:0;ARA:13230040|69100299015|82310400026|376014;",
    "X-Forefront-Antispam-Report:",
    " CIP:185.220.101.47;CTRY:RO;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.adfs-senate.services;PTR:mail.adfs-senate.services;CAT:NONE;SFS:(13230040)(69100299015)(82310400026)(376014);DIR:INB;",
    "X-MS-Exchange-CrossTenant-OriginalArrivalTime: 19 Nov 2025 09:47:31.5121",
    " (UTC)",
    "X-MS-Exchange-CrossTenant-Network-Message-Id: 5e2c9a41-7b3d-4e0f-a8c6-08de27520f93",
    "X-MS-Exchange-CrossTenant-Id: 7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
    "X-MS-Exchange-CrossTenant-AuthSource:",
    " BL02EPF0001A0FC.namprd03.prod.outlook.com",
    "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
    "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
    "X-MS-Exchange-Transport-CrossTenantHeadersStamped: DM6PR09MB5430",
    "X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.9917203",
    "X-MS-Exchange-Processed-By-BccFoldering: 15.20.9320.009",
    "MIME-Version: 1.0",
  ),
  text: [
    "United States Senate - Sergeant at Arms, Office of the CIO",
    "",
    "Dear user,",
    "",
    "The password for your Senate account dana.whitfield expires today, November 19, 2025 at 5:00 PM EST.",
    "After this time you will lose access to Senate email and remote desktop until it is reset in person",
    "by the Technology Services help desk.",
    "",
    "To keep your current password, confirm it now through the Senate ADFS portal:",
    "https://adfs.senate.gov/adfs/ls/?wa=wsignin1.0 <https://adfs-senate.services/adfs/ls/?client-request-id=5d6f2c1e-8a4b-4e7a-9d3c-2b1f0e6a7c48&wa=wsignin1.0>",
    "",
    "Thank you,",
    "Senate Technology Services",
    "",
  ].join(CRLF),
  html: [
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
    '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">',
    '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#002868;color:#fff;padding:12px 16px;font-size:18px">' +
      "United States Senate &mdash; Sergeant at Arms, Office of the CIO</td></tr></table>",
    "<p>Dear user,</p>",
    "<p>The password for your Senate account <b>dana.whitfield</b> expires <b>today, November 19, 2025 at 5:00 PM EST</b>. " +
      "After this time you will lose access to Senate email and remote desktop until it is reset in person by the Technology Services help desk.</p>",
    "<p>To keep your current password, confirm it now through the Senate ADFS portal:</p>",
    '<p><a href="https://adfs-senate.services/adfs/ls/?client-request-id=5d6f2c1e-8a4b-4e7a-9d3c-2b1f0e6a7c48&amp;wa=wsignin1.0&amp;username=dana.whitfield%40harperforsenate.org" ' +
      'style="color:#0563c1">https://adfs.senate.gov/adfs/ls/?wa=wsignin1.0</a></p>',
    "<p>Thank you,<br>Senate Technology Services<br>Sergeant at Arms | Office of the CIO<br>(202) 224-0230</p>",
    '<p style="font-size:11px;color:#888">This message was sent from an unmonitored mailbox. Please do not reply.</p>',
    "</body></html>",
    "",
  ].join(CRLF),
  attachments: [],
};

// (c) An internal message for which new Outlook's getAllInternetHeadersAsync returns only the Subject.
const SUBJECT_ONLY_BOUNDARY = "_000_SA1PR11MB84735A6E2C0B4F1D9E7A3C58B1D2ASA1PR11MB8473namp_";
const subjectOnlyHeaders: FakeMessage = {
  itemId:
    "AAMkADk4ZjQ1ZTFhLTU3NmEtNGY2Ni1iZjU1LTQ0ZWM1ZDBhNmE3OQBGAAAAAAC1m9XIvGXTS5WlpX0ho2xnBwCW3Yt2vQyXTqLrU2ulUe7jAAAAAAEMAACW3Yt2vQyXTqLrU2ulUe7jAAAXy3VoAAA=",
  conversationId: "AAQkADk4ZjQ1ZTFhLTU3NmEtNGY2Ni1iZjU1LTQ0ZWM1ZDBhNmE3OQAQAKt1Qm0r9pVHnq0QdP3f4pI=",
  subject: "Agenda for Thursday's finance call",
  from: { displayName: "Alex Romero", emailAddress: "alex.romero@harperforsenate.org" },
  sender: { displayName: "Alex Romero", emailAddress: "alex.romero@harperforsenate.org" },
  to: [USER],
  cc: [{ displayName: "Sam Okafor", emailAddress: "sam.okafor@harperforsenate.org" }],
  internetMessageId: "<SA1PR11MB84735A6E2C0B4F1D9E7A3C58B1D2A@SA1PR11MB8473.namprd11.prod.outlook.com>",
  dateTimeCreated: "2025-11-20T16:31:05.000Z",
  boundary: SUBJECT_ONLY_BOUNDARY,
  internetHeadersOverride: lines("Subject: Agenda for Thursday's finance call"),
  headers: lines(
    "Received: from SA1PR11MB8473.namprd11.prod.outlook.com (2603:10b6:806:3b2::14)",
    " by SA1PR11MB8473.namprd11.prod.outlook.com with HTTPS; Thu, 20 Nov 2025",
    " 16:31:05 +0000",
    "Received: from SA1PR11MB8473.namprd11.prod.outlook.com",
    " ([fe80::4c1e:9a2b:7d3f:1e60]) by SA1PR11MB8473.namprd11.prod.outlook.com",
    " ([fe80::4c1e:9a2b:7d3f:1e60%5]) with mapi id 15.20.9320.012; Thu, 20 Nov 2025",
    " 16:31:04 +0000",
    "From: Alex Romero <alex.romero@harperforsenate.org>",
    "To: Dana Whitfield <dana.whitfield@harperforsenate.org>",
    "CC: Sam Okafor <sam.okafor@harperforsenate.org>",
    "Subject: Agenda for Thursday's finance call",
    "Thread-Topic: Agenda for Thursday's finance call",
    "Thread-Index: AdtaK3Jm0b2vR9c1Q0yHq7W3d5xT1A==",
    "Date: Thu, 20 Nov 2025 16:31:04 +0000",
    "Message-ID:",
    " <SA1PR11MB84735A6E2C0B4F1D9E7A3C58B1D2A@SA1PR11MB8473.namprd11.prod.outlook.com>",
    "Accept-Language: en-US",
    "Content-Language: en-US",
    "X-MS-Exchange-Organization-AuthAs: Internal",
    "X-MS-Exchange-Organization-AuthMechanism: 04",
    "X-MS-Exchange-Organization-AuthSource: SA1PR11MB8473.namprd11.prod.outlook.com",
    "X-MS-Has-Attach:",
    "X-MS-Exchange-Organization-Network-Message-Id:",
    " 9a3f1c7e-2d4b-4a60-b1e8-08de28155c2d",
    "X-MS-Exchange-Organization-SCL: -1",
    "X-MS-TNEF-Correlator:",
    "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
    "Content-Type: multipart/alternative;",
    `\tboundary="${SUBJECT_ONLY_BOUNDARY}"`,
    "MIME-Version: 1.0",
  ),
  text: [
    "Hi Dana,",
    "",
    "For Thursday's call: (1) October close and FEC pre-general numbers, (2) the Dec 4 fundraiser budget,",
    "(3) vendor invoices still open. Sam will share the spreadsheet in the meeting.",
    "",
    "Thanks,",
    "Alex",
    "",
  ].join(CRLF),
  html: [
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
    '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">',
    "<p>Hi Dana,</p>",
    "<p>For Thursday's call: (1) October close and FEC pre-general numbers, (2) the Dec 4 fundraiser budget, " +
      "(3) vendor invoices still open. Sam will share the spreadsheet in the meeting.</p>",
    "<p>Thanks,<br>Alex</p>",
    "</div></body></html>",
    "",
  ].join(CRLF),
  attachments: [],
};

// (d) A SharePoint-share lure from a documented look-alike of hudson.org, opened in the campaign's
// shared press mailbox (getSharedPropertiesAsync is available).
const SHARED_BOUNDARY = "----=_Part_48213_1977204611.1763662184015";
const sharedMailboxLure: FakeMessage = {
  itemId:
    "AAMkAGQ1YjI0ZGM5LWVkNmQtNDNkYS1hMmY2LWU1ZTM2NmE4ZjI4MQBGAAAAAAD8sW3rZ0m2Tq3vHqI9eG5pBwBq0b4xKpKZQ7x3n2lP0mWvAAAAAAEMAABq0b4xKpKZQ7x3n2lP0mWvAAAC4mQXAAA=",
  conversationId: "AAQkAGQ1YjI0ZGM5LWVkNmQtNDNkYS1hMmY2LWU1ZTM2NmE4ZjI4MQAQAF1rY3xk5EVKs0m0C2cJq8o=",
  subject: 'Hudson Institute shared "Roundtable briefing - election security.docx" with you',
  from: {
    displayName: "Hudson Institute via SharePoint",
    emailAddress: "no-reply@hudsonorg-my-sharepoint.com",
  },
  sender: {
    displayName: "Hudson Institute via SharePoint",
    emailAddress: "no-reply@hudsonorg-my-sharepoint.com",
  },
  to: [{ displayName: "Harper for Senate Press", emailAddress: "press@harperforsenate.org" }],
  cc: [],
  internetMessageId: "<1763662184015.48213.mail@hudsonorg-my-sharepoint.com>",
  dateTimeCreated: "2025-11-20T18:09:46.000Z",
  boundary: SHARED_BOUNDARY,
  shared: {
    owner: "press@harperforsenate.org",
    targetMailbox: "press@harperforsenate.org",
    targetRestUrl: "https://outlook.office.com/api",
    // Read | Write | DeleteOwn | EditOwn
    delegatePermissions: 1 | 2 | 4 | 16,
  },
  headers: lines(
    "Received: from MW4PR11MB6620.namprd11.prod.outlook.com (2603:10b6:303:1e8::9) by",
    " PH0PR11MB5642.namprd11.prod.outlook.com with HTTPS; Thu, 20 Nov 2025",
    " 18:09:46 +0000",
    "Received: from SN7PR04CA0190.namprd04.prod.outlook.com (2603:10b6:806:126::15)",
    " by MW4PR11MB6620.namprd11.prod.outlook.com (2603:10b6:303:1e8::9) with",
    " Microsoft SMTP Server (version=TLS1_2,",
    " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9320.12; Thu, 20 Nov",
    " 2025 18:09:45 +0000",
    "Received: from SN1PEPF0002BA4F.namprd03.prod.outlook.com",
    " (2603:10b6:806:126:cafe::8e) by SN7PR04CA0190.outlook.office365.com",
    " (2603:10b6:806:126::15) with Microsoft SMTP Server (version=TLS1_3,",
    " cipher=TLS_AES_256_GCM_SHA384) id 15.20.9320.13 via Frontend Transport; Thu,",
    " 20 Nov 2025 18:09:45 +0000",
    "Authentication-Results: spf=pass (sender IP is 45.153.160.132)",
    " smtp.mailfrom=hudsonorg-my-sharepoint.com; dkim=pass (signature was verified)",
    " header.d=hudsonorg-my-sharepoint.com;dmarc=pass action=none",
    " header.from=hudsonorg-my-sharepoint.com;compauth=pass reason=100",
    "Received-SPF: Pass (protection.outlook.com: domain of",
    " hudsonorg-my-sharepoint.com designates 45.153.160.132 as permitted sender)",
    " receiver=protection.outlook.com; client-ip=45.153.160.132;",
    " helo=mx1.hudsonorg-my-sharepoint.com; pr=C",
    "Received: from mx1.hudsonorg-my-sharepoint.com (45.153.160.132) by",
    " SN1PEPF0002BA4F.mail.protection.outlook.com (10.167.242.72) with Microsoft",
    " SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
    " 15.20.9343.9 via Frontend Transport; Thu, 20 Nov 2025 18:09:44 +0000",
    "DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed;",
    "\td=hudsonorg-my-sharepoint.com; s=mail; h=Content-Type:MIME-Version:Subject:",
    "\tMessage-ID:To:From:Date:Sender:Reply-To; bh=8yq1bK0p3m4Vn6T2xW9rJ5cL7dH0gF2sA4eQ6uI8oP0=;",
    "\tb=kQ3nV8xJ1mR6tY0wZ4pL7cB2sF5hD9gA3eK6uN0oT1iM4vX7yW2qE5rS8zC1bH4jG7lP0aU3dO6f",
    "\t I9kL2mN5pQ8rT1uV4wX7yZ0aB3cD6eF9gH2iJ5kL8mN1oP4qR7sT0uV3wX6yZ9aB2cD5eF8gH1iJ4k=;",
    "Date: Thu, 20 Nov 2025 18:09:44 +0000",
    "From: Hudson Institute via SharePoint <no-reply@hudsonorg-my-sharepoint.com>",
    "To: Harper for Senate Press <press@harperforsenate.org>",
    "Message-ID: <1763662184015.48213.mail@hudsonorg-my-sharepoint.com>",
    'Subject: Hudson Institute shared "Roundtable briefing - election',
    ' security.docx" with you',
    "MIME-Version: 1.0",
    "Content-Type: multipart/alternative;",
    ` boundary="${SHARED_BOUNDARY}"`,
    "Return-Path: no-reply@hudsonorg-my-sharepoint.com",
    "X-MS-Exchange-Organization-ExpirationStartTime: 20 Nov 2025 18:09:45.1180",
    " (UTC)",
    "X-MS-Exchange-Organization-Network-Message-Id:",
    " c41e7a2b-93d5-4f10-8b6e-08de28231a77",
    "X-EOPAttributedMessage: 0",
    "X-EOPTenantAttributedMessage: 7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f:0",
    "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
    "X-MS-PublicTrafficType: Email",
    "X-MS-Exchange-Organization-AuthSource:",
    " SN1PEPF0002BA4F.namprd03.prod.outlook.com",
    "X-MS-Exchange-Organization-AuthAs: Anonymous",
    "X-MS-Exchange-Organization-SCL: 1",
    "X-Microsoft-Antispam: BCL:0;ARA:13230040|82310400026|69100299015;",
    "X-Forefront-Antispam-Report:",
    " CIP:45.153.160.132;CTRY:NL;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mx1.hudsonorg-my-sharepoint.com;PTR:mx1.hudsonorg-my-sharepoint.com;CAT:NONE;SFS:(13230040)(82310400026)(69100299015);DIR:INB;",
    "X-MS-Exchange-CrossTenant-OriginalArrivalTime: 20 Nov 2025 18:09:44.9921",
    " (UTC)",
    "X-MS-Exchange-CrossTenant-Id: 7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
    "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
    "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
    "X-MS-Exchange-Transport-CrossTenantHeadersStamped: MW4PR11MB6620",
  ),
  text: [
    "Hudson Institute shared a file with you",
    "",
    "Roundtable briefing - election security.docx",
    "",
    "Open: https://hudsonorg-my-sharepoint.com/:w:/g/personal/events_hudson_org/EbQ3x0aL2kZNm7V1r9sT4pUBe2w",
    "",
    "This email is generated through Hudson Institute's use of Microsoft 365.",
    "",
  ].join(CRLF),
  html: [
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
    '<body style="font-family:Segoe UI,sans-serif;color:#323130">',
    '<p style="font-size:20px">Hudson Institute shared a file with you</p>',
    '<table cellpadding="12" style="border:1px solid #edebe9"><tr><td>' +
      '<img src="https://hudsonorg-my-sharepoint.com/_layouts/15/images/docx_32x1.png" width="32" height="32" alt="Word">' +
      "</td><td><b>Roundtable briefing - election security.docx</b></td></tr></table>",
    '<p><a href="https://hudsonorg-my-sharepoint.com/:w:/g/personal/events_hudson_org/EbQ3x0aL2kZNm7V1r9sT4pUBe2w" ' +
      'style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Open</a></p>',
    '<p style="font-size:11px;color:#605e5c">This email is generated through Hudson Institute\'s use of Microsoft 365 and may contain ' +
      'content that is controlled by Hudson Institute. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p>',
    "</body></html>",
    "",
  ].join(CRLF),
  attachments: [],
};

// (e) An ActBlue donation-receipt lure from a homograph of actblue.com: the first letter of
// xn--ctblue-2nf.com is CYRILLIC SMALL LETTER A (U+0430), so it displays as "\u0430ctblue.com". The
// attacker owns the domain, so SPF, DKIM and DMARC all pass for it; it is not a documented spoof, so
// only the look-alike engine can catch it. The receipt link goes to the same look-alike host.
const ACTBLUE_LOOKALIKE = "xn--ctblue-2nf.com";
const ACTBLUE_BOUNDARY = "_=_swift_1763741532_8f3a1c6e2b7d4e90a5c1f2d3e4b5a6c7_=_";
const ACTBLUE_RECEIPT_URL = `https://${ACTBLUE_LOOKALIKE}/receipts/AB58213497?refcode=rcpt_email&em=dana.whitfield%40harperforsenate.org`;
const actblueHomograph: FakeMessage = {
  itemId:
    "AAMkADk4ZjQ1ZTFhLTU3NmEtNGY2Ni1iZjU1LTQ0ZWM1ZDBhNmE3OQBGAAAAAAC1m9XIvGXTS5WlpX0ho2xnBwCW3Yt2vQyXTqLrU2ulUe7jAAAAAAEMAACW3Yt2vQyXTqLrU2ulUe7jAAAXy3VpAAA=",
  conversationId: "AAQkADk4ZjQ1ZTFhLTU3NmEtNGY2Ni1iZjU1LTQ0ZWM1ZDBhNmE3OQAQAH7c2Lw9qM1EkZ3b0Tn5yRg=",
  subject: "Your receipt from ActBlue: $1,000.00 contribution",
  from: { displayName: "ActBlue", emailAddress: `receipts@${ACTBLUE_LOOKALIKE}` },
  sender: { displayName: "ActBlue", emailAddress: `receipts@${ACTBLUE_LOOKALIKE}` },
  to: [USER],
  cc: [],
  internetMessageId: `<6740f35c9a1e2_3f7b2c1d4e5a8@mailer-3.${ACTBLUE_LOOKALIKE}>`,
  dateTimeCreated: "2025-11-21T16:12:14.000Z",
  boundary: ACTBLUE_BOUNDARY,
  headers: lines(
    "Received: from CY8PR11MB7154.namprd11.prod.outlook.com (2603:10b6:930:6f::12) by",
    " SA1PR11MB8473.namprd11.prod.outlook.com with HTTPS; Fri, 21 Nov 2025",
    " 16:12:14 +0000",
    "Received: from CH2PR07CA0044.namprd07.prod.outlook.com (2603:10b6:610:5b::18)",
    " by CY8PR11MB7154.namprd11.prod.outlook.com (2603:10b6:930:6f::12) with",
    " Microsoft SMTP Server (version=TLS1_2,",
    " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9320.12; Fri, 21 Nov",
    " 2025 16:12:13 +0000",
    "Received: from CH1PEPF0000AD7B.namprd04.prod.outlook.com",
    " (2603:10b6:610:5b:cafe::3a) by CH2PR07CA0044.outlook.office365.com",
    " (2603:10b6:610:5b::18) with Microsoft SMTP Server (version=TLS1_3,",
    " cipher=TLS_AES_256_GCM_SHA384) id 15.20.9320.13 via Frontend Transport; Fri,",
    " 21 Nov 2025 16:12:13 +0000",
    "Authentication-Results: spf=pass (sender IP is 91.215.85.142)",
    ` smtp.mailfrom=${ACTBLUE_LOOKALIKE}; dkim=pass (signature was verified)`,
    ` header.d=${ACTBLUE_LOOKALIKE};dmarc=pass action=none`,
    ` header.from=${ACTBLUE_LOOKALIKE};compauth=pass reason=100`,
    `Received-SPF: Pass (protection.outlook.com: domain of ${ACTBLUE_LOOKALIKE}`,
    " designates 91.215.85.142 as permitted sender)",
    " receiver=protection.outlook.com; client-ip=91.215.85.142;",
    ` helo=mailer-3.${ACTBLUE_LOOKALIKE}; pr=C`,
    `Received: from mailer-3.${ACTBLUE_LOOKALIKE} (91.215.85.142) by`,
    " CH1PEPF0000AD7B.mail.protection.outlook.com (10.167.244.88) with Microsoft",
    " SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
    " 15.20.9343.9 via Frontend Transport; Fri, 21 Nov 2025 16:12:12 +0000",
    `Received: by mailer-3.${ACTBLUE_LOOKALIKE} (Postfix, from userid 1001)`,
    "\tid 3F7B2C1D4E; Fri, 21 Nov 2025 16:12:12 +0000 (UTC)",
    "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
    `\td=${ACTBLUE_LOOKALIKE}; s=s1; t=1763741532;`,
    "\tbh=Yx3pN7q0Lk2Vw9Rb5Tc8Hd1Mf4Sg6Jz0Ua3Eo7Ki2Wn=;",
    "\th=Date:From:Reply-To:To:Subject:Message-ID:MIME-Version:Content-Type;",
    "\tb=Rj4Lm8Qp1Xs5Vw9Zb2Ce6Gh0Kn3Pt7Ux1Ya5Dc9Fg2Jk6Mo0Qs4Tv8Wy2Bz5Ef9Hi3Lm7Np1Rt5",
    "\t Vx9Ab3De7Gj1Mo5Qr9Tu3Wx7Zc1Fh5Ik9Ln3Pq7St1Vw5Yz9Cd3Fg7Hj1Kl5No9Pr3Su7Vx1Za5Bc9=",
    "Date: Fri, 21 Nov 2025 11:12:12 -0500",
    `From: ActBlue <receipts@${ACTBLUE_LOOKALIKE}>`,
    `Reply-To: ActBlue Donor Services <donorservices@${ACTBLUE_LOOKALIKE}>`,
    "To: dana.whitfield@harperforsenate.org",
    "Subject: Your receipt from ActBlue: $1,000.00 contribution",
    `Message-ID: <6740f35c9a1e2_3f7b2c1d4e5a8@mailer-3.${ACTBLUE_LOOKALIKE}>`,
    "MIME-Version: 1.0",
    "Content-Type: multipart/alternative;",
    ` boundary="${ACTBLUE_BOUNDARY}"; charset=UTF-8`,
    "Content-Transfer-Encoding: 7bit",
    `Return-Path: bounces+58213497@${ACTBLUE_LOOKALIKE}`,
    "X-MS-Exchange-Organization-ExpirationStartTime: 21 Nov 2025 16:12:12.8841",
    " (UTC)",
    "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
    "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
    "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
    "X-MS-Exchange-Organization-Network-Message-Id:",
    " 8d41b6e2-0c7f-4a35-b9d2-08de28f1a6c3",
    "X-EOPAttributedMessage: 0",
    "X-EOPTenantAttributedMessage: 7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f:0",
    "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
    "X-MS-PublicTrafficType: Email",
    "X-MS-TrafficTypeDiagnostic:",
    " CH1PEPF0000AD7B:EE_|CY8PR11MB7154:EE_|SA1PR11MB8473:EE_",
    "X-MS-Exchange-Organization-AuthSource:",
    " CH1PEPF0000AD7B.namprd04.prod.outlook.com",
    "X-MS-Exchange-Organization-AuthAs: Anonymous",
    "X-MS-Office365-Filtering-Correlation-Id: 8d41b6e2-0c7f-4a35-b9d2-08de28f1a6c3",
    "X-MS-Exchange-Organization-SCL: 1",
    "X-Microsoft-Antispam: BCL:0;ARA:13230040|82310400026|69100299015|376014;",
    "X-Forefront-Antispam-Report:",
    ` CIP:91.215.85.142;CTRY:NL;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mailer-3.${ACTBLUE_LOOKALIKE};PTR:mailer-3.${ACTBLUE_LOOKALIKE};CAT:NONE;SFS:(13230040)(82310400026)(69100299015)(376014);DIR:INB;`,
    "X-MS-Exchange-CrossTenant-OriginalArrivalTime: 21 Nov 2025 16:12:12.7203",
    " (UTC)",
    "X-MS-Exchange-CrossTenant-Network-Message-Id: 8d41b6e2-0c7f-4a35-b9d2-08de28f1a6c3",
    "X-MS-Exchange-CrossTenant-Id: 7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
    "X-MS-Exchange-CrossTenant-AuthSource:",
    " CH1PEPF0000AD7B.namprd04.prod.outlook.com",
    "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
    "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
    "X-MS-Exchange-Transport-CrossTenantHeadersStamped: CY8PR11MB7154",
    "X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.6120448",
    "X-MS-Exchange-Processed-By-BccFoldering: 15.20.9320.009",
  ),
  text: [
    "Thank you for your contribution!",
    "",
    "Dana Whitfield, your contribution of $1,000.00 to Harper for Senate has been processed.",
    "",
    "Order number: AB58213497",
    "Date: November 21, 2025 11:12 AM EST",
    "Amount: $1,000.00 (recurring monthly)",
    "Charged to: Visa ending in 4417",
    "",
    "Didn't make this contribution? View your receipt to cancel the recurring charge within 24 hours:",
    `View your receipt: ${ACTBLUE_RECEIPT_URL}`,
    "",
    "Contributions to Harper for Senate are not tax deductible.",
    "ActBlue, P.O. Box 441146, Somerville, MA 02144",
    "",
  ].join(CRLF),
  html: [
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
    '<body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1c1c1c;background:#f4f6f8">',
    '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
    '<table width="560" cellpadding="24" cellspacing="0" style="background:#fff">',
    '<tr><td style="background:#1a6fd6;color:#fff;font-size:22px;font-weight:bold">ActBlue</td></tr>',
    "<tr><td>",
    '<p style="font-size:20px;font-weight:bold">Thank you for your contribution!</p>',
    "<p>Dana Whitfield, your contribution of <b>$1,000.00</b> to <b>Harper for Senate</b> has been processed.</p>",
    '<table cellpadding="4" style="font-size:14px">' +
      "<tr><td>Order number</td><td>AB58213497</td></tr>" +
      "<tr><td>Date</td><td>November 21, 2025 11:12 AM EST</td></tr>" +
      "<tr><td>Amount</td><td>$1,000.00 (recurring monthly)</td></tr>" +
      "<tr><td>Charged to</td><td>Visa ending in 4417</td></tr></table>",
    "<p>Didn&rsquo;t make this contribution? View your receipt to cancel the recurring charge within 24 hours.</p>",
    `<p><a href="${ACTBLUE_RECEIPT_URL.replace(/&/g, "&amp;")}" ` +
      'style="background:#1a6fd6;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">View your receipt</a></p>',
    '<p style="font-size:12px;color:#666">Contributions to Harper for Senate are not tax deductible. ' +
      "ActBlue, P.O. Box 441146, Somerville, MA 02144</p>",
    "</td></tr></table>",
    "</td></tr></table>",
    "</body></html>",
    "",
  ].join(CRLF),
  attachments: [],
};

// (f) A 2025-style "quishing" lure: a Microsoft 365 MFA notice from an unrelated domain whose only
// call to action is a QR code in an inline picture (image001.png). The body has no link at all; the
// QR code goes to a look-alike of senate.gov. The picture's bytes are generated by the test and given
// to the fake host through `FakeConfig.attachmentContent` (they are not stored here).
const QR_SENDER_DOMAIN = "account-security-alerts.com";
const QR_BOUNDARY = "----=_Part_99120_1183740021.1741079520113";
export const QR_LURE_URL = "https://senate.gov-login.com/adfs/ls/?wa=wsignin1.0";
export const QR_IMAGE_ID =
  "AAMkADk4ZjQ1ZTFhLTU3NmEtNGY2Ni1iZjU1LTQ0ZWM1ZDBhNmE3OQBGAAAAAAC1m9XIBwCW3Yt2vQyXAAAXy3VqAAABEgAQAK7c";
const qrMfaLure: FakeMessage = {
  itemId:
    "AAMkADk4ZjQ1ZTFhLTU3NmEtNGY2Ni1iZjU1LTQ0ZWM1ZDBhNmE3OQBGAAAAAAC1m9XIvGXTS5WlpX0ho2xnBwCW3Yt2vQyXTqLrU2ulUe7jAAAAAAEMAACW3Yt2vQyXTqLrU2ulUe7jAAAXy3VqAAA=",
  conversationId: "AAQkADk4ZjQ1ZTFhLTU3NmEtNGY2Ni1iZjU1LTQ0ZWM1ZDBhNmE3OQAQAE2b8Kq7xR1CjL0a9Vm4sT8=",
  subject: "Action required: re-validate your multi-factor authentication",
  from: { displayName: "Microsoft 365", emailAddress: `no-reply@${QR_SENDER_DOMAIN}` },
  sender: { displayName: "Microsoft 365", emailAddress: `no-reply@${QR_SENDER_DOMAIN}` },
  to: [USER],
  cc: [],
  internetMessageId: `<20250304091200.7C1E2A@mail.${QR_SENDER_DOMAIN}>`,
  dateTimeCreated: "2025-03-04T09:12:03.000Z",
  boundary: QR_BOUNDARY,
  headers: lines(
    "Received: from CY8PR11MB7154.namprd11.prod.outlook.com (2603:10b6:930:6f::12) by",
    " SA1PR11MB8473.namprd11.prod.outlook.com with HTTPS; Tue, 4 Mar 2025",
    " 09:12:03 +0000",
    "Authentication-Results: spf=pass (sender IP is 198.51.100.23)",
    ` smtp.mailfrom=${QR_SENDER_DOMAIN}; dkim=none (message not signed)`,
    ` header.d=none;dmarc=none action=none header.from=${QR_SENDER_DOMAIN};compauth=fail`,
    " reason=001",
    `Received: from mail.${QR_SENDER_DOMAIN} (198.51.100.23) by`,
    " CH1PEPF0000AD7B.mail.protection.outlook.com (10.167.244.88) with Microsoft",
    " SMTP Server id 15.20.9343.9 via Frontend Transport; Tue, 4 Mar 2025 09:12:02",
    " +0000",
    "Date: Tue, 4 Mar 2025 09:12:00 +0000",
    `From: Microsoft 365 <no-reply@${QR_SENDER_DOMAIN}>`,
    "To: dana.whitfield@harperforsenate.org",
    "Subject: Action required: re-validate your multi-factor authentication",
    `Message-ID: <20250304091200.7C1E2A@mail.${QR_SENDER_DOMAIN}>`,
    "MIME-Version: 1.0",
    "Content-Type: multipart/alternative;",
    ` boundary="${QR_BOUNDARY}"`,
    `Return-Path: bounce@${QR_SENDER_DOMAIN}`,
    "X-MS-Exchange-Organization-AuthAs: Anonymous",
    "X-Forefront-Antispam-Report:",
    ` CIP:198.51.100.23;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.${QR_SENDER_DOMAIN};CAT:NONE;SFS:;DIR:INB;`,
  ),
  text: [
    "Your multi-factor authentication method expires today.",
    "",
    "Scan the QR code with your phone camera to re-validate it and keep access to your mailbox.",
    "",
    "Microsoft 365 Security",
    "",
  ].join(CRLF),
  html: [
    '<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:15px">',
    "<p>Your multi-factor authentication method expires <b>today</b>.</p>",
    "<p>Scan the QR code with your phone camera to re-validate it and keep access to your mailbox.</p>",
    '<p><img src="cid:image001.png@01DB8C1A.5E2F3A40" width="200" height="200" alt=""></p>',
    "<p>Microsoft 365 Security</p>",
    "</body></html>",
    "",
  ].join(CRLF),
  attachments: [
    { id: QR_IMAGE_ID, name: "image001.png", contentType: "image/png", size: 2180, isInline: true },
  ],
};

export const MESSAGES = {
  "github-notification": githubNotification,
  "adfs-senate-phish": adfsSenatePhish,
  "subject-only-headers": subjectOnlyHeaders,
  "shared-mailbox-lure": sharedMailboxLure,
  "actblue-homograph": actblueHomograph,
  "qr-mfa-lure": qrMfaLure,
} satisfies Record<string, FakeMessage>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** What `getAllInternetHeadersAsync` returns for a message. */
export function internetHeadersOf(message: FakeMessage): string {
  return message.internetHeadersOverride ?? message.headers;
}

/**
 * The whole message as RFC 5322 text with CRLF line ends: its header block, an empty line, and a
 * multipart/alternative body (text/plain then text/html, quoted-printable so long lines stay legal).
 */
export function toEml(message: FakeMessage): string {
  const part = (type: string, content: string): string =>
    `--${message.boundary}${CRLF}` +
    `Content-Type: ${type}; charset=UTF-8${CRLF}` +
    `Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}` +
    quotedPrintable(content) +
    CRLF;
  return (
    message.headers +
    CRLF +
    part("text/plain", message.text) +
    part("text/html", message.html) +
    `--${message.boundary}--${CRLF}`
  );
}

/** RFC 2045 quoted-printable over UTF-8, CRLF line breaks kept as hard breaks. */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    let encoded = "";
    for (const byte of new TextEncoder().encode(rawLine)) {
      const ch = String.fromCharCode(byte);
      encoded +=
        (byte >= 33 && byte <= 126 && ch !== "=") || byte === 32 || byte === 9 ? ch : "=" + hex(byte);
    }
    // A space or tab at the end of a line must be encoded.
    encoded = encoded.replace(/[ \t]$/, (c) => "=" + hex(c.charCodeAt(0)));
    // Soft line breaks keep every line within 76 characters, never splitting an =XX escape.
    let line = encoded;
    while (line.length > 76) {
      let cut = 75;
      const escape = line.lastIndexOf("=", cut);
      if (escape > cut - 3) cut = escape;
      out.push(line.slice(0, cut) + "=");
      line = line.slice(cut);
    }
    out.push(line);
  }
  return out.join(CRLF);
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, "0");
}
