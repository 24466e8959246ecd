import type { Strings } from "./en";

/** Every string the pane shows, in Spanish: the same keys as `en.ts`. */
export const es: Strings = {
  app: {
    name: "CampaignGuard",
    starting: "Iniciando CampaignGuard…",
  },
  verdict: {
    ok: {
      headline: "No se encontraron señales de alerta",
      advice:
        "No es una garantía. Si el mensaje le pide una contraseña, dinero o un archivo, compruébelo con el remitente por otra vía.",
    },
    okIncomplete: {
      headline: "No hay señales de alerta en lo que se pudo comprobar",
      advice:
        "Algunas comprobaciones no se pudieron hacer (ver abajo), así que trate este mensaje con la precaución habitual.",
    },
    caution: {
      headline: "Tenga cuidado con este mensaje",
      advice: "Algo aquí es inusual. Lea las notas de abajo antes de hacer clic o responder.",
    },
    suspicious: {
      headline: "Este mensaje parece sospechoso",
      advice:
        "No haga clic en enlaces, no abra adjuntos ni responda hasta comprobarlo con el remitente por otra vía.",
    },
    dangerous: {
      headline: "Peligroso: probablemente phishing",
      advice:
        "No haga clic en enlaces, no abra adjuntos ni responda. Denuncie este mensaje a su contacto de seguridad.",
    },
    mainReason: (title: string) => `Motivo principal: ${title}`,
    incomplete:
      "Algunas comprobaciones no se pudieron hacer, así que este resultado está incompleto: vea abajo.",
    checked: (checks: number, spoofs: number, trusted: number) =>
      `Comprobado en este dispositivo con ${checks} ${checks === 1 ? "comprobación" : "comprobaciones"}, frente a ${spoofs} dominios falsos conocidos e imitaciones de ${trusted} dominios de confianza.`,
  },
  severity: {
    label: "Gravedad:",
    dangerous: "Peligroso",
    suspicious: "Sospechoso",
    caution: "Precaución",
  },
  findings: {
    heading: (n: number) => (n === 1 ? "1 señal de alerta" : `${n} señales de alerta`),
    category: {
      sender: "Remitente",
      authentication: "Autenticación",
      links: "Enlaces",
      attachments: "Adjuntos",
      content: "Lo que dice el mensaje",
      body: "Cómo está hecho el mensaje",
    },
    evidence: "Pruebas",
    howToSpot: "Cómo detectarlo",
    more: (n: number) => (n === 1 ? "y 1 más como este" : `y ${n.toLocaleString("es")} más como este`),
  },
  evidence: {
    none: "ninguno",
    yes: "sí",
    no: "no",
    labels: {
      address: "Dirección",
      addresses: "Direcciones",
      appearsAs: "Se ve como",
      claims: "Dice ser",
      compauth: "Autenticación compuesta de Microsoft",
      contentType: "Tipo declarado",
      destination: "Lleva en realidad a",
      displayName: "Nombre del remitente",
      displayedAs: "Se muestra como",
      displaysAs: "Se muestra como",
      dkim: "DKIM",
      dkimDomains: "Firmado por",
      dmarc: "DMARC",
      domain: "Dominio",
      domainsInName: "Dominios en el nombre",
      ending: "Terminación",
      extension: "Terminación del archivo",
      flags: "Notas",
      freeMail: "Buzón gratuito",
      from: "Remitente",
      fromDomain: "Dominio del remitente",
      fromLine: "Línea del remitente tal como se escribió",
      goesTo: "Lleva a",
      headers: "Encabezados",
      hiddenCharacters: "Caracteres ocultos",
      hiddenDestinationHint: "Destino indicado",
      ignoredResults: "Resultados ignorados (escritos más abajo en el mensaje)",
      images: "Imágenes",
      imitates: "Imita a",
      links: "Enlaces",
      listedDomain: "Dominio en la lista",
      lures: "Anzuelos",
      mailto: "Dirección para escribir",
      matchedName: "Nombre reconocido",
      moreLinks: "Más enlaces",
      name: "Nombre",
      organisationDomains: "Dominios de su organización",
      phrases: "Frases",
      platform: "Plataforma",
      problems: "Problemas",
      realDomain: "Dominio real",
      realDomains: "Dominios reales",
      recipient: "Destinatario",
      replyTo: "Responder a",
      reported: "Denunciado",
      resultsFrom: "Resultados de",
      returnPathDomain: "Dominio de Return-Path",
      said: "Decía",
      senderDomain: "Dominio de Sender",
      shows: "Muestra",
      size: "Tamaño",
      source: "Fuente",
      spf: "SPF",
      subject: "Asunto",
      technique: "Técnica",
      techniques: "Técnicas",
      tenant: "Cuenta",
      text: "Texto",
      unwrapped: "Desenvuelto",
      verifiedDomains: "Dominios verificados",
      vip: "Nombre usado",
      visibleCharacters: "Caracteres visibles",
      word: "Palabra",
      words: "Palabras",
      writtenAs: "Escrito como",
    },
  },
  lookalike: {
    thisDomain: "Este mensaje",
    realDomain: "El real",
    differences: "Los caracteres que cambian están resaltados.",
  },
  auth: {
    heading: "Comprobaciones del remitente",
    method: "Comprobación",
    result: "Resultado",
    methods: { dmarc: "DMARC", compauth: "Microsoft", spf: "SPF", dkim: "DKIM" },
    results: {
      pass: "superada",
      fail: "fallida",
      softfail: "fallo leve",
      none: "no realizada",
      neutral: "sin veredicto",
      temperror: "error temporal",
      permerror: "configuración rota",
      policy: "política",
      softpass: "superada con reservas",
      other: "otro",
    },
    none: "ninguna",
  },
  incomplete: {
    heading: "Algunas comprobaciones no se pudieron hacer:",
  },
  links: {
    heading: "Enlaces",
    flags: {
      wrapped: "desenvuelto",
      "destination-hidden": "destino oculto por el reescritor",
      userinfo: "dirección falsa antes de @",
      "ip-host": "dirección numérica",
      "disguised-ip": "dirección numérica codificada",
      punycode: "dirección internacional",
      port: "puerto inusual",
      script: "ejecuta código",
      file: "abre un archivo",
      shortener: "acortado",
      hosting: "plataforma de alojamiento gratuito",
    },
    noText: "(sin texto)",
    displaysAs: (host: string) => `se muestra como ${host}`,
    through: (wrappers: string[]) => `a través de ${wrappers.join(", luego ")}`,
    hinted: (host: string) => `destino indicado ${host}`,
    fromQr: (name: string) => (name ? `De un código QR en ${name}` : "De un código QR en una imagen"),
    fromPdf: (name: string) => (name ? `Del PDF ${name}` : "De un PDF adjunto"),
    truncated: "El mensaje tiene más enlaces de los que se comprobaron.",
    more: (n: number) => (n === 1 ? "y 1 enlace más" : `y ${n.toLocaleString("es")} enlaces más`),
  },
  details: {
    heading: "Detalles del mensaje",
    authentication: "Autenticación del remitente",
    noResults: "El servidor que lo recibió no añadió resultados de autenticación.",
    ignored: (n: number) =>
      n === 1
        ? "Se ignoró 1 resultado más abajo en el mensaje: el remitente pudo haberlo escrito."
        : `Se ignoraron ${n} resultados más abajo en el mensaje: el remitente pudo haberlos escrito.`,
    filter: "Filtro de Microsoft",
    route: (n: number) => `Recorrido (${n} ${n === 1 ? "servidor" : "servidores"})`,
    unknownServer: "desconocido",
    entered: (server: string, delay: string | undefined) =>
      `Entró en su organización por ${server}${delay ? `; ${delay} en tránsito.` : "."}`,
  },
  states: {
    selectMessage: "Seleccione un mensaje para comprobarlo.",
    notMail:
      "CampaignGuard comprueba mensajes de correo. Seleccione un mensaje (no una reunión ni una tarea) para comprobarlo.",
    checking: "Comprobando este mensaje…",
    checkingNext: "Comprobando el mensaje que abrió…",
    couldNotRead: (reason: string) => `CampaignGuard no pudo leer este mensaje: ${reason}`,
    readHint: "Vuelva a intentarlo. Si sigue fallando, cierre el mensaje y ábralo de nuevo.",
    tryAgain: "Reintentar",
    somethingWrong: "Algo falló al mostrar este resultado.",
    somethingWrongHint: "Cierre el panel y ábralo de nuevo. No se envió nada a ninguna parte.",
    unknownError: "un error desconocido",
    details: (detail: string) => `Detalles: ${detail}`,
    mobile:
      "En un teléfono, Outlook muestra menos del mensaje a los complementos: no se pueden comprobar sus encabezados de internet y el panel no sigue al siguiente mensaje que abra.",
    notOutlook:
      "Esta página funciona dentro de Outlook. Para comprobar un mensaje guardado fuera de Outlook, use la página de comprobación de mensajes.",
    openStandalone: "Abrir la página de comprobación de mensajes",
  },
  settingsNotice: {
    status: (status: number) =>
      `No se pudo leer la configuración de CampaignGuard de su organización (el servidor respondió con el estado ${status}). Se usan los valores predeterminados.`,
    download: (detail: string) =>
      `No se pudo descargar la configuración de CampaignGuard de su organización (${detail}). Se usan los valores predeterminados.`,
    invalid: (detail: string) =>
      `La configuración de CampaignGuard de su organización no es válida (${detail}). Se usan los valores predeterminados.`,
  },
  learn: {
    open: "Aprenda a detectar el phishing",
    close: "Volver al mensaje",
    heading: "Cómo detectar el phishing",
    whyHeading: "¿Por qué veo esto?",
    why: "Su organización instaló CampaignGuard porque las campañas, los centros de estudios y las oficinas electorales reciben phishing que imita a las personas y los servicios en los que confían. Comprueba en este dispositivo cada mensaje que abre, y nada sale de su buzón salvo que denuncie un mensaje.",
    tipsHeading: "Consejos",
  },
  standalone: {
    heading: "Comprobación de mensajes de CampaignGuard",
    intro:
      "Compruebe si un correo guardado es phishing. El archivo se comprueba aquí, en su navegador: nada sale de su equipo.",
    couldNotCheck: (reason: string) => `CampaignGuard no pudo comprobar este archivo: ${reason}`,
    chooseAnother: "Elija otro archivo .eml arriba, o pegue encabezados.",
    readFailed: (detail: string) => `Algo falló al leerlo (${detail}).`,
    file: "Archivo",
    from: "Remitente",
    subject: "Asunto",
    noSubject: "(sin asunto)",
    noSender: "(sin remitente)",
    checkAnother: "Comprobar otro archivo",
    saveHeading: "Cómo guardar un mensaje como .eml",
    saveWeb:
      "Outlook en la web y el nuevo Outlook: abra el mensaje, seleccione ··· (Más acciones) y luego Guardar como o Descargar.",
    saveMac: "Outlook para Mac: arrastre el mensaje desde la lista de mensajes al escritorio.",
    saveClassic:
      "Outlook clásico para Windows guarda archivos .msg, que CampaignGuard no puede leer: abra el mensaje en Outlook en la web.",
    drop: "Suelte aquí un archivo .eml, o",
    choose: "Elegir un archivo .eml",
    pasteHeading: "O pegue los encabezados del mensaje",
    pasteLabel: "Encabezados de internet",
    pasteHint:
      "En Outlook: abra el mensaje y luego Archivo › Propiedades (Windows) o Ver › Código fuente del mensaje.",
    pasteCheck: "Comprobar los encabezados",
    pastedName: "Encabezados pegados",
    pasteEmpty: "Primero pegue los encabezados.",
    fileErrors: {
      empty: "El archivo está vacío.",
      tooLarge: (mb: string, limit: number) =>
        `El archivo ocupa ${mb} MB; CampaignGuard comprueba mensajes de hasta ${limit} MB.`,
      noHeaders:
        "No es un mensaje de correo: no se encontraron encabezados de correo (From, To, Subject, Date…).",
      binary: "No es un mensaje de correo: el archivo contiene datos binarios.",
      unreadable: "No se pudo leer el mensaje.",
      msg: "Es un archivo .msg de Outlook, que CampaignGuard no puede leer. Guarde el mensaje como .eml (vea abajo).",
    },
  },
  feed: {
    noticeHeading: "Alerta de su lista de dominios",
    noticeDismiss: "Descartar alerta",
    age: (ms: number) => {
      const minutes = Math.max(0, Math.round(ms / 60_000));
      if (minutes < 60) return `hace ${minutes} min`;
      const hours = Math.round(minutes / 60);
      if (hours < 48) return `hace ${hours} h`;
      return `hace ${Math.round(hours / 24)} días`;
    },
    bundledOnly: (version: number) =>
      `Lista de dominios: la lista incorporada, versión ${version} (su organización no ha configurado una dirección de actualización).`,
    bundled: (version: number) => `Lista de dominios: la lista incorporada, versión ${version}.`,
    current: (version: number, age: string) => `Lista de dominios: versión ${version}, actualizada ${age}.`,
    skipped: (n: number) =>
      n === 1 ? " 1 entrada no era válida y se omitió." : ` ${n} entradas no eran válidas y se omitieron.`,
    failed: (reason: string, version: number, age: string | null) =>
      `No se pudo actualizar la lista de dominios (${reason}); se usa la versión ${version}${age ? ` de ${age}` : " (incorporada)"}.`,
    problems: {
      "missing-signature": "no tiene firma",
      "malformed-signature": "la firma no se puede leer",
      "no-trusted-key": "no hay ninguna clave válida configurada",
      mismatch: "la firma no coincide",
      "too-large": "la descarga era demasiado grande",
      "not-json": "la descarga no era una lista de dominios",
      invalid: "la lista no tiene el formato esperado",
      rollback: "el servidor ofreció una versión anterior",
      expired: "la lista ofrecida ha caducado",
      timeout: "el servidor no respondió a tiempo",
      network: "no se pudo contactar con el servidor",
      "http-error": "el servidor respondió con un error",
    },
  },
  report: {
    button: "Denunciar a su equipo de seguridad",
    working: "Enviando la denuncia…",
    sent: (where: string) => `Denuncia enviada a ${where}. Gracias.`,
    queued: (where: string, when: string) =>
      `Su denuncia a ${where} no se pudo enviar ahora. CampaignGuard la guarda y la enviará ${when}.`,
    needsSignIn: (where: string) =>
      `Su denuncia a ${where} queda guardada. Para enviarla debe iniciar sesión en Microsoft 365.`,
    signIn: "Iniciar sesión y enviar",
    already: (where: string, date: string) => `Ya denunció este mensaje: se envió a ${where} el ${date}.`,
    composed: (where: string) =>
      `Se abrió un reenvío a ${where} con el mensaje adjunto. Pulse Enviar en él para denunciar el mensaje.`,
    composedNoTarget:
      "Se abrió un reenvío con el mensaje adjunto. Añada la dirección de su contacto de seguridad y pulse Enviar.",
    failed: (reason: string) =>
      `No se pudo enviar la denuncia (${reason}). Queda guardada: inténtelo de nuevo o avise a su contacto de seguridad.`,
    notConfigured:
      "El envío de denuncias está desactivado en su organización. Avise a su contacto de seguridad de este mensaje.",
    misconfigured: (what: string) =>
      `No se pueden enviar denuncias: la configuración de CampaignGuard de su organización está incompleta (${what}). Avise a su contacto de seguridad.`,
    error: (reason: string) => `No se pudo preparar la denuncia (${reason}). No se envió nada.`,
    afterwards: "Puede borrar el mensaje cuando su equipo de seguridad lo tenga.",
    outboxHeading: (n: number) =>
      n === 1 ? "1 denuncia pendiente de envío" : `${n} denuncias pendientes de envío`,
    outboxWaiting: (when: string) => `Se enviará ${when}.`,
    outboxSending: "Enviando ahora…",
    outboxNeedsSignIn: "Debe iniciar sesión.",
    outboxFailed: (reason: string) => `No enviada: ${reason}.`,
    outboxTo: (where: string) => `A ${where}`,
    retry: "Enviar ahora",
    discard: "Quitar",
    discardConfirm: "Quitarla sin enviar",
    noSubject: "(sin asunto)",
  },
};
